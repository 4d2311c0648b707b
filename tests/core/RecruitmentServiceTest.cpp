#include "core/services/ChangeNotifier.h"
#include "core/services/HousingCoopService.h"
#include "core/services/ParticipantService.h"
#include "core/services/RecruitmentService.h"
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
        {S::Candidate, S::Eligible, true},     {S::Candidate, S::NotEligible, true},
        {S::Candidate, S::Qualified, false},   {S::Candidate, S::Scored, false},
        {S::NotEligible, S::Eligible, true},   {S::NotEligible, S::Qualified, false},
        {S::Eligible, S::Scored, true},        {S::Eligible, S::Qualified, false},
        {S::Scored, S::Qualified, true},       {S::Scored, S::Reserve, true},
        {S::Scored, S::Rejected, true},        {S::Reserve, S::Qualified, true},
        {S::Reserve, S::Resigned, true},       {S::Qualified, S::Resigned, true},
        {S::Qualified, S::Reserve, false},     {S::Rejected, S::Qualified, false},
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
    CHECK(early.error().message == QStringLiteral("Kowalski Jan is \"Candidate\" and cannot be moved to \"Qualified\"."));
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
