#include "core/indicators/CoopReport.h"

#include "core/common/DisplayFormat.h"
#include "core/storage/Database.h"
#include "core/storage/EmploymentRepository.h"
#include "core/storage/MembershipRepository.h"
#include "core/storage/ServicePointRepository.h"
#include "core/storage/SocialCoopRepository.h"
#include "core/storage/StorageError.h"
#include "core/storage/WorkHoursRepository.h"
#include "core/storage/WorkOrderRepository.h"

#include <QCollator>
#include <QHash>
#include <algorithm>
#include <cmath>

namespace osiedle::core {

namespace {

std::optional<double> percent(qint64 part, qint64 whole)
{
    if (whole <= 0) {
        return std::nullopt;
    }
    return std::round(double(part) * 1000.0 / double(whole)) / 10.0;
}

} // namespace

QString CoopReportCalculator::participationLabel(CoopParticipation participation)
{
    switch (participation) {
    case CoopParticipation::NotStarted:
        return tr("not started");
    case CoopParticipation::InSupport:
        return tr("in support");
    case CoopParticipation::Completed:
        return tr("completed");
    case CoopParticipation::DroppedOut:
        return tr("dropped out");
    }
    return {};
}

Result<CoopReport> CoopReportCalculator::compute(qint64 socialCoopId, const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid()) {
        return Error{tr("The report needs a valid start and end date.")};
    }
    if (from > to) {
        return Error{
            tr("The period starts (%1) after it ends (%2).").arg(core::shown::date(from), core::shown::date(to))};
    }
    try {
        const SocialCoopRepository coops(m_db);
        const auto coop = coops.find(socialCoopId);
        if (!coop) {
            return Error{tr("There is no social cooperative with id %1.").arg(socialCoopId)};
        }
        CoopReport report;
        report.socialCoopId = coop->id;
        report.name = coop->name;
        report.krs = coop->krs;
        if (coop->housingCoopId) {
            report.housingCoopName = coops.housingCoopName(*coop->housingCoopId).value_or(QString());
        }
        report.from = from;
        report.to = to;
        readMembers(report);
        readParticipantFigures(report);
        readOrdersAndSales(report);
        return report;
    } catch (const StorageError& e) {
        return Error{tr("Cannot compute the cooperative's report: %1").arg(e.message()), e.code()};
    }
}

void CoopReportCalculator::readMembers(CoopReport& report)
{
    // One line per person: a participant's several roles (founder, board member…) are joined.
    QHash<qint64, qsizetype> byParticipant;
    for (const Membership& m : MembershipRepository(m_db).forCoop(report.socialCoopId)) {
        if (m.from > report.to || (m.to && *m.to < report.from)) {
            continue;
        }
        const auto found = m.participantId ? byParticipant.constFind(*m.participantId) : byParticipant.constEnd();
        if (found == byParticipant.constEnd()) {
            CoopReportMember member;
            member.participantId = m.participantId;
            member.name = m.displayName;
            member.roles << label(m.role);
            member.from = m.from;
            member.to = m.to;
            if (m.participantId) {
                byParticipant.insert(*m.participantId, report.members.size());
            }
            report.members << member;
            continue;
        }
        CoopReportMember& member = report.members[*found];
        if (!member.roles.contains(label(m.role))) {
            member.roles << label(m.role);
        }
        member.from = std::min(member.from, m.from);
        member.to = (!member.to || !m.to) ? std::nullopt : std::optional<QDate>(std::max(*member.to, *m.to));
    }
    for (CoopReportMember& member : report.members) {
        if (member.to && *member.to >= report.to) {
            member.to.reset(); // still a member on the period's last day
        }
    }
    QCollator collator(QLocale(QLocale::Polish, QLocale::Poland));
    std::stable_sort(
        report.members.begin(), report.members.end(),
        [&](const CoopReportMember& a, const CoopReportMember& b) { return collator.compare(a.name, b.name) < 0; });
}

