#pragma once

#include <QByteArray>

namespace osiedle::core {

/// The scoring of SurveyScoring in SQL, for the queries that score many forms at once (the
/// report's indicators "participants whose <scale> improved"). Tests check that both give the
/// same points and the same improvements.
namespace SurveyScores {

/// The points of one answer, over the columns of instrument_item (alias `i`) and survey_answer
/// (alias `a`).
QByteArray pointsSql();

/// (participant_id, day) of every improvement on the scale of an indicator: an exit round dated
/// from ?1 to ?2 whose form, scored on the scale whose indicator code is ?3, rose from the
/// compared entry round's form by at least the instrument's minimal change; both forms scored
/// (every 1–5 and yes/no item of the scale answered, at least one item of it). `day` is the
/// exit round's date.
QByteArray improvedEventsSql();

} // namespace SurveyScores

} // namespace osiedle::core
