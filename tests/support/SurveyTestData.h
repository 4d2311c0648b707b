#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace osiedle::core {
class Database;
}

namespace osiedle::test {

/// The questionnaire of the survey tests, on top of fillIndicatorTestData (project from
/// 2010-10-01; participants 1 F start 2010-11-15, 2 M 2010-12-31, 3 F 2011-01-01, 4 F 2011-02-10,
/// 5 M 2011-03-31, 6 M 2011-05-05, 7 F 2011-07-01, 8 M never started, 9 F 2011-02-01 with
/// incomplete data; quarters as periods 1–3). Course 1 "Integracja" (integration) has 1–9
/// enrolled on 2010-10-15.
///
/// Instrument 1 "Postawy" (questionnaire, scale attitude, minimal change 2), items in order:
///   1 scale 1–5, 2 scale 1–5 reversed, 3 yes/no, 4 yes/no reversed: score = a1 + (6 − a2) + a3 +
///   (1 − a4), from 2 to 12.
/// Instrument 2 "Test" (test, scale knowledge, minimal change 1): three questions with answers
///   a–c, right: b, a, c.
struct SurveyTestData {
    qint64 course = 1;
    qint64 attitude = 0;
    qint64 test = 0;
    QList<qint64> attitudeItems;
    QList<qint64> testItems;
};
SurveyTestData fillSurveyTestData(core::Database& db);

/// A round of `instrument` given to course 1 on `date` (ISO), kind "entry", "exit" or
/// "follow_up" (then compared with `entryRound`), with the participants given as respondents,
/// each with the code "K<id>". Returns its id.
qint64 addSurveyRound(core::Database& db, qint64 instrument, const char* kind, const char* date,
                      const QList<qint64>& respondents, qint64 entryRound = 0);

/// A form: the answers to `items` in order; -1 leaves an item unanswered.
void answerForm(core::Database& db, qint64 round, qint64 participant, const QList<qint64>& items,
                const QList<int>& values);

/// The scenario of the attitude questionnaire that the indicator, results and command tests
/// share (scores worked out by hand from the answers):
///   entry round E 2010-10-20 (respondents 1–6, 8, 9), exit round X 2011-03-15 (1–9):
///     1 F  4 → 10  improved (+6)
///     2 M  7 →  8  not improved (+1 < 2)
///     3 F  7 →  9  improved (+2, the minimal change exactly)
///     4 F  — → 12  no entry form
///     5 M  7 →  —  exit form without item 1: no score
///     6 M  2 →  8  improved, counted on its start 2011-05-05
///     7 F  (exit respondent only, no form)
///     8 M  2 → 12  improved, but never a participant
///     9 F  2 → 12  improved, but incomplete data
///   a follow-up F 2011-06-01 compared with E: 2 M 12 (+5, follow-ups do not count);
///   rounds before the project: E0 2010-09-01, X0 2010-09-30: 2 M 2 → 12 (not counted).
struct AttitudeRounds {
    qint64 entry = 0;
    qint64 exit = 0;
    qint64 followUp = 0;
    qint64 earlyEntry = 0;
    qint64 earlyExit = 0;
};
AttitudeRounds addAttitudeRounds(core::Database& db, const SurveyTestData& data);

} // namespace osiedle::test