void CoopReportCalculator::readParticipantFigures(CoopReport& report)
{
    Statement& attendance =
        m_db.cached("SELECT count(*), count(*) FILTER (WHERE t.status = 'present'), coalesce(sum(s.minutes), 0), "
                    "coalesce(sum(s.minutes) FILTER (WHERE t.status = 'present'), 0) "
                    "FROM attendance t JOIN session s ON s.id = t.session_id "
                    "WHERE t.participant_id = ?1 AND s.date BETWEEN ?2 AND ?3");
    Statement& courses = m_db.cached("SELECT count(*) FROM enrolment WHERE participant_id = ?1 AND completed_on <= ?2");
    Statement& participation =
        m_db.cached("SELECT participation_start, participation_end, completion FROM participant WHERE id = ?1");
    Statement& employed = m_db.cached(
        "SELECT count(*) FROM employment WHERE participant_id = ?1 AND social_coop_id = ?2 AND start_date <= ?3 "
        "AND (end_date IS NULL OR end_date >= ?3)");
    Statement& worked =
        m_db.cached("SELECT coalesce(sum(h.minutes), 0) FROM work_hours h JOIN work_order w ON w.id = h.work_order_id "
                    "WHERE h.participant_id = ?1 AND w.social_coop_id = ?2 AND h.date BETWEEN ?3 AND ?4");
    // Accounts opened by the period's end: what was owed at entry, the balance on the last day
    // and what the wages paid off during the period.
    Statement& arrears =
        m_db.cached("SELECT count(DISTINCT a.id), coalesce(sum(e.amount) FILTER (WHERE e.kind = 'opening'), 0), "
                    "coalesce(sum(e.amount) FILTER (WHERE e.date <= ?2), 0), "
                    "coalesce(-sum(e.amount) FILTER (WHERE e.kind = 'wage_payment' AND e.date BETWEEN ?3 AND ?2), 0) "
                    "FROM debt_account a LEFT JOIN debt_entry e ON e.account_id = a.id "
                    "WHERE a.participant_id = ?1 AND a.opened_on <= ?2");

    qint64 markedMinutes = 0;
    qint64 presentMinutes = 0;
    for (CoopReportMember& member : report.members) {
        if (!member.participantId) {
            continue;
        }
        const qint64 id = *member.participantId;
        ++report.participants;

        attendance.bind(1, id).bind(2, report.from).bind(3, report.to);
        if (attendance.step()) {
            member.sessionsMarked = attendance.integer(0);
            member.sessionsPresent = attendance.integer(1);
            member.attendancePercent = percent(attendance.int64(3), attendance.int64(2));
            markedMinutes += attendance.int64(2);
            presentMinutes += attendance.int64(3);
        }
        attendance.reset();

        courses.bind(1, id).bind(2, report.to);
        member.coursesCompleted = courses.step() ? courses.integer(0) : 0;
        courses.reset();

        participation.bind(1, id);
        if (participation.step()) {
            const QDate start = participation.date(0);
            const QDate end = participation.date(1);
            if (start.isValid() && start <= report.to) {
                if (end.isValid() && end <= report.to) {
                    member.participation = participation.text(2) == QLatin1String("completed")
                                               ? CoopParticipation::Completed
                                               : CoopParticipation::DroppedOut;
                } else {
                    member.participation = CoopParticipation::InSupport;
                }
            }
        }
        participation.reset();
        report.inSupport += member.participation == CoopParticipation::InSupport ? 1 : 0;
        report.completed += member.participation == CoopParticipation::Completed ? 1 : 0;
        report.droppedOut += member.participation == CoopParticipation::DroppedOut ? 1 : 0;

        employed.bind(1, id).bind(2, report.socialCoopId).bind(3, report.to);
        member.employedAtEnd = employed.step() && employed.integer(0) > 0;
        employed.reset();

        worked.bind(1, id).bind(2, report.socialCoopId).bind(3, report.from).bind(4, report.to);
        member.minutesWorked = worked.step() ? worked.integer(0) : 0;
        worked.reset();

        arrears.bind(1, id).bind(2, report.to).bind(3, report.from);
        if (arrears.step()) {
            member.hasDebtAccount = arrears.integer(0) > 0;
            member.arrearsAtEntry = Money::fromGrosze(arrears.int64(1));
            member.arrearsAtEnd = Money::fromGrosze(arrears.int64(2));
            member.repaidFromWages = Money::fromGrosze(arrears.int64(3));
        }
        arrears.reset();
        report.arrearsAtEntry = report.arrearsAtEntry + member.arrearsAtEntry;
        report.arrearsAtEnd = report.arrearsAtEnd + member.arrearsAtEnd;
        report.repaidFromWages = report.repaidFromWages + member.repaidFromWages;
    }
    report.attendancePercent = percent(presentMinutes, markedMinutes);
}

void CoopReportCalculator::readOrdersAndSales(CoopReport& report)
{
    const WorkOrderTotals orders = WorkOrderRepository(m_db).totals(report.socialCoopId, report.from, report.to);
    report.orders = orders.count;
    report.ordersNet = orders.net;
    report.ordersPaid = orders.paidCount;
    report.ordersPaidNet = orders.paid;
    report.ordersUnpaidNet = orders.unpaid;
    report.minutesWorked = WorkHoursRepository(m_db).total(report.socialCoopId, report.from, report.to);

    Statement& sales = m_db.cached("SELECT count(*), coalesce(sum(amount), 0) FROM service_sale "
                                   "WHERE social_coop_id = ?1 AND date BETWEEN ?2 AND ?3");
    sales.bind(1, report.socialCoopId).bind(2, report.from).bind(3, report.to);
    if (sales.step()) {
        report.sales = sales.integer(0);
        report.salesTotal = Money::fromGrosze(sales.int64(1));
    }
    sales.reset();
    if (const auto point = ServicePointRepository(m_db).find(report.socialCoopId)) {
        report.servicePointOpenedOn = point->openedOn;
    }
    report.employedAtEnd = EmploymentRepository(m_db).employedOn(report.socialCoopId, report.to);
}

} // namespace osiedle::core
