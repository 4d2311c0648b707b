#include "core/domain/InstalmentPlan.h"

namespace osiedle::core {

QList<PlanStatus> PlanStatuses::all()
{
    return allValues<InstalmentPlanStatus>();
}

QString PlanStatuses::key(PlanStatus status)
{
    return core::key(status);
}

std::optional<PlanStatus> PlanStatuses::fromKey(const QString& key)
{
    return parseKey<InstalmentPlanStatus>(key);
}

QString PlanStatuses::name(PlanStatus status)
{
    return label(status);
}

} // namespace osiedle::core
