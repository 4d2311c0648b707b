#pragma once

#include <QString>
#include <functional>

namespace osiedle::core {
class Database;
}

namespace osiedle::cli {

/// The "answers" kind of `osiedle-cli import FILE answers --round ID INPUT.csv|INPUT.xlsx
/// [--dry-run]`: the answers of one round (an online form's export or a typed table); every
/// problem is printed with its row and column; nothing is written unless all rows are right.
/// `beforeWrite` runs once the rows are found right, just before writing (false stops).
int importAnswers(core::Database& db, const QString& input, bool dryRun, const std::function<bool()>& beforeWrite,
                  const QString& round);

} // namespace osiedle::cli
