#pragma once

#include "core/domain/Enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace osiedle::core {

/// Where a case is: a stage of core/domain/Enums' EvictionStage, or none (std::nullopt) for a
/// case without any stage yet.
using EvictionPosition = std::optional<EvictionStage>;

/// One dated stage of a case.
struct EvictionStep {
    qint64 id = 0;
    EvictionStage stage = EvictionStage::DemandLetter;
    QDate date;
    QString notes;
};

/// The order of the stages and the winter protection. The main path runs
/// none → demand letter → instalment agreement → lawsuit / payment order → judgment →
/// eviction ordered → executed. The instalment agreement may be skipped (demand letter →
/// lawsuit) and a case may start with an agreement; no other stage may be skipped or gone back
/// to. Suspended, withdrawn and settled can follow any stage after none; a suspended case
/// resumes with the stage that would have followed the one it was suspended at (or is withdrawn
/// or settled). Executed, withdrawn and settled end the case. Pure functions.
class EvictionPath {
    Q_DECLARE_TR_FUNCTIONS(EvictionPath)

public:
    static QList<EvictionStage> all();
    static QString key(EvictionStage stage);
    static std::optional<EvictionStage> fromKey(const QString& key);
    /// The stage's name; "No proceedings" for none.
    static QString name(EvictionPosition stage);

    /// The stage the case is at after these steps (none without any).
    static EvictionPosition current(const QList<EvictionStep>& steps);
    /// The stages that may follow these steps.
    static QList<EvictionStage> allowedNext(const QList<EvictionStep>& steps);
    /// Why `next` on `date` cannot follow these steps; empty when it can. `socialFlatRight` is
    /// the case's decision on a social flat (needed from "eviction ordered" on).
    static QString refusal(const QList<EvictionStep>& steps, EvictionStage next, const QDate& date,
                           std::optional<bool> socialFlatRight);
    static bool isFinal(EvictionPosition stage);

    /// Evictions are not executed from 1 November to 31 March.
    static bool inWinterProtection(const QDate& date);
    /// A line for the user when `evictionDate` falls in the winter protection, empty otherwise.
    static QString winterNotice(const QDate& evictionDate);
};

} // namespace osiedle::core
