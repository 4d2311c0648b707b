#pragma once

#include <QString>
#include <functional>

namespace osiedle::core {
class Database;
}

namespace osiedle::cli {

/// The "ledger" kind of `osiedle-cli import FILE ledger INPUT.csv|INPUT.xlsx [--dry-run]`: an
/// SM's ledger (account, date, kind, amount, note). Every problem is printed with its row,
/// column and value; nothing is written unless all rows are right, and not before
/// `beforeWrite` (the backup copy) said yes.
int importLedger(core::Database& db, const QString& input, bool dryRun, const std::function<bool()>& beforeWrite);

} // namespace osiedle::cli
