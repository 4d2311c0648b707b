#include "core/domain/InstalmentPlan.h"

namespace osiedle::core {

QList<PlanStatus> PlanStatuses::all()
{
    return {PlanStatus::Active, PlanStatus::Completed, PlanStatus::Broken, PlanStatus::Cancelled};
}

QString PlanStatuses::key(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Active: return QStringLiteral("active");
    case PlanStatus::Completed: return QStringLiteral("completed");
    case PlanStatus::Broken: return QStringLiteral("broken");
    case PlanStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<PlanStatus> PlanStatuses::fromKey(const QString& key)
{
    for (PlanStatus status : all()) {
        if (PlanStatuses::key(status) == key) {
            return status;
        }
    }
    return std::nullopt;
}

QString PlanStatuses::name(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Active: return tr("Active");
    case PlanStatus::Completed: return tr("Completed");
    case PlanStatus::Broken: return tr("Broken");
    case PlanStatus::Cancelled: return tr("Cancelled");
    }
    return {};
}

} // namespace osiedle::core
