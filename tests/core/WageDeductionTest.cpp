#include "core/domain/WageDeduction.h"
#include "core/services/WageDeductionService.h"
#include "core/storage/LedgerRepository.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"
#include "tests/core/DebtTestData.h"

using namespace osiedle;
using core::DeductionKind;
using core::Money;
using core::WageDeduction;
using test::d;
using test::zl;

TEST_CASE("The wage and its share for the arrears are computed in grosze", "[debts][wages]")
{
    CHECK(WageDeduction::wage(90, Money::fromGrosze(1250)) == Money::fromGrosze(1875));
    CHECK(WageDeduction::wage(1, Money::fromGrosze(1000)) == Money::fromGrosze(17)); // 16,67 rounded
    CHECK(WageDeduction::wage(0, Money::fromGrosze(1000)) == Money());
    CHECK(WageDeduction::share(zl(1000), DeductionKind::Percent, 2500) == zl(250));
    CHECK(WageDeduction::share(Money::fromGrosze(333), DeductionKind::Percent, 1000) == Money::fromGrosze(33));
    CHECK(WageDeduction::share(zl(100), DeductionKind::Fixed, 15000) == zl(100)); // never more than the wage
    CHECK(WageDeduction::share(zl(1000), DeductionKind::Fixed, 15000) == zl(150));
    CHECK(WageDeduction::deduction(zl(150), zl(80)) == zl(80)); // never more than owed
    CHECK(WageDeduction::deduction(zl(150), zl(-5)) == Money());
}

TEST_CASE("The monthly wage deduction posts once per account and month", "[debts][wages]")
{
    test::TempProject project;
    test::DebtWorld world(project.db());
    qint64 anna = 0;
    qint64 jan = 0;
    qint64 ewa = 0;
    const qint64 annaAccount = world.tenant("Kowalska", d("2012-01-10"), zl(4000), &anna);
    const qint64 janAccount = world.tenant("Nowak", d("2012-01-10"), zl(100), &jan);
    world.tenant("Zielińska", d("2012-01-10"), zl(900), &ewa);
    world.member(anna, 1250, "percent", 2500, d("2012-02-01"));  // 12,50 zł/h, 25 %
    world.member(jan, 1000, "fixed", 30000, d("2012-02-01"));    // 10,00 zł/h, 300 zł
    world.member(ewa, 1100, "percent", 2000, d("2012-02-01"));   // no hours in March
    for (int day = 1; day <= 10; ++day) {
        world.hours(anna, QDate(2012, 3, day), 450);   // 10 × 7,5 h = 75 h
        world.hours(jan, QDate(2012, 3, day), 480);    // 80 h
    }
    world.hours(anna, d("2012-04-02"), 480); // another month

    core::WageDeductionService service(project.db(), world.changes());
    auto run = service.compute(d("2012-03-01"));
    REQUIRE(run.ok());
    CHECK(run->month == QStringLiteral("2012-03"));
    CHECK(run->postOn == d("2012-03-31"));
    REQUIRE(run->lines.size() == 3);
    const auto& a = run->lines[0];
    CHECK(a.participantName == QStringLiteral("Kowalska Anna"));
    CHECK(a.minutes == 4500);
    CHECK(a.wage == Money::fromGrosze(93750));      // 75 h × 12,50 zł
    CHECK(a.deduction == Money::fromGrosze(23438)); // 25 %, rounded half up
    const auto& j = run->lines[1];
    CHECK(j.wage == zl(800));
    CHECK(j.share == zl(300));
    CHECK(j.deduction == zl(100)); // limited to the arrears
    CHECK(run->lines[2].minutes == 0);
    CHECK_FALSE(run->lines[2].willPost());
    CHECK(run->countToPost() == 2);
    CHECK(run->totalToPost() == Money::fromGrosze(33438));

    auto posted = service.post(*run);
    REQUIRE(posted.ok());
    CHECK(posted->size() == 2);
    core::LedgerRepository ledger(project.db());
    CHECK(ledger.balanceOn(annaAccount, d("2012-03-31")) == Money::fromGrosze(400000 - 23438));
    CHECK(ledger.balanceOn(janAccount, d("2012-03-31")) == Money());
    const auto entry = ledger.wageEntry(annaAccount, QStringLiteral("2012-03"));
    REQUIRE(entry);
    CHECK(entry->kind == core::DebtEntryKind::WagePayment);
    CHECK(entry->amount == Money::fromGrosze(-23438));

    SECTION("running the same month again posts nothing more")
    {
        auto again = service.compute(d("2012-03-15"));
        REQUIRE(again.ok());
        CHECK(again->countToPost() == 0);
        REQUIRE(again->lines[0].alreadyPosted);
        CHECK(*again->lines[0].alreadyPosted == Money::fromGrosze(23438));
        auto second = service.post(*again);
        REQUIRE_FALSE(second.ok());
        CHECK(second.error().message.contains(QStringLiteral("Nothing to post for 2012-03")));
        // posting the old, reviewed run a second time is refused too, and writes nothing
        auto stale = service.post(*run);
        REQUIRE_FALSE(stale.ok());
        CHECK(project.db().scalar("SELECT count(*) FROM debt_entry WHERE kind = 'wage_payment'") == 2);
    }
    SECTION("undo removes what the run posted")
    {
        REQUIRE(service.unpost(*posted).ok());
        CHECK(project.db().scalar("SELECT count(*) FROM debt_entry WHERE kind = 'wage_payment'") == 0);
        CHECK(service.compute(d("2012-03-01"))->countToPost() == 2);
    }
}
