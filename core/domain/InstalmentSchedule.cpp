#include "core/domain/InstalmentSchedule.h"

#include "core/common/DisplayFormat.h"

#include <algorithm>

namespace osiedle::core {

QList<Instalment> InstalmentSchedule::equalInstalments(Money total, int count, const QDate& firstDue)
{
    QList<Instalment> list;
    if (count <= 0 || total.grosze() <= 0 || !firstDue.isValid()) {
        return list;
    }
    const qint64 each = total.grosze() / count;
    const qint64 last = total.grosze() - each * (count - 1);
    for (int i = 0; i < count; ++i) {
        // Each due date from the first one, so 31 January gives 29 February, then 31 March.
        list.append({i + 1, firstDue.addMonths(i), Money::fromGrosze(i == count - 1 ? last : each)});
    }
    return list;
}

QStringList InstalmentSchedule::problems(const QDate& signedOn, Money total, const QList<Instalment>& instalments)
{
    QStringList problems;
    if (!signedOn.isValid()) {
        problems << tr("The signing date is missing.");
    }
    if (total.grosze() <= 0) {
        problems << tr("The total must be more than zero.");
    }
    if (instalments.isEmpty()) {
        problems << tr("The agreement has no instalments.");
        return problems;
    }
    Money sum;
    QDate previous;
    for (const Instalment& instalment : instalments) {
        if (instalment.amount.grosze() <= 0) {
            problems << tr("Instalment %1: the amount must be more than zero.").arg(instalment.seq);
        }
        if (!instalment.dueOn.isValid()) {
            problems << tr("Instalment %1: the due date is missing.").arg(instalment.seq);
        } else {
            if (signedOn.isValid() && instalment.dueOn < signedOn) {
                problems << tr("Instalment %1: due on %2, before the agreement was signed.")
                                .arg(instalment.seq)
                                .arg(core::shown::date(instalment.dueOn));
            }
            if (previous.isValid() && instalment.dueOn < previous) {
                problems << tr("Instalment %1: due before the instalment before it.").arg(instalment.seq);
            }
            previous = instalment.dueOn;
        }
        sum += instalment.amount;
    }
    if (total.grosze() > 0 && sum != total) {
        problems << tr("The instalments add up to %1, not to the total %2.").arg(sum.format(), total.format());
    }
    return problems;
}

InstalmentSchedule::InstalmentSchedule(const QDate& signedOn, QList<Instalment> instalments,
                                       QList<Repayment> repayments)
    : m_signedOn(signedOn), m_instalments(std::move(instalments)), m_repayments(std::move(repayments))
{
    std::stable_sort(m_instalments.begin(), m_instalments.end(),
                     [](const Instalment& a, const Instalment& b) { return a.seq < b.seq; });
    std::stable_sort(m_repayments.begin(), m_repayments.end(),
                     [](const Repayment& a, const Repayment& b) { return a.date < b.date; });
}

Money InstalmentSchedule::total() const
{
    Money sum;
    for (const Instalment& instalment : m_instalments) {
        sum += instalment.amount;
    }
    return sum;
}

Money InstalmentSchedule::paidBy(const QDate& date) const
{
    Money sum;
    for (const Repayment& repayment : m_repayments) {
        if (repayment.date > date) {
            break;
        }
        if (repayment.date >= m_signedOn && repayment.amount.grosze() > 0) {
            sum += repayment.amount;
        }
    }
    return sum;
}

Money InstalmentSchedule::dueBy(const QDate& date) const
{
    Money sum;
    for (const Instalment& instalment : m_instalments) {
        if (instalment.dueOn <= date) {
            sum += instalment.amount;
        }
    }
    return sum;
}

QList<InstalmentState> InstalmentSchedule::on(const QDate& date) const
{
    QList<InstalmentState> states;
    states.reserve(m_instalments.size());
    for (const Instalment& instalment : m_instalments) {
        states.append({instalment, Money(), QDate(), false, 0});
    }
    // Apply the counted payments one by one, oldest instalment first, to know when each
    // instalment became fully paid.
    qsizetype next = 0;
    for (const Repayment& repayment : m_repayments) {
        if (repayment.date > date) {
            break;
        }
        if (repayment.date < m_signedOn || repayment.amount.grosze() <= 0) {
            continue;
        }
        Money left = repayment.amount;
        while (left.grosze() > 0 && next < states.size()) {
            InstalmentState& state = states[next];
            const Money part = std::min(left, state.outstanding());
            state.paid += part;
            left -= part;
            if (state.outstanding().grosze() == 0) {
                state.paidOn = repayment.date;
                ++next;
            }
        }
    }
    for (InstalmentState& state : states) {
        if (state.outstanding().grosze() > 0 && state.instalment.dueOn < date) {
            state.overdue = true;
            state.daysOverdue = static_cast<int>(state.instalment.dueOn.daysTo(date));
        }
    }
    return states;
}

int InstalmentSchedule::daysOverdue(const QDate& date) const
{
    // Only the cumulative amount matters: the oldest instalment not covered by the payments.
    Money covered = paidBy(date);
    for (const Instalment& instalment : m_instalments) {
        if (covered < instalment.amount) {
            return instalment.dueOn < date ? static_cast<int>(instalment.dueOn.daysTo(date)) : 0;
        }
        covered -= instalment.amount;
    }
    return 0;
}

Money InstalmentSchedule::overdueAmount(const QDate& date) const
{
    Money overdue;
    for (const InstalmentState& state : on(date)) {
        if (state.overdue) {
            overdue += state.outstanding();
        }
    }
    return overdue;
}

Money InstalmentSchedule::surplus(const QDate& date) const
{
    const Money extra = paidBy(date) - total();
    return extra.grosze() > 0 ? extra : Money();
}

PlanStanding InstalmentSchedule::standing(const QDate& date) const
{
    if (paidBy(date) >= total()) {
        return PlanStanding::Paid;
    }
    const int days = daysOverdue(date);
    if (days == 0) {
        return PlanStanding::OnTrack;
    }
    return days <= graceDays ? PlanStanding::Overdue : PlanStanding::NotKept;
}

QString InstalmentSchedule::standingName(PlanStanding standing)
{
    switch (standing) {
    case PlanStanding::OnTrack:
        return tr("On track");
    case PlanStanding::Overdue:
        return tr("Overdue, still kept");
    case PlanStanding::NotKept:
        return tr("Not kept (over 30 days overdue)");
    case PlanStanding::Paid:
        return tr("Paid off");
    }
    return {};
}

} // namespace osiedle::core
