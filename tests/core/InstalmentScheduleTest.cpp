#include "core/domain/InstalmentSchedule.h"
#include "support/QtStringMakers.h"
#include "tests/core/DebtTestData.h"

using namespace osiedle;
using core::InstalmentSchedule;
using core::Money;
using core::PlanStanding;
using test::d;
using test::zl;

namespace {

// 3 instalments of 100 zł due 10 March, 10 April, 10 May 2012; signed 1 March.
InstalmentSchedule plan(QList<core::Repayment> payments)
{
    return InstalmentSchedule(d("2012-03-01"), InstalmentSchedule::equalInstalments(zl(300), 3, d("2012-03-10")),
                              std::move(payments));
}

} // namespace

TEST_CASE("Equal instalments put the remainder on the last and fall on the same day each month",
          "[debts][instalments]")
{
    const auto list = InstalmentSchedule::equalInstalments(zl(1000), 12, d("2012-01-31"));
    REQUIRE(list.size() == 12);
    CHECK(list[0].amount == Money::fromGrosze(8333));
    CHECK(list[11].amount == Money::fromGrosze(100000 - 11 * 8333));
    CHECK(list[1].dueOn == d("2012-02-29"));
    CHECK(list[2].dueOn == d("2012-03-31"));
    Money sum;
    for (const auto& i : list) {
        sum += i.amount;
    }
    CHECK(sum == zl(1000));
    CHECK(InstalmentSchedule::problems(d("2012-01-01"), zl(1000), list).isEmpty());
    CHECK_FALSE(InstalmentSchedule::problems(d("2012-01-01"), zl(999), list).isEmpty());
    CHECK_FALSE(InstalmentSchedule::problems(d("2012-02-15"), zl(1000), list).isEmpty()); // first due before signing
}

TEST_CASE("Payments are applied to the oldest instalment first", "[debts][instalments]")
{
    SECTION("partial payments add up on one instalment before the next")
    {
        const auto s = plan({{d("2012-03-05"), zl(60)}, {d("2012-03-20"), zl(70)}});
        const auto states = s.on(d("2012-04-01"));
        CHECK(states[0].paid == zl(100));
        CHECK(states[0].paidOn == d("2012-03-20"));
        CHECK_FALSE(states[0].overdue);
        CHECK(states[1].paid == zl(30));
        CHECK(states[2].paid == zl(0));
        CHECK(s.standing(d("2012-04-01")) == PlanStanding::OnTrack);
        // on 11 April the second instalment is 70 zł short and one day overdue
        const auto later = s.on(d("2012-04-11"));
        CHECK(later[1].overdue);
        CHECK(later[1].daysOverdue == 1);
        CHECK(later[1].outstanding() == zl(70));
        CHECK(s.overdueAmount(d("2012-04-11")) == zl(70));
    }
    SECTION("a late payment on the first overdue day clears it on that day")
    {
        const auto s = plan({{d("2012-03-11"), zl(100)}});
        CHECK(s.daysOverdue(d("2012-03-10")) == 0); // due today: not overdue yet
        CHECK(s.daysOverdue(d("2012-03-11")) == 0);
        CHECK(plan({}).daysOverdue(d("2012-03-11")) == 1);
    }
    SECTION("an overpayment covers the next instalments and beyond the total is a surplus")
    {
        const auto s = plan({{d("2012-03-02"), zl(250)}});
        const auto states = s.on(d("2012-05-01"));
        CHECK(states[0].paid == zl(100));
        CHECK(states[1].paid == zl(100));
        CHECK(states[1].paidOn == d("2012-03-02"));
        CHECK(states[2].paid == zl(50));
        CHECK(s.standing(d("2012-05-01")) == PlanStanding::OnTrack);
        CHECK(s.surplus(d("2012-05-01")) == zl(0));
        const auto more = plan({{d("2012-03-02"), zl(350)}});
        CHECK(more.surplus(d("2012-03-02")) == zl(50));
        CHECK(more.standing(d("2012-03-02")) == PlanStanding::Paid);
    }
    SECTION("payments before the signing do not count; one on the signing day does")
    {
        const auto s = plan({{d("2012-02-28"), zl(300)}, {d("2012-03-01"), zl(40)}});
        CHECK(s.paidBy(d("2012-12-31")) == zl(40));
        const auto states = s.on(d("2012-03-11"));
        CHECK(states[0].paid == zl(40));
        CHECK(states[0].overdue);
    }
    SECTION("payments after the date asked do not count yet")
    {
        const auto s = plan({{d("2012-03-30"), zl(100)}});
        CHECK(s.on(d("2012-03-20"))[0].overdue);
        CHECK_FALSE(s.on(d("2012-03-30"))[0].overdue);
    }
}

TEST_CASE("A plan is kept while nothing is more than 30 days overdue", "[debts][instalments]")
{
    const auto s = plan({});
    // due 10 March: 30 days late on 9 April, 31 days on 10 April
    CHECK(s.daysOverdue(d("2012-04-09")) == 30);
    CHECK(s.kept(d("2012-04-09")));
    CHECK(s.standing(d("2012-04-09")) == PlanStanding::Overdue);
    CHECK(s.daysOverdue(d("2012-04-10")) == 31);
    CHECK_FALSE(s.kept(d("2012-04-10")));
    CHECK(s.standing(d("2012-04-10")) == PlanStanding::NotKept);
    CHECK(s.standing(d("2012-03-10")) == PlanStanding::OnTrack);
    // paying the first instalment late brings it back: the second is not yet due
    const auto paid = plan({{d("2012-04-09"), zl(100)}});
    CHECK(paid.standing(d("2012-04-10")) == PlanStanding::OnTrack);
}
