#pragma once

#include "core/domain/Enums.h"
#include "core/domain/InstalmentSchedule.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace osiedle::core {

/// The recorded status of an agreement (instalment_plan.status). How it stands on a date
/// (on track, overdue, not kept) is computed by InstalmentSchedule, not stored.
using PlanStatus = InstalmentPlanStatus;

/// Keys and names of PlanStatus.
class PlanStatuses {
    Q_DECLARE_TR_FUNCTIONS(PlanStatuses)

public:
    static QList<PlanStatus> all();
    static QString key(PlanStatus status);
    static std::optional<PlanStatus> fromKey(const QString& key);
    static QString name(PlanStatus status);
};

/// An instalment agreement of a debt account with its schedule.
struct InstalmentPlan {
    qint64 id = 0;
    qint64 accountId = 0;
    QDate signedOn;
    Money total;
    PlanStatus status = PlanStatus::Active;
    QString notes;
    QList<Instalment> instalments;
};

} // namespace osiedle::core
