#pragma once

#include <QDate>

namespace osiedle::core {
class Database;
}

namespace osiedle::ui {

/// The project's reference day (core::ReferenceDay): today while the project runs, its last
/// day once it is over. What new records and printed documents are dated by default. Today's
/// date when the file cannot be read.
QDate referenceDay(core::Database& db);

} // namespace osiedle::ui
