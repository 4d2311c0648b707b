#pragma once

#include <QString>
#include <functional>

namespace osiedle::core {
class Database;
}

namespace osiedle::cli {

/// The "attendance" kind of `osiedle-cli import FILE attendance INPUT.csv|INPUT.xlsx [--dry-run]`:
/// every problem is printed with its row and column; nothing is written unless all rows are right,
/// and not before `beforeWrite` (the backup copy) said yes.
int importAttendance(core::Database& db, const QString& input, bool dryRun, const std::function<bool()>& beforeWrite);

} // namespace osiedle::cli
