#pragma once

#include <QString>

namespace osiedle::core {
class Database;
}

namespace osiedle::cli {

/// The "ledger" kind of `osiedle-cli import FILE ledger INPUT.csv|INPUT.xlsx [--dry-run]`: an
/// SM's ledger (account, date, kind, amount, note). Every problem is printed with its row,
/// column and value; nothing is written unless all rows are right.
int importLedger(core::Database& db, const QString& input, bool dryRun);

} // namespace osiedle::cli
