#include "core/services/RecruitmentService.h"

#include "core/services/ChangeNotifier.h"
#include "core/services/HousingCoopService.h"
#include "core/services/ParticipantService.h"
#include "core/storage/Database.h"
#include "support/QtStringMakers.h"
#include "support/RecruitmentBuilders.h"
#include "support/TempProject.h"

using namespace osiedle;
using core::RecruitmentService;
using S = core::RecruitmentStatus;

namespace {

struct Fixture {
    test::TempProject project;
    core::ChangeNotifier changes;
    core::HousingCoopService coops{project.db(), changes};
    core::ParticipantService participants{project.db(), changes};
    RecruitmentService recruitment{project.db(), changes};
    qint64 coopId = 0;
    const QDate day{2011, 3, 10};

    Fixture() { coopId = coops.create(test::aHousingCoop()).value(); }

    qint64 add(const QString& pesel, core::Money arrears = core::Money::fromZloty(2500))
    {
        core::Participant p = test::aParticipant(pesel);
        p.housingCoopId = coopId;
        p.arrearsAtEntry = arrears;
        return participants.create(p).value();
    }
    S status(qint64 id) { return participants.find(id)->status; }
};

} // namespace

TEST_CASE("Pipeline: allowed transitions", "[recruitment]")
{
    const auto [from, to, ok] = GENERATE(table<S, S, bool>({
        {S::Candidate, S::Eligible, true},
        {S::Candidate, S::NotEligible, true},
        {S::Candidate, S::Qualified, false},
        {S::Candidate, S::Scored, false},
        {S::NotEligible, S::Eligible, true},
        {S::NotEligible, S::Qualified, false},
        {S::Eligible, S::Scored, true},
        {S::Eligible, S::Qualified, false},
        {S::Scored, S::Qualified, true},
        {S::Scored, S::Reserve, true},
        {S::Scored, S::Rejected, true},
        {S::Reserve, S::Qualified, true},
        {S::Reserve, S::Resigned, true},
        {S::Qualified, S::Resigned, true},
        {S::Qualified, S::Reserve, false},
        {S::Rejected, S::Qualified, false},
        {S::Resigned, S::Qualified, false},
    }));
    INFO(core::key(from).toStdString() << " -> " << core::key(to).toStdString());
    CHECK(RecruitmentService::allowed(from, to) == ok);
}

TEST_CASE("Pipeline: candidate to qualified, with refused moves explained", "[recruitment]")
{
    Fixture f;
    const qint64 id = f.add(QStringLiteral("44051401359"));
    auto early = f.recruitment.qualify(id, f.day);
    REQUIRE(!early.ok());
    CHECK(early.error().message ==
          QStringLiteral("Kowalski Jan is \"Candidate\" and cannot be moved to \"Qualified\"."));
    CHECK(f.recruitment.assess(id, f.day).value() == S::Eligible);
    CHECK(f.recruitment.scoreCandidate(id, f.day).value() == 3 + 2 + 2); // arrears 2 500 zł, long-term unemployed
    REQUIRE(f.recruitment.qualify(id, f.day).ok());
    CHECK(f.status(id) == S::Qualified);
    CHECK(f.recruitment.resign(id, f.day, QString()).error().message ==
          QStringLiteral("Give the reason why Kowalski Jan is resigned."));
    REQUIRE(f.recruitment.resign(id, f.day, QStringLiteral("found a job")).ok());
    CHECK(f.participants.find(id)->statusReason == QStringLiteral("found a job"));
}

TEST_CASE("Pipeline: not eligible lists the unmet criteria", "[recruitment]")
{
    Fixture f;
    core::Participant p = test::aParticipant();
    p.arrearsAtEntry = core::Money();
    p.labourStatus = core::LabourStatus::Employed;
    const qint64 id = f.participants.create(p).value();
    CHECK(f.recruitment.assess(id, f.day).value() == S::NotEligible);
    CHECK(f.participants.find(id)->unmetCriteria ==
          QStringLiteral("not a tenant of a housing cooperative of the project\n"
                         "neither in rent arrears nor at risk of eviction\n"
                         "employed (the project admits unemployed or inactive people)"));
    // corrected data, assessed again
    p = *f.participants.find(id);
    p.housingCoopId = f.coopId;
    p.evictionRisk = true;
    p.labourStatus = core::LabourStatus::Inactive;
    REQUIRE(f.participants.update(p).ok());
    CHECK(f.recruitment.assess(id, f.day).value() == S::Eligible);
    CHECK(f.participants.find(id)->unmetCriteria.isEmpty());
}

TEST_CASE("Reserve list by score and qualifying the next from it", "[recruitment]")
{
    Fixture f;
    const qint64 low = f.add(QStringLiteral("44051401359"), core::Money::fromZloty(100));
    const qint64 high = f.add(QStringLiteral("44051401458"), core::Money::fromZloty(4000));
    for (const qint64 id : {low, high}) {
        REQUIRE(f.recruitment.assess(id, f.day).ok());
        REQUIRE(f.recruitment.scoreCandidate(id, f.day).ok());
        REQUIRE(f.recruitment.putOnReserve(id, f.day).ok());
    }
    const auto reserve = f.participants.repository().listByStatus(S::Reserve);
    REQUIRE(reserve.size() == 2);
    CHECK(reserve[0].id == high);
    CHECK(reserve[0].score > reserve[1].score);
    CHECK(f.recruitment.qualifyNextFromReserve(f.day).value() == high);
    CHECK(f.status(high) == S::Qualified);
    CHECK(f.recruitment.qualifyNextFromReserve(f.day).value() == low);
    CHECK(f.recruitment.qualifyNextFromReserve(f.day).error().message == QStringLiteral("The reserve list is empty."));
}

