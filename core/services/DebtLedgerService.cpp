#include "core/services/DebtLedgerService.h"

#include "core/common/DisplayFormat.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/DebtServiceGuard.h"
#include "core/storage/Database.h"
#include "core/storage/DebtAccountRepository.h"
#include "core/storage/LedgerRepository.h"
#include "core/storage/Transaction.h"

namespace osiedle::core {

namespace {

QString joined(const FieldErrors& errors)
{
    QStringList messages;
    for (const FieldError& error : errors) {
        messages << error.message;
    }
    return messages.join(QLatin1Char('\n'));
}

} // namespace

Money DebtLedgerService::signedAmount(DebtEntryKind kind, Money typed)
{
    const int sign = DebtEntryKinds::sign(kind);
    if (sign == 0) {
        return typed;
    }
    const Money magnitude = typed.grosze() < 0 ? -typed : typed;
    return sign > 0 ? magnitude : -magnitude;
}

FieldErrors DebtLedgerService::validate(const DebtEntry& entry)
{
    FieldErrors errors;
    if (entry.accountId <= 0) {
        errors.append({QStringLiteral("account"), tr("Choose the debt account.")});
    }
    if (!entry.date.isValid()) {
        errors.append({QStringLiteral("date"), tr("The date is missing or not a real date.")});
    }
    const int sign = DebtEntryKinds::sign(entry.kind);
    if (entry.amount.grosze() == 0 && entry.kind != DebtEntryKind::Opening) {
        errors.append({QStringLiteral("amount"), tr("The amount must not be zero.")});
    } else if (sign > 0 && entry.amount.grosze() < 0) {
        errors.append({QStringLiteral("amount"), tr("%1 raises the arrears: the amount cannot be negative (%2).")
                                                     .arg(DebtEntryKinds::name(entry.kind), entry.amount.format())});
    } else if (sign < 0 && entry.amount.grosze() > 0) {
        errors.append({QStringLiteral("amount"), tr("%1 lowers the arrears: the amount cannot raise them (%2).")
                                                     .arg(DebtEntryKinds::name(entry.kind), entry.amount.format())});
    }
    if (entry.kind == DebtEntryKind::Correction && entry.note.trimmed().isEmpty()) {
        errors.append({QStringLiteral("note"), tr("A correction needs a note saying why.")});
    }
    if (!entry.wageMonth.isEmpty() && entry.kind != DebtEntryKind::WagePayment) {
        errors.append({QStringLiteral("kind"), tr("Only a payment from OSS wages has a wage month.")});
    }
    return errors;
}

Result<qint64> DebtLedgerService::openAccount(const DebtAccount& account, Money arrearsAtEntry)
{
    FieldErrors errors;
    if (account.participantId <= 0) {
        errors.append({QStringLiteral("participant"), tr("Choose the participant.")});
    }
    if (account.housingCoopId <= 0) {
        errors.append({QStringLiteral("housing_coop"), tr("Choose the housing cooperative.")});
    }
    if (!account.openedOn.isValid()) {
        errors.append({QStringLiteral("opened_on"), tr("The date of entry is missing.")});
    }
    if (arrearsAtEntry.grosze() < 0) {
        errors.append({QStringLiteral("arrears"), tr("The arrears at entry cannot be negative.")});
    }
    if (!errors.isEmpty()) {
        return Error{joined(errors)};
    }
    return guardDebtStorage(tr("Opening the debt account"), [&]() -> Result<qint64> {
        Transaction transaction(m_db);
        DebtAccountRepository accounts(m_db);
        for (const DebtAccount& other : accounts.forParticipant(account.participantId)) {
            if (other.housingCoopId == account.housingCoopId) {
                return Error{tr("The participant already has a debt account at this housing cooperative.")};
            }
        }
        if (accounts.numberTaken(account.housingCoopId, account.accountNumber)) {
            return Error{
                tr("Account number %1 is already used at this housing cooperative.").arg(account.accountNumber)};
        }
        const qint64 id = accounts.insert(account);
        LedgerRepository(m_db).insert({0,
                                       id,
                                       account.openedOn,
                                       DebtEntryKind::Opening,
                                       arrearsAtEntry,
                                       tr("Arrears at entry into the project"),
                                       {}});
        transaction.commit();
        m_changes.notify(Topic::Debts);
        return id;
    });
}

Status DebtLedgerService::removeAccount(qint64 accountId)
{
    return guardDebtStorage(tr("Removing the debt account"), [&]() -> Status {
        Transaction transaction(m_db);
        DebtAccountRepository(m_db).remove(accountId);
        transaction.commit();
        m_changes.notify(Topic::Debts);
        return {};
    });
}

Result<qint64> DebtLedgerService::post(const DebtEntry& entry)
{
    const FieldErrors errors = validate(entry);
    if (!errors.isEmpty()) {
        return Error{joined(errors)};
    }
    return guardDebtStorage(tr("Posting the entry"), [&]() -> Result<qint64> {
        Transaction transaction(m_db);
        if (!DebtAccountRepository(m_db).find(entry.accountId)) {
            return Error{tr("Debt account %1 does not exist.").arg(entry.accountId)};
        }
        LedgerRepository ledger(m_db);
        if (!entry.wageMonth.isEmpty() && ledger.wageEntry(entry.accountId, entry.wageMonth)) {
            return Error{tr("The wage deduction for %1 is already posted on this account.").arg(entry.wageMonth)};
        }
        const qint64 id = ledger.insert(entry);
        transaction.commit();
        m_changes.notify(Topic::Debts);
        return id;
    });
}

Status DebtLedgerService::remove(qint64 entryId, DebtEntry* removed)
{
    return guardDebtStorage(tr("Removing the entry"), [&]() -> Status {
        Transaction transaction(m_db);
        LedgerRepository ledger(m_db);
        const std::optional<DebtEntry> entry = ledger.find(entryId);
        if (!entry) {
            return Error{tr("The entry no longer exists.")};
        }
        ledger.remove(entryId);
        transaction.commit();
        if (removed != nullptr) {
            *removed = *entry;
        }
        m_changes.notify(Topic::Debts);
        return {};
    });
}

Status DebtLedgerService::restore(const DebtEntry& entry)
{
    return guardDebtStorage(tr("Restoring the entry"), [&]() -> Status {
        Transaction transaction(m_db);
        LedgerRepository(m_db).restore(entry);
        transaction.commit();
        m_changes.notify(Topic::Debts);
        return {};
    });
}

Status DebtLedgerService::removeAll(const QList<DebtEntry>& entries)
{
    return guardDebtStorage(tr("Removing the entries"), [&]() -> Status {
        Transaction transaction(m_db);
        LedgerRepository ledger(m_db);
        for (const DebtEntry& entry : entries) {
            if (!ledger.find(entry.id)) {
                return Error{tr("An entry of %1 dated %2 no longer exists; nothing was removed.")
                                 .arg(entry.amount.format(), core::shown::date(entry.date))};
            }
            ledger.remove(entry.id);
        }
        transaction.commit();
        m_changes.notify(Topic::Debts);
        return {};
    });
}

Status DebtLedgerService::restoreAll(const QList<DebtEntry>& entries)
{
    return guardDebtStorage(tr("Restoring the entries"), [&]() -> Status {
        Transaction transaction(m_db);
        LedgerRepository ledger(m_db);
        for (const DebtEntry& entry : entries) {
            ledger.restore(entry);
        }
        transaction.commit();
        m_changes.notify(Topic::Debts);
        return {};
    });
}

} // namespace osiedle::core
