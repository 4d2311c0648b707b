#pragma once

#include "core/storage/Database.h"

namespace osiedle::test {

/// Takes a freshly created file back to the schema before migration 6 (questionnaires): its
/// tables and the three indicators it adds are removed. Tests of a migration from an earlier
/// schema call it too, so that reopening the file applies migration 6 again cleanly.
inline void dropQuestionnaires(core::Database& db)
{
    db.exec("DROP TABLE survey_answer; DROP TABLE survey_respondent; DROP TABLE survey_round; "
            "DROP TABLE instrument_item; DROP TABLE instrument_scale; DROP TABLE instrument; "
            "DROP TABLE survey_scale; "
            "DELETE FROM indicator WHERE code IN ('IMPROVED_ATTITUDE', 'IMPROVED_KNOWLEDGE', 'IMPROVED_RELATIONS')");
}

} // namespace osiedle::test
