#pragma once

#include "core/storage/ChangeLogTriggers.h"
#include "core/storage/Database.h"

namespace osiedle::test {

/// Takes a freshly created file back to the schema before migration 7 (the change history):
/// its triggers and its table are removed, and the file says it is of version 6.
inline void dropChangeLog(core::Database& db)
{
    core::ChangeLogTriggers::remove(db);
    db.exec("DROP TABLE change_log; PRAGMA user_version = 6");
}

/// Takes a freshly created file back to the schema before migration 6 (questionnaires): the
/// change history goes first (dropChangeLog), then the questionnaires' tables and the three
/// indicators it adds. Tests of a migration from an earlier schema call it too, so that
/// reopening the file applies migrations 6 and 7 again cleanly.
inline void dropQuestionnaires(core::Database& db)
{
    dropChangeLog(db);
    db.exec("DROP TABLE survey_answer; DROP TABLE survey_respondent; DROP TABLE survey_round; "
            "DROP TABLE instrument_item; DROP TABLE instrument_scale; DROP TABLE instrument; "
            "DROP TABLE survey_scale; "
            "DELETE FROM indicator WHERE code IN ('IMPROVED_ATTITUDE', 'IMPROVED_KNOWLEDGE', 'IMPROVED_RELATIONS')");
}

} // namespace osiedle::test
