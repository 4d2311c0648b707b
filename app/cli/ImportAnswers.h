#pragma once

#include <QString>

namespace osiedle::core {
class Database;
}

namespace osiedle::cli {

/// The "answers" kind of `osiedle-cli import FILE answers --round ID INPUT.csv|INPUT.xlsx
/// [--dry-run]`: the answers of one round (an online form's export or a typed table); every
/// problem is printed with its row and column; nothing is written unless all rows are right.
int importAnswers(core::Database& db, const QString& input, bool dryRun, const QString& round);

} // namespace osiedle::cli
