#pragma once

#include "core/common/FieldError.h"
#include "core/common/Result.h"
#include "core/domain/DebtAccount.h"
#include "core/domain/DebtEntry.h"

#include <QCoreApplication>

namespace osiedle::core {

class Database;
class ChangeNotifier;

/// Opens debt accounts and posts, removes and puts back ledger entries. Each operation
/// validates, runs one transaction and then notifies Topic::Debts. Never throws.
class DebtLedgerService {
    Q_DECLARE_TR_FUNCTIONS(DebtLedgerService)

public:
    DebtLedgerService(Database& db, ChangeNotifier& changes) : m_db(db), m_changes(changes) {}

    /// The signed amount of an entry of `kind` from what the user typed: for every kind but a
    /// correction the sign comes from the kind ("payment 100" lowers the arrears by 100).
    static Money signedAmount(DebtEntryKind kind, Money typed);
    /// Problems of an entry (field keys: account, date, kind, amount, note).
    static FieldErrors validate(const DebtEntry& entry);

    /// Opens an account with its arrears at entry as the 'opening' entry dated `account.openedOn`.
    Result<qint64> openAccount(const DebtAccount& account, Money arrearsAtEntry);
    /// Removes an account with its ledger and plans.
    Status removeAccount(qint64 accountId);
    /// Posts an entry (amount already signed); returns its id.
    Result<qint64> post(const DebtEntry& entry);
    /// Removes an entry; `removed` gets it back for undo.
    Status remove(qint64 entryId, DebtEntry* removed = nullptr);
    /// Puts back a removed entry with its old id.
    Status restore(const DebtEntry& entry);
    /// Removes entries written together (an imported file, for undo), all or none.
    Status removeAll(const QList<DebtEntry>& entries);
    /// Puts them back with their old ids (redo of an import), all or none.
    Status restoreAll(const QList<DebtEntry>& entries);

private:
    Database& m_db;
    ChangeNotifier& m_changes;
};

} // namespace osiedle::core
