#include "core/services/SocialCoopOverview.h"

#include "core/storage/EmploymentRepository.h"
#include "core/storage/FoundingStepRepository.h"
#include "core/storage/MembershipRepository.h"
#include "core/storage/ServicePointRepository.h"
#include "core/storage/SocialCoopRepository.h"
#include "core/storage/WorkHoursRepository.h"

namespace osiedle::core {

SocialCoopSummary SocialCoopOverview::summary(qint64 socialCoopId, const QDate& today) const
{
    SocialCoopSummary s;
    const auto coop = SocialCoopRepository(m_db).find(socialCoopId);
    if (!coop) {
        return s;
    }
    s.id = coop->id;
    s.name = coop->name;
    if (coop->housingCoopId) {
        s.housingCoopName = SocialCoopRepository(m_db).housingCoopName(*coop->housingCoopId).value_or(QString());
    }
    const FoundingPath path(FoundingStepRepository(m_db).forCoop(socialCoopId));
    const auto point = ServicePointRepository(m_db).find(socialCoopId);
    if (point) {
        s.servicePointOpenedOn = point->openedOn;
    }
    s.stage = path.stage(today, s.servicePointOpenedOn, coop->dissolvedOn);
    s.stepsTotal = int(FoundingPath::allSteps().size());
    for (const auto& step : path.steps()) {
        s.stepsDone += step.doneOn <= today ? 1 : 0;
    }
    const MemberCount members = MembershipRepository(m_db).count(socialCoopId, today);
    s.members = members.members;
    s.membersOutsideEligibleGroups = members.outsideEligibleGroups;
    s.memberShareWarning = FoundingPath::memberShareWarning(members.members, members.outsideEligibleGroups);
    s.employed = EmploymentRepository(m_db).employedOn(socialCoopId, today);
    if (const auto signedStep = path.step(FoundingStep::AgreementSigned)) {
        s.agreementSignedOn = signedStep->doneOn;
    }
    if (const auto inauguration = path.step(FoundingStep::Inauguration)) {
        s.inauguratedOn = inauguration->doneOn;
    }
    const QDate monthStart(today.year(), today.month(), 1);
    const QDate yearStart(today.year(), 1, 1);
    const QDate monthEnd = monthStart.addMonths(1).addDays(-1);
    const WorkOrderRepository orders(m_db);
    s.ordersMonth = orders.totals(socialCoopId, monthStart, monthEnd);
    s.ordersYear = orders.totals(socialCoopId, yearStart, today);
    const ServicePointRepository points(m_db);
    s.salesMonth = points.salesTotal(socialCoopId, monthStart, monthEnd);
    s.salesYear = points.salesTotal(socialCoopId, yearStart, today);
    const WorkHoursRepository hours(m_db);
    s.minutesMonth = hours.total(socialCoopId, monthStart, monthEnd);
    s.minutesYear = hours.total(socialCoopId, yearStart, today);
    WorkOrderFilter overdue;
    overdue.list = WorkOrderList::Overdue;
    overdue.socialCoopId = socialCoopId;
    overdue.today = today;
    s.overdueOrders = orders.count(overdue);
    return s;
}

QList<SocialCoopSummary> SocialCoopOverview::all(const QDate& today) const
{
    QList<SocialCoopSummary> result;
    for (const auto& coop : SocialCoopRepository(m_db).all()) {
        result.append(summary(coop.id, today));
    }
    return result;
}

QList<SocialCoopMonth> SocialCoopOverview::months(qint64 socialCoopId, const QDate& from, const QDate& today) const
{
    QList<SocialCoopMonth> result;
    const auto orderValues = WorkOrderRepository(m_db).monthlyValue(socialCoopId, from, today);
    const auto minutes = WorkHoursRepository(m_db).perMonth(socialCoopId, from, today);
    const ServicePointRepository points(m_db);
    const EmploymentRepository employment(m_db);
    for (int i = 0; i < orderValues.size(); ++i) {
        SocialCoopMonth m;
        m.month = orderValues[i].first;
        m.orders = orderValues[i].second;
        const QDate end = std::min(m.month.addMonths(1).addDays(-1), today);
        m.sales = points.salesTotal(socialCoopId, m.month, end);
        m.employed = employment.employedOn(socialCoopId, end);
        m.minutes = i < minutes.size() ? minutes[i].minutes : 0;
        result.append(m);
    }
    return result;
}

} // namespace osiedle::core
