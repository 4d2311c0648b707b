#pragma once

#include "core/common/Result.h"
#include "core/indicators/ReportingPeriod.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace osiedle::core {

class Database;

/// What the dashboard shows besides the indicators, as of one day: the current reporting
/// period, the due date of its payment claim and the counts of what needs attention.
/// A plain value; `compute` reads the file and never writes.
struct DashboardSummary {
    Q_DECLARE_TR_FUNCTIONS(DashboardSummary)

public:
    /// Working days after a period's end by which its payment claim is due.
    static constexpr int claimWorkingDays = 10;

    QDate today;
    /// The period containing `today`, else the latest one that ended before it; none when the
    /// file has no such period.
    std::optional<ReportingPeriod> period;
    /// `claimWorkingDays` working days after the period's end (invalid without a period).
    QDate claimDue;
    int incompleteParticipants = 0;
    int overdueWorkOrders = 0;
    int followUpsDue = 0;
    int plansWithOverdueInstalment = 0;

    /// The summary of the file as of `day` (it becomes `today`). Errors: a storage failure.
    static Result<DashboardSummary> compute(Database& db, const QDate& day);
    /// The day `workingDays` working days after `day` (weekends and Polish public holidays
    /// skipped).
    static QDate addWorkingDays(const QDate& day, int workingDays);
    /// The day the dashboard is "as of": `realToday`, or the project's last day when the real
    /// date is past the project end (so that a finished project still shows its last state).
    static QDate asOf(Database& db, const QDate& realToday);
};

} // namespace osiedle::core
