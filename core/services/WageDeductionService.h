#pragma once

#include "core/common/Result.h"
#include "core/domain/DebtEntry.h"
#include "core/domain/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace osiedle::core {

class Database;
class ChangeNotifier;

/// One member's line of a monthly wage deduction run (all their OSS employments together).
struct WageDeductionLine {
    qint64 participantId = 0;
    QString participantName;
    QString socialCoops;        ///< names of the OSS, comma-separated
    QString terms;              ///< "12,00 zł/h, 25 %"
    std::optional<qint64> accountId;
    qint64 minutes = 0;
    Money wage;                 ///< gross wage for the hours
    Money share;                ///< the share of the wage meant for the arrears
    Money balance;              ///< arrears on the posting date, before this deduction
    Money deduction;            ///< what will be posted (share, at most the arrears)
    std::optional<Money> alreadyPosted; ///< the month was already posted on the account
    QString note;               ///< why nothing is posted, if so

    bool willPost() const { return accountId && !alreadyPosted && deduction.grosze() > 0; }
};

/// A computed run, shown for review before it is posted.
struct WageDeductionRun {
    QString month; ///< "YYYY-MM"
    QDate postOn;  ///< date of the entries
    QList<WageDeductionLine> lines;

    Money totalToPost() const;
    int countToPost() const;
};

/// The monthly "wage deduction": from the hours each OSS member worked in a month
/// (work_hours), their hourly rate and deduction terms (employment), the share of the wage
/// that goes to their arrears becomes a 'wage_payment' entry of their debt account, with
/// wage_month = the month. A month is posted at most once per account: a second run of the
/// same month shows the posted amounts and posts nothing more for those accounts (only members
/// not posted yet, e.g. whose hours were added late). Never throws.
class WageDeductionService {
    Q_DECLARE_TR_FUNCTIONS(WageDeductionService)

public:
    WageDeductionService(Database& db, ChangeNotifier& changes) : m_db(db), m_changes(changes) {}

    /// Computes the run of `month` (its first day or any day in it); entries dated `postOn`
    /// (default: the month's last day).
    Result<WageDeductionRun> compute(const QDate& month, const QDate& postOn = {});
    /// Posts the lines that will post, all in one transaction, and returns the new entry ids.
    /// When nothing is left to post the run is refused with a message; when another post of
    /// the same month got there first, nothing is written.
    Result<QList<qint64>> post(const WageDeductionRun& run);
    /// Removes the entries a run posted (undo).
    Status unpost(const QList<qint64>& entryIds);

private:
    Database& m_db;
    ChangeNotifier& m_changes;
};

} // namespace osiedle::core
