// The indicators "participants whose <scale> improved" (IndicatorRules): participants only,
// complete data only, once, on the later of the exit round's date and the participation start,
// nothing dated before the project start, follow-up rounds not counted. The scenario and its
// scores are in support/SurveyTestData.h.

#include "core/indicators/IndicatorCalculator.h"
#include "core/indicators/IndicatorRules.h"
#include "core/services/SurveyScaleService.h"
#include "core/storage/Database.h"
#include "support/IndicatorStringMakers.h"
#include "support/QtStringMakers.h"
#include "support/SurveyTestData.h"
#include "support/TempProject.h"

using namespace osiedle;
using core::IndicatorValue;

namespace {

IndicatorValue okm(qint64 women, qint64 men)
{
    return IndicatorValue::bySex(women, men);
}

IndicatorValue at(core::Database& db, const QString& code, const char* iso)
{
    core::IndicatorCalculator calculator(db);
    const auto value = calculator.cumulativeAt(code, QDate::fromString(QString::fromLatin1(iso), Qt::ISODate));
    REQUIRE(value.has_value());
    return *value;
}

const QString attitude = QStringLiteral("IMPROVED_ATTITUDE");

} // namespace

TEST_CASE("Improved attitudes count participants with complete data once, on the later of exit and start",
          "[indicators][surveys]")
{
    test::TempProject project;
    core::Database& db = project.db();
    const auto data = test::fillSurveyTestData(db);
    test::addAttitudeRounds(db, data);

    // Nothing before the exit round; the improvement of 2 in the rounds before the project and
    // in the follow-up never counts.
    CHECK(at(db, attitude, "2010-12-31") == okm(0, 0));
    CHECK(at(db, attitude, "2011-03-14") == okm(0, 0));
    // 1 F (+6) and 3 F (+2, the minimal change) on the exit date; 2 M rose by 1 only; 4 F has no
    // entry form, 5 M no score at exit; 8 M is no participant, 9 F has incomplete data.
    CHECK(at(db, attitude, "2011-03-15") == okm(2, 0));
    // 6 M improved too, but counts only from his start on 2011-05-05.
    CHECK(at(db, attitude, "2011-05-04") == okm(2, 0));
    CHECK(at(db, attitude, "2011-05-05") == okm(2, 1));
    CHECK(at(db, attitude, "2013-06-30") == okm(2, 1));

    core::IndicatorCalculator calculator(db);
    const auto q2 = calculator.compute(QDate(2011, 1, 1), QDate(2011, 3, 31));
    const auto q3 = calculator.compute(QDate(2011, 4, 1), QDate(2011, 6, 30));
    REQUIRE(q2.ok());
    REQUIRE(q3.ok());
    auto row = [](const core::IndicatorReport& report) {
        for (const auto& r : report.rows) {
            if (r.code == QLatin1String("IMPROVED_ATTITUDE")) {
                return r;
            }
        }
        FAIL("no IMPROVED_ATTITUDE row");
        return core::IndicatorReport::Row{};
    };
    CHECK(row(*q2).period == okm(2, 0));
    CHECK(row(*q3).period == okm(0, 1));
    CHECK(row(*q3).cumulative == okm(2, 1));
    CHECK(row(*q3).kind == core::IndicatorKind::Result);
    CHECK(row(*q3).target.total == 80);
    REQUIRE(row(*q3).percentOfTarget.has_value());
    CHECK(*row(*q3).percentOfTarget == Approx(3.8)); // 3 of 80
}

TEST_CASE("The stated minimal change decides who improved, at its edge", "[indicators][surveys]")
{
    test::TempProject project;
    core::Database& db = project.db();
    const auto data = test::fillSurveyTestData(db);
    test::addAttitudeRounds(db, data);
    // 2 M rose by 1: with a minimal change of 1 he counts; with 3, 3 F (+2) no longer does.
    db.exec("UPDATE instrument_scale SET min_change = 1 WHERE instrument_id = 1");
    CHECK(at(db, attitude, "2011-03-15") == okm(2, 1));
    db.exec("UPDATE instrument_scale SET min_change = 3 WHERE instrument_id = 1");
    CHECK(at(db, attitude, "2011-03-15") == okm(1, 0));
    CHECK(at(db, attitude, "2011-05-05") == okm(1, 1));
}