TEST_CASE("Score weights live in the settings table", "[recruitment]")
{
    Fixture f;
    CHECK(f.recruitment.scoreWeights() == core::ScoreWeights{});
    core::ScoreWeights w;
    w.evictionRisk = 10;
    w.arrearsPer1000 = 0;
    REQUIRE(f.recruitment.setScoreWeights(w).ok());
    CHECK(f.recruitment.scoreWeights() == w);
    CHECK(f.project.db().scalar("SELECT value FROM setting WHERE key = 'recruitment.weight.eviction_risk'") == 10);
    w.referral = -1;
    CHECK(!f.recruitment.setScoreWeights(w).ok());
}

TEST_CASE("Score weights are validated, and new weights re-score the scored and the reserve list", "[recruitment]")
{
    Fixture f;
    const qint64 scored = f.add(QStringLiteral("44051401359"), core::Money::fromZloty(2500));
    const qint64 reserve = f.add(QStringLiteral("44051401458"), core::Money::fromZloty(500));
    const qint64 qualified = f.add(QStringLiteral("02211307589"), core::Money::fromZloty(3000));
    for (const qint64 id : {scored, reserve, qualified}) {
        REQUIRE(f.recruitment.assess(id, f.day).ok());
        REQUIRE(f.recruitment.scoreCandidate(id, f.day).ok());
    }
    REQUIRE(f.recruitment.putOnReserve(reserve, f.day).ok());
    REQUIRE(f.recruitment.qualify(qualified, f.day).ok());
    auto scoreOf = [&f](qint64 id) { return f.participants.find(id)->score; };
    // defaults: arrears 3 + 1 per full 1 000 zł, long-term unemployed 2
    CHECK(scoreOf(scored) == 3 + 2 + 2);
    CHECK(scoreOf(reserve) == 3 + 0 + 2);
    CHECK(scoreOf(qualified) == 3 + 3 + 2);

    core::ScoreWeights zero{0, 0, 0, 0, 0, 0};
    const auto noPoints = RecruitmentService::validate(zero);
    REQUIRE(noPoints.size() == 1);
    CHECK(noPoints[0].field == QString());
    CHECK(noPoints[0].message ==
          QStringLiteral("At least one criterion must give points, or every candidate scores 0."));
    core::ScoreWeights tooMany;
    tooMany.evictionRisk = 101;
    const auto range = RecruitmentService::validate(tooMany);
    REQUIRE(range.size() == 1);
    CHECK(range[0].field == QStringLiteral("eviction_risk"));
    CHECK(range[0].message ==
          QStringLiteral("The points of \"At risk of eviction\" must be between 0 and 100; 101 is not."));
    CHECK(!f.recruitment.setScoreWeights(zero).ok());
    CHECK(f.recruitment.scoreWeights() == core::ScoreWeights{});
    CHECK(RecruitmentService::scoreCriteria().size() == 6);

    const auto before = f.recruitment.currentScores();
    REQUIRE(before.ok());
    CHECK(*before == QHash<qint64, int>{{scored, 7}, {reserve, 5}}); // not the qualified one

    core::ScoreWeights w;
    w.arrears = 10;
    w.arrearsPer1000 = 0;
    w.longTermUnemployed = 1;
    const auto rescored = f.recruitment.setScoreWeights(w);
    REQUIRE(rescored.ok());
    CHECK(*rescored == 2);
    CHECK(scoreOf(scored) == 11);
    CHECK(scoreOf(reserve) == 11);
    CHECK(scoreOf(qualified) == 8); // a decision already taken keeps its score

    REQUIRE(f.recruitment.restoreScoreWeights(core::ScoreWeights{}, *before).ok());
    CHECK(f.recruitment.scoreWeights() == core::ScoreWeights{});
    CHECK(scoreOf(scored) == 7);
    CHECK(scoreOf(reserve) == 5);
}

TEST_CASE("A recruitment decision cannot be dated before the recruitment nor the previous decision", "[recruitment]")
{
    Fixture f;
    const qint64 id = f.add(QStringLiteral("44051401359")); // recruited 01.03.2011
    const auto early = f.recruitment.assess(id, QDate(2011, 2, 28));
    REQUIRE(!early.ok());
    CHECK(early.error().message ==
          QStringLiteral(
              "The decision on Kowalski Jan cannot be dated 28.02.2011, before the recruitment on 01.03.2011."));
    CHECK(f.status(id) == S::Candidate);
    REQUIRE(f.recruitment.assess(id, QDate(2011, 3, 1)).ok()); // the same day is fine
    REQUIRE(f.recruitment.scoreCandidate(id, QDate(2011, 3, 2)).ok());
    CHECK(!f.recruitment.qualify(id, QDate(2010, 12, 31)).ok());
    CHECK(f.status(id) == S::Scored);
    const auto beforeScoring = f.recruitment.qualify(id, QDate(2011, 3, 1)); // scored on 02.03.2011
    REQUIRE(!beforeScoring.ok());
    CHECK(beforeScoring.error().message ==
          QStringLiteral("The decision on Kowalski Jan cannot be dated 01.03.2011, before the previous decision on "
                         "02.03.2011."));
    CHECK(f.status(id) == S::Scored);
    REQUIRE(f.recruitment.qualify(id, QDate(2011, 3, 15)).ok());
    CHECK(f.participants.find(id)->statusOn == QDate(2011, 3, 15));
}
