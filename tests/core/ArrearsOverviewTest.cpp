#include "core/services/ArrearsOverview.h"

#include "core/services/InstalmentPlanService.h"
#include "core/services/WageDeductionService.h"
#include "core/storage/InstalmentPlanRepository.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"
#include "tests/core/DebtTestData.h"

using namespace osiedle;
using core::DebtEntryKind;
using core::InstalmentSchedule;
using core::Money;
using test::d;
using test::zl;

namespace {

core::InstalmentPlan twelveInstalments(qint64 account)
{
    core::InstalmentPlan plan;
    plan.accountId = account;
    plan.signedOn = d("2012-03-01");
    plan.total = zl(1200);
    plan.instalments = InstalmentSchedule::equalInstalments(plan.total, 12, d("2012-03-15"));
    return plan;
}

} // namespace

TEST_CASE("Signing an agreement checks its schedule and allows one active plan per account", "[debts][instalments]")
{
    test::TempProject project;
    test::DebtWorld world(project.db());
    const qint64 account = world.tenant("Kowalska", d("2012-01-10"), zl(3000));
    core::InstalmentPlanService plans(project.db(), world.changes());
    auto plan = twelveInstalments(account);
    auto id = plans.sign(plan);
    REQUIRE(id.ok());
    auto stored = core::InstalmentPlanRepository(project.db()).find(*id);
    REQUIRE(stored);
    CHECK(stored->instalments == plan.instalments);
    auto second = plans.sign(plan);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().message.contains(QStringLiteral("already has an active agreement")));
    plan.total = zl(1000);
    CHECK(plans.sign(plan).error().message.contains(QStringLiteral("add up to")));
    REQUIRE(plans.setStatus(*id, core::PlanStatus::Cancelled).ok());
    CHECK(plans.sign(twelveInstalments(account)).ok());
}

TEST_CASE("The tenant's figures and lists agree with the ledger", "[debts][overview]")
{
    test::TempProject project;
    test::DebtWorld world(project.db());
    qint64 anna = 0;
    const qint64 account = world.tenant("Kowalska", d("2012-01-10"), zl(3000), &anna);
    world.tenant("Nowak", d("2012-01-10"), zl(500));
    core::InstalmentPlanService plans(project.db(), world.changes());
    REQUIRE(plans.sign(twelveInstalments(account)).ok()); // 12 × 100 zł from 15 March
    for (int month = 3; month <= 5; ++month) {
        world.post(account, QDate(2012, month, 1), DebtEntryKind::Charge, zl(400));
    }
    world.post(account, d("2012-02-20"), DebtEntryKind::Payment, zl(50)); // before signing: not counted
    world.post(account, d("2012-03-14"), DebtEntryKind::Payment, zl(100));
    world.post(account, d("2012-04-15"), DebtEntryKind::HousingAllowance, zl(100));
    world.member(anna, 1200, "percent", 1000, d("2012-03-01")); // 12 zł/h, 10 %
    for (int day = 1; day <= 20; ++day) {
        world.hours(anna, QDate(2012, 4, day), 240); // 80 h in April
    }
    world.hours(anna, d("2012-05-20"), 240);
    core::WageDeductionService wages(project.db(), world.changes());
    auto april = wages.compute(d("2012-04-01"));
    INFO((april.ok() ? std::string() : april.error().message.toStdString()));
    REQUIRE(april.ok());
    REQUIRE(wages.post(*april).ok()); // 960 zł wage, 96 zł to the arrears

    core::ArrearsOverview overview(project.db());
    const QDate on = d("2012-06-05");
    auto figures = overview.figures(account, on);
    REQUIRE(figures.ok());
    CHECK(figures->atEntry == zl(3000));
    CHECK(figures->balance == zl(3000 + 1200 - 50 - 100 - 100 - 96));
    CHECK(figures->change() == zl(1200 - 50 - 100 - 100 - 96));
    CHECK(figures->monthlyCharge == zl(400));
    CHECK(figures->monthsInArrears == 9);
    CHECK(figures->repaidFromWages == zl(96));
    CHECK(figures->minutesWorked == 84 * 60);

    // paid towards the plan: 100 + 100 + 96 = 296; May's instalment is 4 zł short, 21 days late
    auto atRisk = overview.plansAtRisk(on);
    REQUIRE(atRisk.ok());
    REQUIRE(atRisk->size() == 1);
    CHECK(atRisk->first().daysOverdue == 21);
    CHECK(atRisk->first().overdue == zl(4));
    CHECK(atRisk->first().standing == core::PlanStanding::Overdue);
    CHECK(overview.plansAtRisk(d("2012-05-15"))->isEmpty());

    auto debtors = overview.debtors(on);
    REQUIRE(debtors.ok());
    REQUIRE(debtors->size() == 2);
    CHECK(debtors->at(0).debtor.participantName == QStringLiteral("Kowalska Anna"));
    CHECK(debtors->at(0).debtor.balance == figures->balance);
    CHECK(debtors->at(0).plan == core::PlanStanding::Overdue);
    CHECK(debtors->at(1).plan == std::nullopt);
    CHECK(overview.debtors(on, QStringLiteral("nowak"))->size() == 1);

    // hours fell from 56 h (7 April – 6 May) to 4 h (7 May – 5 June)
    auto warnings = overview.earlyWarnings(on);
    REQUIRE(warnings.ok());
    REQUIRE(warnings->size() == 1);
    CHECK(warnings->first().participantId == anna);
    CHECK(warnings->first().reason == QStringLiteral("hours worked fell from 56\u00A0h to 4\u00A0h"));
}

