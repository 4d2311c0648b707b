#pragma once

#include "core/domain/DebtEntry.h"
#include "core/domain/InstalmentSchedule.h"
#include "core/domain/Money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace osiedle::core {

class Database;

/// Where a ledger page continues: the last row shown (pages run newest first).
struct LedgerKey {
    QDate date;
    qint64 id = 0;
};

/// Which entries a ledger page lists.
struct LedgerFilter {
    std::optional<qint64> accountId;
    std::optional<DebtEntryKind> kind;
};

/// A ledger row as listed: the entry, whose account it is, and (for one account's ledger) the
/// balance right after it.
struct LedgerRow {
    DebtEntry entry;
    QString accountNumber;
    QString participantName;
    std::optional<Money> balanceAfter;
};

/// A month of work and what it repaid, for the tenant's page.
struct WorkMonth {
    QString month; ///< "YYYY-MM"
    qint64 minutes = 0;
    Money repaidFromWages; ///< positive
};

/// The basis of one member's wage deduction in a month: one row per employment.
struct WageBasis {
    qint64 participantId = 0;
    QString participantName;
    qint64 employmentId = 0;
    QString socialCoopName;
    qint64 minutes = 0;
    Money hourlyRate;
    QString deductionKind; ///< "percent" or "fixed"
    qint64 deductionValue = 0;
    std::optional<qint64> accountId; ///< the debt account the deduction goes to
};

/// Every SQL statement about the ledger (debt_entry): entries, balances, pages, the series of
/// the tenant's page and the wage-deduction basis. Throws StorageError. Not thread-safe.
class LedgerRepository {
public:
    explicit LedgerRepository(Database& db) : m_db(db) {}

    qint64 insert(const DebtEntry& entry);
    /// Puts back an entry with its old id (undo of a removal).
    void restore(const DebtEntry& entry);
    void update(const DebtEntry& entry);
    void remove(qint64 id);
    std::optional<DebtEntry> find(qint64 id);

    /// True when an entry of the same account, date, kind, amount and note is stored (a file imported twice).
    bool hasEntry(const DebtEntry& entry);
    /// SUM of the account's entries dated on or before `date` (one index range read).
    Money balanceOn(qint64 accountId, const QDate& date);
    /// The opening entries of the account (arrears at entry).
    Money atEntry(qint64 accountId);
    /// The sum of the charge entries in the latest calendar month up to `date` that has any.
    Money monthlyCharge(qint64 accountId, const QDate& date);
    /// The latest entry date of the whole ledger (invalid when it is empty).
    QDate latestDate();
    /// The account's latest entry date (invalid when it has none).
    QDate lastEntryDate(qint64 accountId);

    /// Up to `limit` entries, newest first (date, then id), after `after` when given. Keyset
    /// paging: the cost does not grow with how far the user has scrolled.
    QList<LedgerRow> page(const LedgerFilter& filter, const std::optional<LedgerKey>& after, int limit);
    qint64 count(const LedgerFilter& filter);

    /// Payments, wage payments and housing allowances of the account up to `to`, as positive
    /// amounts, oldest first.
    QList<Repayment> repayments(qint64 accountId, const QDate& to);
    /// Balance at the end of each month from the first entry up to `to`'s month.
    QList<std::pair<QDate, Money>> monthEndBalances(qint64 accountId, const QDate& to);
    /// Minutes worked and wages repaid per month for the participant / account.
    QList<WorkMonth> workMonths(qint64 participantId, qint64 accountId);
    /// The minutes the participant worked up to `on` and what the wage deductions dated up to
    /// `on` repaid on the account (`month` is left empty): the figures as of a date, which a
    /// deduction posted after it (for a month's hours before it) does not count yet.
    WorkMonth workUpTo(qint64 participantId, qint64 accountId, const QDate& on);

    /// Employments with a deduction set that overlap [from, to], with minutes worked in them.
    QList<WageBasis> wageBasis(const QDate& from, const QDate& to);
    /// The wage deduction already posted on the account for `month` ("YYYY-MM").
    std::optional<DebtEntry> wageEntry(qint64 accountId, const QString& month);
    /// Every wage deduction entry of `month`.
    QList<DebtEntry> wageEntries(const QString& month);

private:
    Database& m_db;
};

} // namespace osiedle::core
