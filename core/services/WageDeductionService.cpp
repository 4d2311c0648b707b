#include "core/services/WageDeductionService.h"

#include "core/common/DisplayFormat.h"
#include "core/domain/WageDeduction.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/DebtServiceGuard.h"
#include "core/storage/Database.h"
#include "core/storage/LedgerRepository.h"
#include "core/storage/Transaction.h"

namespace osiedle::core {

Money WageDeductionRun::totalToPost() const
{
    Money sum;
    for (const WageDeductionLine& line : lines) {
        if (line.willPost()) {
            sum += line.deduction;
        }
    }
    return sum;
}

int WageDeductionRun::countToPost() const
{
    int n = 0;
    for (const WageDeductionLine& line : lines) {
        n += line.willPost() ? 1 : 0;
    }
    return n;
}

Result<WageDeductionRun> WageDeductionService::compute(const QDate& month, const QDate& postOn)
{
    if (!month.isValid()) {
        return Error{tr("Choose the month of the wage deduction.")};
    }
    const QDate from(month.year(), month.month(), 1);
    const QDate to(month.year(), month.month(), month.daysInMonth());
    WageDeductionRun run;
    run.month = from.toString(QStringLiteral("yyyy-MM"));
    run.postOn = postOn.isValid() ? postOn : to;
    if (run.postOn < from) {
        return Error{tr("The wage deduction of %1 cannot be dated before the month (%2).")
                         .arg(run.month, core::shown::date(run.postOn))};
    }
    return guardDebtStorage(tr("Computing the wage deduction"), [&]() -> Result<WageDeductionRun> {
        LedgerRepository ledger(m_db);
        for (const WageBasis& basis : ledger.wageBasis(from, to)) {
            if (run.lines.isEmpty() || run.lines.last().participantId != basis.participantId) {
                WageDeductionLine line;
                line.participantId = basis.participantId;
                line.participantName = basis.participantName;
                line.accountId = basis.accountId;
                run.lines.append(line);
            }
            WageDeductionLine& line = run.lines.last();
            const DeductionKind kind = WageDeduction::fromKey(basis.deductionKind).value_or(DeductionKind::Percent);
            const Money wage = WageDeduction::wage(basis.minutes, basis.hourlyRate);
            line.minutes += basis.minutes;
            line.wage += wage;
            line.share += WageDeduction::share(wage, kind, basis.deductionValue);
            if (!line.socialCoops.contains(basis.socialCoopName)) {
                line.socialCoops +=
                    (line.socialCoops.isEmpty() ? QString() : QStringLiteral(", ")) + basis.socialCoopName;
            }
            const QString terms =
                tr("%1/h, %2").arg(basis.hourlyRate.format(), WageDeduction::describe(kind, basis.deductionValue));
            if (!line.terms.contains(terms)) {
                line.terms += (line.terms.isEmpty() ? QString() : QStringLiteral("; ")) + terms;
            }
        }
        for (WageDeductionLine& line : run.lines) {
            if (!line.accountId) {
                line.note = tr("No debt account");
                continue;
            }
            line.balance = ledger.balanceOn(*line.accountId, run.postOn);
            if (const std::optional<DebtEntry> posted = ledger.wageEntry(*line.accountId, run.month)) {
                line.alreadyPosted = -posted->amount;
                line.deduction = -posted->amount;
                line.note = tr("Already posted on %1").arg(core::shown::date(posted->date));
                continue;
            }
            line.deduction = WageDeduction::deduction(line.share, line.balance);
            if (line.minutes == 0) {
                line.note = tr("No hours worked");
            } else if (line.balance.grosze() <= 0) {
                line.note = tr("No arrears");
            } else if (line.deduction < line.share) {
                line.note = tr("Limited to the arrears");
            }
        }
        return run;
    });
}

Result<QList<qint64>> WageDeductionService::post(const WageDeductionRun& run)
{
    if (run.countToPost() == 0) {
        return Error{
            tr("Nothing to post for %1: every member with a deduction is already posted or has none.").arg(run.month)};
    }
    return guardDebtStorage(tr("Posting the wage deduction"), [&]() -> Result<QList<qint64>> {
        Transaction transaction(m_db);
        LedgerRepository ledger(m_db);
        QList<qint64> ids;
        for (const WageDeductionLine& line : run.lines) {
            if (!line.willPost()) {
                continue;
            }
            if (ledger.wageEntry(*line.accountId, run.month)) {
                return Error{tr("The wage deduction of %1 for %2 was posted meanwhile: nothing was posted. "
                                "Compute the run again.")
                                 .arg(run.month, line.participantName)};
            }
            const QString hours = line.minutes % 60 == 0
                                      ? tr("%1 h").arg(line.minutes / 60)
                                      : tr("%1 h %2 min").arg(line.minutes / 60).arg(line.minutes % 60);
            const QString note = tr("Wage deduction %1: %2 worked, wage %3").arg(run.month, hours, line.wage.format());
            ids.append(ledger.insert(
                {0, *line.accountId, run.postOn, DebtEntryKind::WagePayment, -line.deduction, note, run.month}));
        }
        transaction.commit();
        m_changes.notify(Topic::Debts);
        return ids;
    });
}

Status WageDeductionService::unpost(const QList<qint64>& entryIds)
{
    return guardDebtStorage(tr("Removing the wage deduction"), [&]() -> Status {
        Transaction transaction(m_db);
        LedgerRepository ledger(m_db);
        for (qint64 id : entryIds) {
            ledger.remove(id);
        }
        transaction.commit();
        m_changes.notify(Topic::Debts);
        return {};
    });
}

} // namespace osiedle::core
