#pragma once

#include <QByteArray>
#include <QStringList>

struct sqlite3;

namespace osiedle::core {

/// The SQL function `osiedle_changes(spec, previous, value…)` with which the history's triggers
/// (ChangeLogTriggers) build a record's `changes` JSON {"column": [old, new]} in one pass.
///
/// `spec` is a constant made by spec(): the operation, the recorded columns in order and the
/// key columns. The values follow in the columns' order: one per column for an insert (NEW) or
/// a delete (OLD), OLD and NEW interleaved for an update. What is listed:
/// - insert, delete: the key columns, and every other column that is neither NULL nor an empty
///   text;
/// - update: the key columns and the columns whose value changed (SQLite's `IS NOT`, binary
///   comparison of texts). Whether anything changed at all is the trigger's WHEN clause, so
///   that a record saved unchanged costs no call.
/// Values are written as SQLite's JSON functions write them (numbers as SQLite prints them,
/// texts escaped), a BLOB as "<N B>" (its size only).
///
/// A table with more columns than one call may take (SQLite's default limit of 127 arguments)
/// is split: `previous` is the object made by the call for the columns before (NULL for the
/// first), and the result is that object with this call's columns added.
class ChangeLogChanges {
public:
    enum class Operation { Insert, Update, Delete };

    /// The most values one call passes (127 arguments less `spec` and `previous`). Fixed rather
    /// than read from the running SQLite: the triggers are stored in the file, and must run in
    /// every build of SQLite that opens it.
    static constexpr int maxValuesPerCall = 125;

    /// The spec of a call for `columns` (in the order of the values), `keys` being always listed.
    static QByteArray spec(Operation operation, const QStringList& columns, const QStringList& keys);

    /// Registers osiedle_changes() on a connection (Database does on every one it opens).
    static void registerOn(sqlite3* connection);
};

} // namespace osiedle::core
