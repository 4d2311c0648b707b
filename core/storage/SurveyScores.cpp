#include "core/storage/SurveyScores.h"

namespace osiedle::core {

QByteArray SurveyScores::pointsSql()
{
    return "(CASE i.kind WHEN 'likert' THEN (CASE WHEN i.reversed = 1 THEN 6 - a.value ELSE a.value END) "
           "WHEN 'yes_no' THEN (CASE WHEN i.reversed = 1 THEN 1 - a.value ELSE a.value END) "
           "ELSE (CASE WHEN a.value = i.correct THEN 1 ELSE 0 END) END)";
}

QByteArray SurveyScores::improvedEventsSql()
{
    // `exits`: the exit rounds that can count; `forms`: the score on the scale of each form of
    // those rounds and of their entry rounds, with how many of the items that must be answered
    // were; `needed`: how many items must be answered per instrument.
    return R"sql(
WITH scale AS (SELECT id FROM survey_scale WHERE indicator_code = ?3),
exits AS (SELECT id, instrument_id, entry_round_id, date FROM survey_round
           WHERE kind = 'exit' AND date BETWEEN ?1 AND ?2),
needed AS (SELECT instrument_id, count(*) FILTER (WHERE kind <> 'choice') AS n FROM instrument_item
            WHERE scale_id = (SELECT id FROM scale) GROUP BY instrument_id),
forms AS (SELECT a.round_id, a.participant_id, sum()sql" +
           pointsSql() + R"sql() AS points,
                 count(*) FILTER (WHERE i.kind <> 'choice') AS required
            FROM survey_answer a JOIN instrument_item i ON i.id = a.item_id
           WHERE i.scale_id = (SELECT id FROM scale)
             AND a.round_id IN (SELECT id FROM exits UNION SELECT entry_round_id FROM exits)
           GROUP BY a.round_id, a.participant_id)
SELECT x.participant_id, r.date AS day
  FROM exits r
  JOIN needed ON needed.instrument_id = r.instrument_id
  JOIN forms x ON x.round_id = r.id AND x.required = needed.n
  JOIN forms e ON e.round_id = r.entry_round_id AND e.participant_id = x.participant_id AND e.required = needed.n
  LEFT JOIN instrument_scale m ON m.instrument_id = r.instrument_id AND m.scale_id = (SELECT id FROM scale)
 WHERE x.points - e.points >= coalesce(m.min_change, 1))sql";
}

} // namespace osiedle::core
