#pragma once

#include "core/domain/DebtAccount.h"
#include "core/domain/Money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace osiedle::core {

class Database;

/// A debt account with who and where it belongs to, for headers and lists.
struct DebtAccountInfo {
    DebtAccount account;
    QString participantName; ///< "Surname First name"
    QString pesel;
    QString housingCoopName;
    Money atEntry; ///< the opening entries
};

/// One line of the list of tenants with arrears.
struct DebtorRow {
    qint64 accountId = 0;
    qint64 participantId = 0;
    QString participantName;
    QString housingCoopName;
    QString accountNumber;
    QString flat;
    Money atEntry;
    Money balance; ///< on the date asked
};

/// What a participant did in two consecutive windows (for the early-warning list).
struct ActivityWindows {
    qint64 participantId = 0;
    int marksBefore = 0; ///< attendance marks in the earlier window
    int presentBefore = 0;
    int marksLast = 0; ///< attendance marks in the last window
    int presentLast = 0;
    qint64 minutesBefore = 0; ///< work minutes in the earlier window
    qint64 minutesLast = 0;
};

/// A participant's employment in an OSS with its pay and deduction terms.
struct EmploymentTerms {
    QString socialCoopName;
    QDate startDate;
    QDate endDate;
    Money hourlyRate;
    QString deductionKind; ///< "percent", "fixed" or empty
    qint64 deductionValue = 0;
};

/// Every SQL statement about debt accounts (debt_account) and the participant facts the debt
/// screens show. Throws StorageError. Not thread-safe.
class DebtAccountRepository {
public:
    explicit DebtAccountRepository(Database& db) : m_db(db) {}

    qint64 insert(const DebtAccount& account);
    void update(const DebtAccount& account);
    /// Removes the account with its ledger, plans and eviction-case link.
    void remove(qint64 id);
    std::optional<DebtAccount> find(qint64 id);
    std::optional<DebtAccountInfo> info(qint64 id);
    /// Every account by its account number (the same number may exist at several SMs).
    QHash<QString, QList<DebtAccount>> byNumber();
    /// True when another account at the SM already has this (non-empty) number.
    bool numberTaken(qint64 housingCoopId, const QString& accountNumber);
    QList<DebtAccount> forParticipant(qint64 participantId);
    /// Every account with its balance on `on`, by participant name. `search` (folded text)
    /// matches name, PESEL, account number or flat; empty matches all.
    QList<DebtorRow> debtors(const QDate& on, const QString& search = {});
    /// Attendance marks and work minutes of these participants in (on−60, on−30] and (on−30, on].
    QList<ActivityWindows> activity(const QList<qint64>& participantIds, const QDate& on);
    /// Participants that have no debt account yet (id, name), for opening one.
    QList<std::pair<qint64, QString>> participantsWithoutAccount();
    /// The participant's recorded arrears at entry, recruitment date and SM (for a new account).
    struct EntryFacts {
        Money arrearsAtEntry;
        QDate recruitedOn;
        std::optional<qint64> housingCoopId;
    };
    std::optional<EntryFacts> entryFacts(qint64 participantId);
    /// The participant's employments in an OSS, oldest first.
    QList<EmploymentTerms> employments(qint64 participantId);

private:
    Database& m_db;
};

} // namespace osiedle::core
