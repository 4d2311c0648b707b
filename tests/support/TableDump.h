#pragma once

#include <QByteArray>

namespace osiedle::core {
class Database;
}

namespace osiedle::test {

/// A fingerprint (hex SHA-256) of every table's rows of a project file, each table in a total
/// order of all its columns: two files with the same data have the same fingerprint. The change
/// history (change_log) is not data and is left out.
QByteArray tableDump(core::Database& db);

} // namespace osiedle::test
