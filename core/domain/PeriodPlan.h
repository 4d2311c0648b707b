#pragma once

#include "core/common/Result.h"
#include "core/indicators/ReportingPeriod.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <utility>

namespace osiedle::core {

/// What becomes of a project's reporting periods (payment claims) when they are generated from
/// the project's dates or when those dates change: the periods after it, numbered 1, 2, … in
/// date order, and which were added, changed or removed. A locked period (its claim has been
/// sent) never moves: a plan that would remove, shorten or renumber one is refused, naming it.
/// Pure logic over values; applying it is ProjectSettingsService's work.
struct PeriodPlan {
    Q_DECLARE_TR_FUNCTIONS(PeriodPlan)

public:
    /// Every period after the plan, by number; kept and changed ones keep their id (and their
    /// notes), added ones have none.
    QList<ReportingPeriod> periods;
    QList<ReportingPeriod> added;
    /// (before, after) of each kept period whose dates, number or claim number change.
    QList<std::pair<ReportingPeriod, ReportingPeriod>> changed;
    QList<ReportingPeriod> removed;

    bool changesNothing() const { return added.isEmpty() && changed.isEmpty() && removed.isEmpty(); }

    /// Consecutive periods of `months` months covering [from, to], clipped to it. Lengths that
    /// divide a year (1, 2, 3, 4, 6, 12) follow the calendar (3: calendar quarters), so that a
    /// period never straddles a year; other lengths run on from `from`. Empty when to < from.
    static QList<std::pair<QDate, QDate>> spans(const QDate& from, const QDate& to, int months);

    /// The periods fitted to the project's new dates [from, to] (they were [oldFrom, oldTo]):
    /// those wholly outside are removed, those that cross a new end are cut to it, and the days
    /// the project gains at either end get quarters. A file without periods gets none.
    static Result<PeriodPlan> fit(const QList<ReportingPeriod>& periods, const QDate& oldFrom, const QDate& oldTo,
                                  const QDate& from, const QDate& to);

    /// Periods of `months` months generated over the project's dates. Locked periods stay as
    /// they are and the new ones fill the days around them; an open period whose dates equal a
    /// generated one is kept with its notes, the other open ones are replaced. When
    /// `claimPattern` is given, each open period's claim number is the pattern with "{n}"
    /// replaced by the period's number (the pattern must contain "{n}").
    static Result<PeriodPlan> generate(const QList<ReportingPeriod>& periods, const QDate& from, const QDate& to,
                                       int months, const QString& claimPattern = {});

    /// "no. 3 (01.07.2011 – 30.09.2011)".
    static QString describe(const ReportingPeriod& period);
    /// What the plan does, a line each: "period no. 1 (…) is removed", "… becomes no. 2 (…)",
    /// "… is renumbered 2", "… is added" (indented by two spaces).
    QStringList describeChanges() const;
};

} // namespace osiedle::core
