#pragma once

namespace osiedle::core {

class Database;

/// The triggers that write the change history (table `change_log`, migration 7). They are
/// generated from the schema itself, one AFTER INSERT, UPDATE and DELETE trigger per data
/// table, so a table or column added by a later migration is covered as soon as the triggers
/// are generated again (Migrations does after every step). Each trigger writes one row per
/// record with only the columns that changed (built by osiedle_changes(), ChangeLogChanges),
/// the person working, the program and the action taken from the connection
/// (ChangeLogFunctions, ChangeScope). A file of schema 7 gets them anew from migration 8.
class ChangeLogTriggers {
public:
    /// True when the file has the change history (schema 7 or later).
    static bool present(Database& db);
    /// Drops the history triggers and creates them again for the current schema. Throws
    /// StorageError. Run inside the caller's transaction.
    static void install(Database& db);
    /// Drops the history triggers (the table stays): a migration step runs without them, so
    /// that it may drop or change a column they name, and gets them back from install().
    static void remove(Database& db);
};

} // namespace osiedle::core
