#include "core/domain/PeriodPlan.h"

#include "core/common/DisplayFormat.h"

#include <algorithm>

namespace osiedle::core {

namespace {

bool byStart(const ReportingPeriod& a, const ReportingPeriod& b)
{
    return a.from < b.from;
}

ReportingPeriod newPeriod(const QDate& from, const QDate& to)
{
    ReportingPeriod period;
    period.from = from;
    period.to = to;
    return period;
}

/// Numbers the periods 1, 2, … in date order and sorts out which existing ones changed. A
/// locked period that would get another number refuses the plan.
Result<PeriodPlan> finish(QList<ReportingPeriod> after, const QList<ReportingPeriod>& before,
                          QList<ReportingPeriod> removed, const QString& claimPattern)
{
    std::sort(after.begin(), after.end(), byStart);
    PeriodPlan plan;
    plan.removed = std::move(removed);
    int number = 0;
    for (ReportingPeriod& period : after) {
        period.number = ++number;
        if (!claimPattern.isEmpty() && !period.locked) {
            period.claimNumber = QString(claimPattern).replace(QStringLiteral("{n}"), QString::number(number));
        }
        if (!period.id) {
            plan.added << period;
            continue;
        }
        const auto old =
            std::find_if(before.begin(), before.end(), [&](const ReportingPeriod& p) { return p.id == period.id; });
        if (old == before.end()) {
            continue;
        }
        if (old->locked && old->number != period.number) {
            return Error{PeriodPlan::tr("Period %1 is locked (its payment claim has been sent) and would become "
                                        "period no. %2: unlock it first, or keep the project's start.")
                             .arg(PeriodPlan::describe(*old))
                             .arg(number)};
        }
        if (old->from != period.from || old->to != period.to || old->number != period.number ||
            old->claimNumber != period.claimNumber) {
            plan.changed.append({*old, period});
        }
    }
    plan.periods = std::move(after);
    return plan;
}

} // namespace

QString PeriodPlan::describe(const ReportingPeriod& period)
{
    return tr("no. %1 (%2 – %3)").arg(period.number.value_or(0)).arg(shown::date(period.from), shown::date(period.to));
}

QStringList PeriodPlan::describeChanges() const
{
    QStringList lines;
    for (const ReportingPeriod& p : removed) {
        lines << tr("  period %1 is removed").arg(describe(p));
    }
    for (const auto& [before, after] : changed) {
        if (before.from == after.from && before.to == after.to && before.claimNumber == after.claimNumber) {
            lines << tr("  period %1 becomes no. %2").arg(describe(before)).arg(after.number.value_or(0));
        } else if (before.from == after.from && before.to == after.to && before.number == after.number) {
            lines << tr("  period %1 gets the claim number %2").arg(describe(before), after.claimNumber);
        } else {
            lines << tr("  period %1 becomes %2").arg(describe(before), describe(after));
        }
    }
    for (const ReportingPeriod& p : added) {
        lines << tr("  period %1 is added").arg(describe(p));
    }
    return lines;
}

QList<std::pair<QDate, QDate>> PeriodPlan::spans(const QDate& from, const QDate& to, int months)
{
    QList<std::pair<QDate, QDate>> result;
    if (!from.isValid() || !to.isValid() || to < from || months < 1) {
        return result;
    }
    const bool calendar = 12 % months == 0;
    QDate start = from;
    QDate blockStart = QDate(from.year(), from.month(), 1);
    if (calendar) {
        blockStart = QDate(from.year(), ((from.month() - 1) / months) * months + 1, 1);
    }
    while (start <= to) {
        QDate end = calendar ? blockStart.addMonths(months).addDays(-1) : start.addMonths(months).addDays(-1);
        end = std::min(end, to);
        result.append({start, end});
        start = end.addDays(1);
        blockStart = start;
    }
    return result;
}

Result<PeriodPlan> PeriodPlan::fit(const QList<ReportingPeriod>& periods, const QDate& oldFrom, const QDate& oldTo,
                                   const QDate& from, const QDate& to)
{
    if (periods.isEmpty()) {
        return PeriodPlan{};
    }
    QList<ReportingPeriod> after;
    QList<ReportingPeriod> removed;
    for (const ReportingPeriod& period : periods) {
        if (period.to < from || period.from > to) {
            if (period.locked) {
                return Error{tr("Period %1 is locked (its payment claim has been sent) and would fall outside the "
                                "project's new dates: unlock it first, or choose dates that include it.")
                                 .arg(describe(period))};
            }
            removed << period;
            continue;
        }
        ReportingPeriod fitted = period;
        fitted.from = std::max(period.from, from);
        fitted.to = std::min(period.to, to);
        if (period.locked && (fitted.from != period.from || fitted.to != period.to)) {
            return Error{tr("Period %1 is locked (its payment claim has been sent) and would be cut by the "
                            "project's new dates: unlock it first, or choose dates that include it.")
                             .arg(describe(period))};
        }
        after << fitted;
    }
    std::sort(after.begin(), after.end(), byStart);
    // Quarters for the days the project gains at its ends (a gap the office left between its
    // periods stays as it is).
    const QDate firstCovered = after.isEmpty() ? to.addDays(1) : after.first().from;
    const QDate lastCovered = after.isEmpty() ? from.addDays(-1) : after.last().to;
    for (const auto& [start, end] : spans(from, std::min(oldFrom.addDays(-1), firstCovered.addDays(-1)), 3)) {
        after << newPeriod(start, end);
    }
    for (const auto& [start, end] : spans(std::max(oldTo.addDays(1), lastCovered.addDays(1)), to, 3)) {
        after << newPeriod(start, end);
    }
    return finish(after, periods, removed, QString());
}

Result<PeriodPlan> PeriodPlan::generate(const QList<ReportingPeriod>& periods, const QDate& from, const QDate& to,
                                        int months, const QString& claimPattern)
{
    if (months < 1 || months > 24) {
        return Error{tr("A reporting period lasts from 1 to 24 months, not %1.").arg(months)};
    }
    if (!claimPattern.isEmpty() && !claimPattern.contains(QStringLiteral("{n}"))) {
        return Error{tr("The claim number pattern \"%1\" has no {n} where the period's number goes, so every "
                        "claim would get the same number.")
                         .arg(claimPattern)};
    }
    QList<ReportingPeriod> locked;
    QList<ReportingPeriod> open;
    for (const ReportingPeriod& period : periods) {
        if (!period.locked) {
            open << period;
            continue;
        }
        if (period.from < from || period.to > to) {
            return Error{tr("Period %1 is locked (its payment claim has been sent) and lies outside the project's "
                            "dates: unlock it first, or change the project's dates.")
                             .arg(describe(period))};
        }
        locked << period;
    }
    std::sort(locked.begin(), locked.end(), byStart);

    // The days not covered by a locked period, each filled with periods of the chosen length.
    QList<std::pair<QDate, QDate>> gaps;
    QDate next = from;
    for (const ReportingPeriod& period : locked) {
        if (next < period.from) {
            gaps.append({next, period.from.addDays(-1)});
        }
        next = std::max(next, period.to.addDays(1));
    }
    if (next <= to) {
        gaps.append({next, to});
    }

    QList<ReportingPeriod> after = locked;
    QList<ReportingPeriod> unused = open;
    for (const auto& [gapFrom, gapTo] : gaps) {
        for (const auto& [start, end] : spans(gapFrom, gapTo, months)) {
            const auto same = std::find_if(unused.begin(), unused.end(), [&, start = start, end = end](const auto& p) {
                return p.from == start && p.to == end;
            });
            if (same != unused.end()) {
                after << *same;
                unused.erase(same);
            } else {
                after << newPeriod(start, end);
            }
        }
    }
    return finish(after, periods, unused, claimPattern);
}

} // namespace osiedle::core
