#include "support/SurveyTestData.h"

#include "core/storage/Database.h"
#include "support/IndicatorTestData.h"

namespace osiedle::test {

namespace {

qint64 insertItem(core::Database& db, qint64 instrument, int position, const char* kind, const char* scale,
                  bool reversed, const char* options = "", std::optional<qint64> correct = std::nullopt)
{
    core::Statement st = db.prepare("INSERT INTO instrument_item (instrument_id, position, text, kind, scale_id, "
                                    "reversed, options, correct) VALUES (?, ?, ?, ?, (SELECT id FROM survey_scale "
                                    "WHERE key = ?), ?, ?, ?)");
    st.bind(1, instrument)
        .bind(2, position)
        .bind(3, QStringLiteral("Pytanie %1").arg(position))
        .bind(4, kind)
        .bind(5, scale)
        .bind(6, reversed)
        .bind(7, options)
        .bind(8, correct);
    st.exec();
    return db.lastInsertId();
}

} // namespace

SurveyTestData fillSurveyTestData(core::Database& db)
{
    fillIndicatorTestData(db);
    SurveyTestData data;
    db.exec("INSERT INTO course (id, support_form_id, name, planned_minutes) VALUES "
            "(1, (SELECT id FROM support_form WHERE kind = 'integration'), 'Integracja', 600)");
    db.exec("INSERT INTO enrolment (course_id, participant_id, enrolled_on) "
            "SELECT 1, id, '2010-10-15' FROM participant");
    db.exec("INSERT INTO instrument (id, name, kind) VALUES (1, 'Postawy', 'questionnaire'), (2, 'Test', 'test')");
    data.attitude = 1;
    data.test = 2;
    data.attitudeItems << insertItem(db, 1, 1, "likert", "attitude", false)
                       << insertItem(db, 1, 2, "likert", "attitude", true)
                       << insertItem(db, 1, 3, "yes_no", "attitude", false)
                       << insertItem(db, 1, 4, "yes_no", "attitude", true);
    data.testItems << insertItem(db, 2, 1, "choice", "knowledge", false, "a\nb\nc", 2)
                   << insertItem(db, 2, 2, "choice", "knowledge", false, "a\nb\nc", 1)
                   << insertItem(db, 2, 3, "choice", "knowledge", false, "a\nb\nc", 3);
    db.exec("INSERT INTO instrument_scale (instrument_id, scale_id, min_change) VALUES "
            "(1, (SELECT id FROM survey_scale WHERE key = 'attitude'), 2), "
            "(2, (SELECT id FROM survey_scale WHERE key = 'knowledge'), 1)");
    return data;
}

qint64 addSurveyRound(core::Database& db, qint64 instrument, const char* kind, const char* date,
                      const QList<qint64>& respondents, qint64 entryRound)
{
    core::Statement st = db.prepare("INSERT INTO survey_round (instrument_id, kind, date, course_id, entry_round_id) "
                                    "VALUES (?, ?, ?, 1, ?)");
    st.bind(1, instrument)
        .bind(2, kind)
        .bind(3, QString::fromLatin1(date))
        .bind(4, entryRound > 0 ? std::optional<qint64>(entryRound) : std::nullopt);
    st.exec();
    const qint64 round = db.lastInsertId();
    core::Statement who = db.prepare("INSERT INTO survey_respondent (round_id, participant_id, code) VALUES (?, ?, ?)");
    for (const qint64 p : respondents) {
        who.bind(1, round).bind(2, p).bind(3, QStringLiteral("K%1").arg(p));
        who.exec();
        who.reset();
    }
    return round;
}

void answerForm(core::Database& db, qint64 round, qint64 participant, const QList<qint64>& items,
                const QList<int>& values)
{
    core::Statement st =
        db.prepare("INSERT INTO survey_answer (round_id, participant_id, item_id, value) VALUES (?, ?, ?, ?)");
    for (int i = 0; i < items.size() && i < values.size(); ++i) {
        if (values[i] >= 0) {
            st.bind(1, round).bind(2, participant).bind(3, items[i]).bind(4, values[i]);
            st.exec();
            st.reset();
        }
    }
}

AttitudeRounds addAttitudeRounds(core::Database& db, const SurveyTestData& data)
{
    AttitudeRounds r;
    const QList<qint64>& items = data.attitudeItems;
    r.entry = addSurveyRound(db, data.attitude, "entry", "2010-10-20", {1, 2, 3, 4, 5, 6, 8, 9});
    r.exit = addSurveyRound(db, data.attitude, "exit", "2011-03-15", {1, 2, 3, 4, 5, 6, 7, 8, 9}, r.entry);
    // score = a1 + (6 - a2) + a3 + (1 - a4)
    answerForm(db, r.entry, 1, items, {2, 4, 0, 1}); // 2 + 2 + 0 + 0 = 4
    answerForm(db, r.exit, 1, items, {4, 2, 1, 0});  // 4 + 4 + 1 + 1 = 10
    answerForm(db, r.entry, 2, items, {3, 3, 0, 0}); // 3 + 3 + 0 + 1 = 7
    answerForm(db, r.exit, 2, items, {4, 3, 0, 0});  // 4 + 3 + 0 + 1 = 8
    answerForm(db, r.entry, 3, items, {3, 3, 0, 0}); // 7
    answerForm(db, r.exit, 3, items, {4, 2, 0, 0});  // 4 + 4 + 0 + 1 = 9
    answerForm(db, r.exit, 4, items, {5, 1, 1, 0});  // 5 + 5 + 1 + 1 = 12
    answerForm(db, r.entry, 5, items, {2, 2, 0, 0}); // 2 + 4 + 0 + 1 = 7
    answerForm(db, r.exit, 5, items, {-1, 1, 1, 0}); // item 1 not answered
    answerForm(db, r.entry, 6, items, {1, 5, 0, 1}); // 1 + 1 + 0 + 0 = 2
    answerForm(db, r.exit, 6, items, {3, 3, 1, 0});  // 3 + 3 + 1 + 1 = 8
    answerForm(db, r.entry, 8, items, {1, 5, 0, 1}); // 2
    answerForm(db, r.exit, 8, items, {5, 1, 1, 0});  // 12
    answerForm(db, r.entry, 9, items, {1, 5, 0, 1}); // 2
    answerForm(db, r.exit, 9, items, {5, 1, 1, 0});  // 12
    r.followUp = addSurveyRound(db, data.attitude, "follow_up", "2011-06-01", {2}, r.entry);
    answerForm(db, r.followUp, 2, items, {5, 1, 1, 0}); // 12
    r.earlyEntry = addSurveyRound(db, data.attitude, "entry", "2010-09-01", {2});
    r.earlyExit = addSurveyRound(db, data.attitude, "exit", "2010-09-30", {2}, r.earlyEntry);
    answerForm(db, r.earlyEntry, 2, items, {1, 5, 0, 1}); // 2
    answerForm(db, r.earlyExit, 2, items, {5, 1, 1, 0});  // 12
    return r;
}

} // namespace osiedle::test
