#pragma once

#include <QString>

namespace osiedle::core {
class Database;
}

namespace osiedle::cli {

/// The "attendance" kind of `osiedle-cli import FILE attendance INPUT.csv|INPUT.xlsx [--dry-run]`:
/// every problem is printed with its row and column; nothing is written unless all rows are right.
int importAttendance(core::Database& db, const QString& input, bool dryRun);

} // namespace osiedle::cli
