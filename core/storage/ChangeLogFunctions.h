#pragma once

struct sqlite3;

namespace osiedle::core {

class Database;

/// Registers on a connection the SQL functions the change history's triggers call:
/// osiedle_change_person() (Database::workingPerson), osiedle_change_program() (name and
/// version), osiedle_change_action() (ChangeScope::current), osiedle_change_recorded() (false
/// in a Demo or Migration scope) and osiedle_changes() (ChangeLogChanges). A program that
/// writes the file without them (another SQLite tool) gets "no such function" and cannot
/// change data without its history.
void registerChangeLogFunctions(sqlite3* connection, const Database* db);

} // namespace osiedle::core
