#include "core/services/DashboardSummary.h"

#include "core/domain/PublicHolidays.h"
#include "core/services/ArrearsOverview.h"
#include "core/storage/DashboardRepository.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/ReportingPeriodRepository.h"
#include "core/storage/StorageError.h"

namespace osiedle::core {

namespace {

std::optional<ReportingPeriod> currentPeriod(const QList<ReportingPeriod>& periods, const QDate& today)
{
    std::optional<ReportingPeriod> latestEnded;
    for (const auto& period : periods) {
        if (period.from <= today && today <= period.to) {
            return period;
        }
        if (period.to < today && (!latestEnded || latestEnded->to < period.to)) {
            latestEnded = period;
        }
    }
    return latestEnded;
}

} // namespace

QDate DashboardSummary::addWorkingDays(const QDate& day, int workingDays)
{
    const PublicHolidays holidays;
    QDate result = day;
    int counted = 0;
    while (counted < workingDays) {
        result = result.addDays(1);
        if (result.dayOfWeek() <= 5 && !holidays.isDayOff(result)) {
            ++counted;
        }
    }
    return result;
}

QDate DashboardSummary::asOf(Database& db, const QDate& realToday)
{
    try {
        return ProjectRepository(db).referenceDay(realToday);
    } catch (const StorageError&) {
        return realToday;
    }
}

Result<DashboardSummary> DashboardSummary::compute(Database& db, const QDate& day)
{
    DashboardSummary summary;
    summary.today = day;
    try {
        summary.period = currentPeriod(ReportingPeriodRepository(db).all(), day);
        if (summary.period) {
            summary.claimDue = addWorkingDays(summary.period->to, claimWorkingDays);
        }
        DashboardRepository counts(db);
        summary.incompleteParticipants = counts.incompleteParticipants();
        summary.overdueWorkOrders = counts.overdueWorkOrders(day);
        summary.followUpsDue = counts.followUpsDue(day);
    } catch (const StorageError& e) {
        return Error{tr("Cannot read the dashboard: %1").arg(e.message()), e.code()};
    }
    auto atRisk = ArrearsOverview(db).plansAtRisk(day);
    if (!atRisk) {
        return atRisk.error();
    }
    summary.plansWithOverdueInstalment = static_cast<int>(atRisk.value().size());
    return summary;
}

} // namespace osiedle::core
