#pragma once

#include "core/domain/EvictionPath.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace osiedle::core {

/// A tenant's eviction / debt collection case with its dated stages (oldest first).
struct EvictionCase {
    qint64 id = 0;
    qint64 participantId = 0;
    std::optional<qint64> accountId;
    QString court;
    QString signature;
    std::optional<bool> socialFlatRight; ///< unknown until the judgment says
    QDate evictionOn;                    ///< planned or actual eviction date, if any
    QString notes;
    QList<EvictionStep> steps;

    EvictionPosition stage() const { return EvictionPath::current(steps); }
};

} // namespace osiedle::core
