#include "core/domain/EvictionPath.h"
#include "core/services/EvictionCaseService.h"
#include "core/storage/EvictionCaseRepository.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"
#include "tests/core/DebtTestData.h"

using namespace osiedle;
using core::EvictionPath;
using core::EvictionStage;
using core::EvictionStep;
using test::d;

namespace {

QList<EvictionStep> path(std::initializer_list<EvictionStage> stages)
{
    QList<EvictionStep> steps;
    QDate date = d("2012-01-10");
    for (EvictionStage stage : stages) {
        steps.append({0, stage, date, {}});
        date = date.addDays(20);
    }
    return steps;
}

} // namespace

TEST_CASE("Eviction stages follow the order of the path", "[debts][eviction]")
{
    using S = EvictionStage;
    const QDate later = d("2013-06-01");
    SECTION("allowed steps")
    {
        CHECK(EvictionPath::refusal({}, S::DemandLetter, later, std::nullopt).isEmpty());
        CHECK(EvictionPath::refusal({}, S::InstalmentAgreement, later, std::nullopt).isEmpty());
        CHECK(EvictionPath::refusal(path({S::DemandLetter}), S::Lawsuit, later, std::nullopt).isEmpty());
        CHECK(EvictionPath::refusal(path({S::DemandLetter, S::Lawsuit}), S::Judgment, later, std::nullopt).isEmpty());
        CHECK(EvictionPath::refusal(path({S::DemandLetter, S::Lawsuit, S::Judgment}), S::EvictionOrdered, later, false)
                  .isEmpty());
        CHECK(EvictionPath::refusal(path({S::DemandLetter, S::Lawsuit}), S::Suspended, later, std::nullopt).isEmpty());
        // a suspended case resumes where it was
        CHECK(EvictionPath::refusal(path({S::DemandLetter, S::Lawsuit, S::Suspended}), S::Judgment, later, std::nullopt)
                  .isEmpty());
        CHECK(EvictionPath::refusal(path({S::DemandLetter, S::Suspended}), S::Settled, later, std::nullopt).isEmpty());
    }
    SECTION("refused steps name what is wrong")
    {
        const QString skip = EvictionPath::refusal(path({S::DemandLetter}), S::Judgment, later, std::nullopt);
        CHECK(skip == QStringLiteral("\"Judgment\" cannot follow \"Demand letter\"."));
        CHECK_FALSE(EvictionPath::refusal({}, S::Lawsuit, later, std::nullopt).isEmpty());
        CHECK_FALSE(EvictionPath::refusal({}, S::Suspended, later, std::nullopt).isEmpty());
        CHECK_FALSE(EvictionPath::refusal(path({S::DemandLetter, S::Lawsuit}), S::DemandLetter, later, std::nullopt)
                        .isEmpty());
        CHECK_FALSE(EvictionPath::refusal(path({S::DemandLetter, S::Lawsuit, S::Suspended}), S::Executed, later, true)
                        .isEmpty());
        const QString ended = EvictionPath::refusal(path({S::DemandLetter, S::Settled}), S::Lawsuit, later, std::nullopt);
        CHECK(ended.contains(QStringLiteral("has ended")));
        // the judgment must say whether there is a right to a social flat
        CHECK(EvictionPath::refusal(path({S::DemandLetter, S::Lawsuit, S::Judgment}), S::EvictionOrdered, later,
                                    std::nullopt)
                  .contains(QStringLiteral("social flat")));
        // a stage dated before the previous one
        CHECK(EvictionPath::refusal(path({S::DemandLetter}), S::Lawsuit, d("2011-01-01"), std::nullopt)
                  .contains(QStringLiteral("before the previous stage")));
    }
}

TEST_CASE("Winter protection runs from 1 November to 31 March", "[debts][eviction]")
{
    const auto [date, protectedDay] = GENERATE(table<const char*, bool>({
        {"2012-10-31", false},
        {"2012-11-01", true},
        {"2012-12-24", true},
        {"2013-03-31", true},
        {"2013-04-01", false},
        {"2013-07-15", false},
    }));
    INFO(date);
    CHECK(EvictionPath::inWinterProtection(d(date)) == protectedDay);
    CHECK(EvictionPath::winterNotice(d(date)).isEmpty() == !protectedDay);

    using S = EvictionStage;
    const auto ordered = path({S::DemandLetter, S::Lawsuit, S::Judgment, S::EvictionOrdered});
    // executing in winter is refused without a social flat, allowed into one
    CHECK(EvictionPath::refusal(ordered, S::Executed, d(date), false).isEmpty() == !protectedDay);
    CHECK(EvictionPath::refusal(ordered, S::Executed, d(date), true).isEmpty());
}

TEST_CASE("The eviction case service stores stages in order and refuses the rest", "[debts][eviction]")
{
    test::TempProject project;
    test::DebtWorld world(project.db());
    qint64 participant = 0;
    world.tenant("Lis", d("2012-01-02"), test::zl(5000), &participant);
    core::EvictionCaseService service(project.db(), world.changes());
    core::EvictionCase c;
    c.participantId = participant;
    c.court = QStringLiteral("Sąd Rejonowy dla Warszawy-Mokotowa");
    auto id = service.open(c);
    REQUIRE(id.ok());
    REQUIRE(service.addStage(*id, {0, EvictionStage::DemandLetter, d("2012-02-01"), {}}).ok());
    auto skip = service.addStage(*id, {0, EvictionStage::Executed, d("2012-05-01"), {}});
    REQUIRE_FALSE(skip.ok());
    CHECK(skip.error().message.contains(QStringLiteral("cannot follow")));
    auto lawsuit = service.addStage(*id, {0, EvictionStage::Lawsuit, d("2012-03-01"), {}});
    REQUIRE(lawsuit.ok());
    core::EvictionCaseRepository cases(project.db());
    CHECK(cases.forParticipant(participant)->stage() == EvictionStage::Lawsuit);
    CHECK(cases.currentStages().value(participant) == EvictionStage::Lawsuit);
    // undo removes only the last stage
    CHECK_FALSE(service.removeLastStage(*id, cases.forParticipant(participant)->steps.first().id).ok());
    CHECK(service.removeLastStage(*id, *lawsuit).ok());
    CHECK(cases.forParticipant(participant)->stage() == EvictionStage::DemandLetter);
}
