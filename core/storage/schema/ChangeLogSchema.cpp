#include "core/storage/Migrations.h"

// Migration 7: the change history. One row per record created, changed or deleted, written by
// triggers on every data table (ChangeLogTriggers, regenerated after each later migration) in
// the transaction of the change itself: no change without its row, no row without its change.
// `changes` holds each changed column's old and new value as JSON {"column": [old, new]}; a
// row of a table without an integer key also names its key columns there. `owner_*` is the
// card the record shows on besides its own (an attendance mark on its participant's card).

namespace osiedle::core {

QByteArray Schema::changeLog()
{
    return R"sql(
CREATE TABLE change_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,             -- UTC, 'YYYY-MM-DDTHH:MM:SS.SSSZ'
    person      TEXT NOT NULL,             -- the person working (office staff or system user)
    program     TEXT NOT NULL,             -- program name and version
    action      TEXT NOT NULL,             -- edit, import, undo, redo, lock, unlock, settings, demo, migration
    operation   TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete', 'summary')),
    record_kind TEXT NOT NULL,             -- the table
    record_id   INTEGER,                   -- its integer key or rowid; NULL for a composite key
    owner_kind  TEXT,
    owner_id    INTEGER,
    changes     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(changes))
) STRICT;
CREATE INDEX change_log_record ON change_log(record_kind, record_id);
CREATE INDEX change_log_owner ON change_log(owner_kind, owner_id) WHERE owner_kind IS NOT NULL;
)sql";
}

} // namespace osiedle::core
