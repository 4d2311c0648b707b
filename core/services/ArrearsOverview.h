#pragma once

#include "core/common/Result.h"
#include "core/domain/EvictionCase.h"
#include "core/domain/EvictionPath.h"
#include "core/domain/InstalmentPlan.h"
#include "core/domain/InstalmentSchedule.h"
#include "core/domain/PrintedIdentity.h"
#include "core/storage/DebtAccountRepository.h"
#include "core/storage/LedgerRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace osiedle::core {

class Database;

/// A plan whose instalment is overdue on a date (the "plans at risk" list).
struct PlanAtRisk {
    InstalmentPlan plan;
    qint64 participantId = 0;
    QString participantName;
    QString accountNumber;
    int daysOverdue = 0;
    Money overdue;
    PlanStanding standing = PlanStanding::Overdue;
};

/// One tenant of the list of tenants with arrears.
struct DebtorOverview {
    DebtorRow debtor;
    std::optional<PlanStanding> plan; ///< how the active agreement stands (none: no active agreement)
    int daysOverdue = 0;
    EvictionPosition stage; ///< none when there is no case or no stage yet

    Money change() const { return debtor.balance - debtor.atEntry; }
};

/// A participant on the early-warning list.
struct EarlyWarning {
    qint64 participantId = 0;
    qint64 accountId = 0;
    QString participantName;
    int daysOverdue = 0;
    Money overdue;
    QString reason; ///< "attendance fell from 90 % to 40 %; hours fell from 80 h to 12 h"
};

/// The figures of the tenant's page on a date.
struct TenantFigures {
    Money atEntry;
    Money balance;
    Money monthlyCharge;
    std::optional<int> monthsInArrears;
    Money repaidFromWages; ///< all wage payments up to the date (positive)
    qint64 minutesWorked = 0;

    Money change() const { return balance - atEntry; }
};

/// Read-only views over the debt data that combine several repositories and the domain rules:
/// the schedules of agreements, the plans at risk, the tenants list, the early-warning list and the tenant page's
/// figures. Never throws.
class ArrearsOverview {
    Q_DECLARE_TR_FUNCTIONS(ArrearsOverview)

public:
    explicit ArrearsOverview(Database& db) : m_db(db) {}

    /// The plan's schedule with the account's payments up to `on`.
    Result<InstalmentSchedule> schedule(const InstalmentPlan& plan, const QDate& on);
    /// Active plans with an instalment overdue on `on`, the longest overdue first.
    Result<QList<PlanAtRisk>> plansAtRisk(const QDate& on);
    Result<QList<DebtorOverview>> debtors(const QDate& on, const QString& search = {});
    /// Participants with an overdue instalment on `on` whose attendance rate or hours worked in
    /// the last 30 days fell compared with the 30 days before. Attendance "fell" when both
    /// windows have marks and the share of present marks is lower; hours "fell" when the
    /// earlier window had hours and the last one has fewer.
    Result<QList<EarlyWarning>> earlyWarnings(const QDate& on);
    Result<TenantFigures> figures(qint64 accountId, const QDate& on);

    /// The account with its owner (nullopt inside when it no longer exists).
    Result<std::optional<DebtAccountInfo>> account(qint64 accountId);
    /// The account's latest agreement (nullopt inside when there is none).
    Result<std::optional<InstalmentPlan>> latestPlan(qint64 accountId);
    /// The participant's latest eviction case.
    Result<std::optional<EvictionCase>> evictionCase(qint64 participantId);
    /// Month by month: minutes worked and what the wage deductions repaid.
    Result<QList<WorkMonth>> workMonths(qint64 participantId, qint64 accountId);
    /// The OSS the participant is or was employed in, with rate and deduction ("OSS Pod Lipami:
    /// 12,00 zł/h, 25 % to arrears, from 01.03.2012").
    Result<QStringList> employments(qint64 participantId);
    /// Balance at each month's end up to `on`.
    Result<QList<std::pair<QDate, Money>>> monthEndBalances(qint64 accountId, const QDate& on);
    /// Participants without a debt account yet (id, "Surname First name"), for opening one.
    Result<QList<std::pair<qint64, QString>>> participantsWithoutAccount();
    /// Every housing cooperative (id, name), by name.
    Result<QList<std::pair<qint64, QString>>> housingCoops();
    /// What was recorded about the participant at recruitment: arrears, date and SM (nullopt
    /// inside when the participant no longer exists).
    Result<std::optional<DebtAccountRepository::EntryFacts>> entryFacts(qint64 participantId);
    /// The date the debt screens open on: the project's reference day (today, or its end once it
    /// is over), or the last ledger date when the data ends earlier.
    QDate defaultDate(const QDate& today = QDate::currentDate());
    /// What printed pages carry at their top (empty when unknown).
    PrintedIdentity printedIdentity();

private:
    Database& m_db;
};

} // namespace osiedle::core
