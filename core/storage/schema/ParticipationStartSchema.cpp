#include "core/storage/Migrations.h"

// Migration 2: the participation start is never typed (DOMAIN.md, "Who and when, precisely").
// participant.participation_start is the first support recorded (an attended session or a
// consultation), kept by the services; a start date that an import brings is kept apart, in
// declared_start, only to be compared with it. Files written before this migration may hold an
// imported start in participation_start: it moves to declared_start where it differs from the
// support recorded, and participation_start is set from the support.

namespace osiedle::core {

QByteArray Schema::participationStart()
{
    return R"sql(
ALTER TABLE participant ADD COLUMN declared_start TEXT
    CHECK (declared_start IS NULL OR date(declared_start, '+0 days') = declared_start);

CREATE TEMP TABLE first_support AS
SELECT participant_id, min(d) AS d FROM (
    SELECT a.participant_id, s.date AS d FROM attendance a JOIN session s ON s.id = a.session_id
     WHERE a.status = 'present'
    UNION ALL
    SELECT participant_id, date FROM consultation WHERE participant_id IS NOT NULL)
GROUP BY participant_id;

UPDATE participant SET declared_start = participation_start
 WHERE participation_start IS NOT (SELECT d FROM first_support f WHERE f.participant_id = participant.id);
UPDATE participant SET participation_start = (SELECT d FROM first_support f WHERE f.participant_id = participant.id)
 WHERE participation_start IS NOT (SELECT d FROM first_support f WHERE f.participant_id = participant.id);

DROP TABLE temp.first_support;
)sql";
}

} // namespace osiedle::core