TEST_CASE("A knowledge test counts a blank answer as wrong and needs forms in both rounds", "[indicators][surveys]")
{
    test::TempProject project;
    core::Database& db = project.db();
    const auto data = test::fillSurveyTestData(db);
    const qint64 entry = test::addSurveyRound(db, data.test, "entry", "2011-01-10", {1, 2, 3});
    const qint64 exit = test::addSurveyRound(db, data.test, "exit", "2011-02-20", {1, 2, 3}, entry);
    // Right answers: b (2), a (1), c (3).
    test::answerForm(db, entry, 1, data.testItems, {1, 1, -1}); // 1 right
    test::answerForm(db, exit, 1, data.testItems, {2, 1, -1});  // 2 right: +1, improved
    test::answerForm(db, entry, 2, data.testItems, {2, 2, 3});  // 2 right
    test::answerForm(db, exit, 2, data.testItems, {2, 2, 1});   // 1 right: fell
    test::answerForm(db, exit, 3, data.testItems, {2, 1, 3});   // no entry form
    const QString code = QStringLiteral("IMPROVED_KNOWLEDGE");
    CHECK(at(db, code, "2011-02-19") == okm(0, 0));
    CHECK(at(db, code, "2011-02-20") == okm(1, 0));
    CHECK(at(db, attitude, "2011-02-20") == okm(0, 0)); // another scale
}

TEST_CASE("A scale the office adds gets its own indicator, counted the same way", "[indicators][surveys]")
{
    test::TempProject project;
    core::Database& db = project.db();
    test::fillSurveyTestData(db);
    const auto scale = core::SurveyScaleService(db).add(QStringLiteral("Samodzielność"), true);
    REQUIRE(scale.ok());
    core::Statement code = db.prepare("SELECT indicator_code FROM survey_scale WHERE id = ?");
    code.bind(1, *scale);
    REQUIRE(code.step());
    const QString indicator = code.text(0);
    CHECK(indicator == QStringLiteral("IMPROVED_SCALE_4"));
    CHECK(core::IndicatorRules::find(indicator) == nullptr); // not a rule of the list: made for the file

    db.exec("INSERT INTO instrument (id, name, kind) VALUES (3, 'Samodzielność', 'questionnaire')");
    core::Statement item = db.prepare("INSERT INTO instrument_item (instrument_id, position, text, kind, scale_id) "
                                      "VALUES (3, 1, 'Radzę sobie sam', 'likert', ?)");
    item.bind(1, *scale);
    item.exec();
    const qint64 itemId = db.lastInsertId();
    const qint64 entry = test::addSurveyRound(db, 3, "entry", "2011-01-10", {1, 2});
    const qint64 exit = test::addSurveyRound(db, 3, "exit", "2011-03-01", {1, 2}, entry);
    test::answerForm(db, entry, 1, {itemId}, {2});
    test::answerForm(db, exit, 1, {itemId}, {3}); // +1, the default minimal change
    test::answerForm(db, entry, 2, {itemId}, {4});
    test::answerForm(db, exit, 2, {itemId}, {4});
    CHECK(at(db, indicator, "2011-03-01") == okm(1, 0));

    core::IndicatorCalculator calculator(db);
    const auto report = calculator.compute(QDate(2011, 1, 1), QDate(2011, 3, 31));
    REQUIRE(report.ok());
    CHECK_FALSE(report->notComputed.contains(indicator));
    bool found = false;
    for (const auto& row : report->rows) {
        if (row.code == indicator) {
            found = true;
            CHECK(row.period == okm(1, 0));
            CHECK(row.name == QStringLiteral("Participants who improved on: Samodzielność"));
            CHECK_FALSE(row.target.total.has_value());
        }
    }
    CHECK(found);
}