TEST_CASE("A stored plan is at risk from the first overdue day and not kept after 30 days", "[debts][instalments]")
{
    test::TempProject project;
    test::DebtWorld world(project.db());
    const qint64 account = world.tenant("Kowalska", d("2012-01-10"), zl(3000));
    core::InstalmentPlanService plans(project.db(), world.changes());
    REQUIRE(plans.sign(twelveInstalments(account)).ok());                  // 12 × 100 zł due on the 15th from March
    world.post(account, d("2012-02-29"), DebtEntryKind::Payment, zl(500)); // the day before signing
    world.post(account, d("2012-03-01"), DebtEntryKind::Payment, zl(250)); // the signing day: counts
    core::ArrearsOverview overview(project.db());

    // 250 zł covers March, April and half of May; May is due on the 15th
    CHECK(overview.plansAtRisk(d("2012-05-15"))->isEmpty());
    const auto standing = [&](const char* date) {
        const auto list = overview.plansAtRisk(d(date));
        REQUIRE(list.ok());
        return list->isEmpty() ? std::optional<core::PlanStanding>() : std::optional(list->first().standing);
    };
    const auto [date, expected, days] = GENERATE(table<const char*, std::optional<core::PlanStanding>, int>({
        {"2012-05-15", std::nullopt, 0},
        {"2012-05-16", core::PlanStanding::Overdue, 1},
        {"2012-06-14", core::PlanStanding::Overdue, 30},
        {"2012-06-15", core::PlanStanding::NotKept, 31},
    }));
    INFO(date);
    CHECK(standing(date) == expected);
    const auto debtors = overview.debtors(d(date));
    REQUIRE(debtors.ok());
    REQUIRE(debtors->size() == 1);
    CHECK(debtors->first().plan == expected.value_or(core::PlanStanding::OnTrack));
    CHECK(debtors->first().daysOverdue == days);
    if (days > 0) {
        CHECK(overview.plansAtRisk(d(date))->first().overdue == zl(50)); // June is due on the 15th, not yet overdue
    }

    SECTION("an overpayment covers the next instalments and the plan is on track again")
    {
        world.post(account, d("2012-06-15"), DebtEntryKind::Payment, zl(300)); // May to July and half of August
        CHECK(overview.plansAtRisk(d("2012-06-15"))->isEmpty());
        CHECK(overview.plansAtRisk(d("2012-08-15"))->isEmpty());
        CHECK(overview.plansAtRisk(d("2012-08-16"))->size() == 1);
        auto stored = overview.latestPlan(account);
        REQUIRE(stored.ok());
        const auto schedule = overview.schedule(**stored, d("2012-08-16"));
        REQUIRE(schedule.ok());
        CHECK(schedule->paidBy(d("2012-08-16")) == zl(550)); // the 500 zł before signing does not count
        CHECK(schedule->on(d("2012-08-16"))[5].paid == zl(50));
    }
}
