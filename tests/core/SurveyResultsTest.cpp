// The results of a round (SurveyResults) on the scenario of support/SurveyTestData.h; every
// figure worked out by hand from the answers listed there.

#include "core/services/SurveyResults.h"

#include "core/storage/Database.h"
#include "support/QtStringMakers.h"
#include "support/SurveyTestData.h"
#include "support/TempProject.h"

using namespace osiedle;

namespace {

void checkCount(const core::SexCount& c, int total, int women, int men)
{
    CHECK(c.total == total);
    CHECK(c.women == women);
    CHECK(c.men == men);
}

} // namespace

TEST_CASE("An exit round's results: means, pairs, who improved, split K/M", "[surveys]")
{
    test::TempProject project;
    core::Database& db = project.db();
    const auto data = test::fillSurveyTestData(db);
    const auto rounds = test::addAttitudeRounds(db, data);

    const auto results = core::SurveyResults::forRound(db, rounds.exit);
    REQUIRE(results.ok());
    REQUIRE(results->entryRound.has_value());
    CHECK(results->entryRound->id == rounds.entry);
    CHECK(results->groupName == QStringLiteral("Integracja"));
    REQUIRE(results->summaries.size() == 1);
    const core::ScaleSummary& s = results->summaries.first();
    CHECK(s.scale.key == QStringLiteral("attitude"));
    CHECK(s.minChange == 2);
    CHECK(s.minPoints == 2);
    CHECK(s.maxPoints == 12);
    // Entry: 1 F 4, 2 M 7, 3 F 7, 5 M 7, 6 M 2, 8 M 2, 9 F 2.
    checkCount(s.entryCount, 7, 3, 4);
    CHECK(*s.entryMean.total == Approx(31.0 / 7));
    CHECK(*s.entryMean.women == Approx(13.0 / 3));
    CHECK(*s.entryMean.men == Approx(18.0 / 4));
    // Exit: 1 F 10, 2 M 8, 3 F 9, 4 F 12, 6 M 8, 8 M 12, 9 F 12 (5 M has no score).
    checkCount(s.exitCount, 7, 4, 3);
    CHECK(*s.exitMean.total == Approx(71.0 / 7));
    CHECK(*s.exitMean.women == Approx(43.0 / 4));
    CHECK(*s.exitMean.men == Approx(28.0 / 3));
    // Both: 1, 2, 3, 6, 8, 9; improved by 2 or more: 1 (+6), 3 (+2), 6 (+6), 8 (+10), 9 (+10).
    checkCount(s.paired, 6, 3, 3);
    checkCount(s.improved, 5, 3, 2);
    REQUIRE(s.improvedShare().has_value());
    CHECK(*s.improvedShare() == Approx(500.0 / 6));
    // Distribution by points 2..12: entry 2 ×3, 4 ×1, 7 ×3; exit 8 ×2, 9, 10, 12 ×3.
    CHECK(s.entryDistribution == QList<int>{3, 0, 1, 0, 0, 3, 0, 0, 0, 0, 0});
    CHECK(s.exitDistribution == QList<int>{0, 0, 0, 0, 0, 0, 2, 1, 1, 0, 3});

    // Everybody of either round, by surname; each person's scores and change.
    REQUIRE(results->people.size() == 9);
    const core::PersonResult& first = results->people.first();
    CHECK(first.who.participantId == 1);
    REQUIRE(first.scores.size() == 1);
    CHECK(first.scores.first().entry == 4);
    CHECK(first.scores.first().exit == 10);
    CHECK(first.scores.first().change() == 6);
    CHECK(first.scores.first().improved);

    // Who cannot be compared, and why.
    QStringList why;
    for (const core::NotCounted& n : results->notCounted) {
        why << QStringLiteral("%1: %2").arg(n.who.participantId).arg(core::SurveyResults::reasonText(n));
    }
    CHECK(why == QStringList{QStringLiteral("4: no entry form"),
                             QStringLiteral("5: Postawy przedsiębiorcze, exit: items 1 not answered"),
                             QStringLiteral("7: no form in either round")});
}

TEST_CASE("An entry round's results are its scores alone", "[surveys]")
{
    test::TempProject project;
    core::Database& db = project.db();
    const auto data = test::fillSurveyTestData(db);
    const auto rounds = test::addAttitudeRounds(db, data);
    const auto results = core::SurveyResults::forRound(db, rounds.entry);
    REQUIRE(results.ok());
    CHECK_FALSE(results->entryRound.has_value());
    checkCount(results->summaries.first().entryCount, 7, 3, 4);
    checkCount(results->summaries.first().paired, 0, 0, 0);
    CHECK(results->notCounted.isEmpty());
    CHECK_FALSE(core::SurveyResults::forRound(db, 999).ok());
}

TEST_CASE("Results per course and OSS list every exit round per scale", "[surveys]")
{
    test::TempProject project;
    core::Database& db = project.db();
    const auto data = test::fillSurveyTestData(db);
    test::addAttitudeRounds(db, data);
    const auto rows = core::SurveyResults::byGroup(db);
    REQUIRE(rows.ok());
    // The exit round of 2011-03-15 and the one before the project (2010-09-30), latest first.
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(0).date == QDate(2011, 3, 15));
    CHECK(rows->at(0).groupName == QStringLiteral("Integracja"));
    CHECK_FALSE(rows->at(0).socialCoop);
    checkCount(rows->at(0).improved, 5, 3, 2);
    CHECK(rows->at(1).date == QDate(2010, 9, 30));
    checkCount(rows->at(1).improved, 1, 0, 1);
}
