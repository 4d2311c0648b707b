#include "core/domain/PeriodPlan.h"

#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace osiedle;
using core::PeriodPlan;
using core::ReportingPeriod;

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

ReportingPeriod period(qint64 id, int number, const char* from, const char* to, bool locked = false)
{
    ReportingPeriod p;
    p.id = id;
    p.number = number;
    p.from = day(from);
    p.to = day(to);
    p.locked = locked;
    p.claimNumber = QStringLiteral("claim %1").arg(number);
    return p;
}

const QDate projectStart(2010, 10, 1);
const QDate projectEnd(2013, 6, 30);

/// The project 01.10.2010 – 30.06.2013 in calendar quarters: 2010 Q4 … 2013 Q2, ids 1..11.
QList<ReportingPeriod> elevenQuarters(int lockedUpTo = 0)
{
    QList<ReportingPeriod> periods;
    QDate from = day("2010-10-01");
    for (int n = 1; n <= 11; ++n) {
        const QDate to = from.addMonths(3).addDays(-1);
        ReportingPeriod p = period(n, n, "2000-01-01", "2000-01-01", n <= lockedUpTo);
        p.from = from;
        p.to = to;
        periods << p;
        from = to.addDays(1);
    }
    return periods;
}

} // namespace

TEST_CASE("Period spans follow the calendar when their length divides a year", "[periods]")
{
    const auto quarters = PeriodPlan::spans(day("2010-11-15"), day("2011-08-10"), 3);
    REQUIRE(quarters.size() == 4);
    CHECK(quarters[0] == std::pair(day("2010-11-15"), day("2010-12-31")));
    CHECK(quarters[1] == std::pair(day("2011-01-01"), day("2011-03-31")));
    CHECK(quarters[3] == std::pair(day("2011-07-01"), day("2011-08-10")));

    const auto halves = PeriodPlan::spans(day("2010-10-01"), day("2011-12-31"), 6);
    REQUIRE(halves.size() == 3);
    CHECK(halves[0] == std::pair(day("2010-10-01"), day("2010-12-31")));
    CHECK(halves[1] == std::pair(day("2011-01-01"), day("2011-06-30")));
    CHECK(halves[2] == std::pair(day("2011-07-01"), day("2011-12-31")));

    // Five months do not divide a year: they run on from the first day.
    const auto fives = PeriodPlan::spans(day("2011-02-15"), day("2011-12-31"), 5);
    REQUIRE(fives.size() == 3);
    CHECK(fives[0] == std::pair(day("2011-02-15"), day("2011-07-14")));
    CHECK(fives[1] == std::pair(day("2011-07-15"), day("2011-12-14")));
    CHECK(fives[2] == std::pair(day("2011-12-15"), day("2011-12-31")));

    CHECK(PeriodPlan::spans(day("2012-01-01"), day("2011-01-01"), 3).isEmpty());
    CHECK(PeriodPlan::spans(day("2012-01-01"), day("2012-01-01"), 3).size() == 1);
}

TEST_CASE("Fitting periods to later project dates removes, cuts and adds, numbering them anew", "[periods]")
{
    // The project now runs 15.11.2010 – 30.09.2013: Q4 2010 is cut, Q3 2013 is added.
    const auto plan = PeriodPlan::fit(elevenQuarters(), projectStart, projectEnd, day("2010-11-15"), day("2013-09-30"));
    REQUIRE(plan.ok());
    REQUIRE(plan->periods.size() == 12);
    CHECK(plan->removed.isEmpty());
    REQUIRE(plan->changed.size() == 1);
    CHECK(plan->changed[0].first.from == day("2010-10-01"));
    CHECK(plan->changed[0].second.from == day("2010-11-15"));
    CHECK(plan->changed[0].second.claimNumber == QStringLiteral("claim 1")); // notes stay with the period
    REQUIRE(plan->added.size() == 1);
    CHECK(plan->added[0].number == 12);
    CHECK(plan->added[0].from == day("2013-07-01"));
    CHECK(plan->added[0].to == day("2013-09-30"));
}

TEST_CASE("Fitting to a shorter project removes the periods outside it", "[periods]")
{
    // Ends 31.12.2012: the two quarters of 2013 go.
    const auto plan =
        PeriodPlan::fit(elevenQuarters(3), projectStart, projectEnd, day("2010-10-01"), day("2012-12-31"));
    REQUIRE(plan.ok());
    CHECK(plan->periods.size() == 9);
    REQUIRE(plan->removed.size() == 2);
    CHECK(plan->removed[0].number == 10);
    CHECK(plan->removed[1].number == 11);
    CHECK(plan->changed.isEmpty());
    CHECK(plan->added.isEmpty());
}

TEST_CASE("An earlier start adds periods before and renumbers, unless a locked period would move", "[periods]")
{
    SECTION("open periods are renumbered")
    {
        const auto plan =
            PeriodPlan::fit(elevenQuarters(), projectStart, projectEnd, day("2010-07-01"), day("2013-06-30"));
        REQUIRE(plan.ok());
        REQUIRE(plan->added.size() == 1);
        CHECK(plan->added[0].number == 1);
        CHECK(plan->changed.size() == 11); // each is one number further
        CHECK(plan->changed[10].second.number == 12);
    }
    SECTION("a locked first period refuses, naming it")
    {
        const auto plan =
            PeriodPlan::fit(elevenQuarters(1), projectStart, projectEnd, day("2010-07-01"), day("2013-06-30"));
        REQUIRE_FALSE(plan.ok());
        CHECK(plan.error().message.contains(QStringLiteral("no. 1 (01.10.2010 – 31.12.2010)")));
        CHECK(plan.error().message.contains(QStringLiteral("locked")));
    }
    SECTION("a locked period that would be cut refuses")
    {
        const auto plan =
            PeriodPlan::fit(elevenQuarters(2), projectStart, projectEnd, day("2010-11-01"), day("2013-06-30"));
        REQUIRE_FALSE(plan.ok());
        CHECK(plan.error().message.contains(QStringLiteral("no. 1")));
    }
    SECTION("a locked period that would fall outside refuses")
    {
        const auto plan =
            PeriodPlan::fit(elevenQuarters(11), projectStart, projectEnd, day("2010-10-01"), day("2013-03-31"));
        REQUIRE_FALSE(plan.ok());
        CHECK(plan.error().message.contains(QStringLiteral("no. 11 (01.04.2013 – 30.06.2013)")));
    }
}

TEST_CASE("Only the days the project gains get new periods; a project moved away gets quarters anew", "[periods]")
{
    // Three quarters to 30.06.2011 of a project to 30.06.2013: a later end adds the quarter it
    // gains, not the two years the office has not divided yet.
    QList<ReportingPeriod> three = elevenQuarters().mid(0, 3);
    const auto longer = PeriodPlan::fit(three, projectStart, projectEnd, projectStart, day("2013-09-30"));
    REQUIRE(longer.ok());
    REQUIRE(longer->added.size() == 1);
    CHECK(longer->added[0].from == day("2013-07-01"));
    CHECK(longer->added[0].number == 4);

    const auto same = PeriodPlan::fit(three, projectStart, projectEnd, projectStart, projectEnd);
    REQUIRE(same.ok());
    CHECK(same->changesNothing());

    const auto moved = PeriodPlan::fit(three, projectStart, projectEnd, day("2015-01-01"), day("2015-12-31"));
    REQUIRE(moved.ok());
    CHECK(moved->removed.size() == 3);
    REQUIRE(moved->added.size() == 4);
    CHECK(moved->added[0].from == day("2015-01-01"));
    CHECK(moved->added[3].to == day("2015-12-31"));
}

TEST_CASE("A file without periods gets none when the dates change", "[periods]")
{
    const auto plan = PeriodPlan::fit({}, projectStart, projectEnd, day("2010-07-01"), day("2013-06-30"));
    REQUIRE(plan.ok());
    CHECK(plan->changesNothing());
    CHECK(plan->periods.isEmpty());
}

TEST_CASE("Generated periods keep locked ones, keep matching open ones and number claims", "[periods]")
{
    SECTION("half-years around two locked quarters")
    {
        const auto plan = PeriodPlan::generate(elevenQuarters(2), day("2010-10-01"), day("2013-06-30"), 6,
                                               QStringLiteral("WNP-{n}/POKL"));
        REQUIRE(plan.ok());
        // Two locked quarters (to 31.03.2011), then 01.04–30.06.2011 (the rest of a half-year), then
        // four half-years 2011 H2 … 2013 H1.
        REQUIRE(plan->periods.size() == 7);
        CHECK(plan->periods[0].claimNumber == QStringLiteral("claim 1")); // locked: untouched
        CHECK(plan->periods[2].from == day("2011-04-01"));
        CHECK(plan->periods[2].to == day("2011-06-30"));
        CHECK(plan->periods[2].claimNumber == QStringLiteral("WNP-3/POKL"));
        CHECK(plan->periods[2].id == 3); // the open quarter with the same dates stays (with its notes)
        CHECK(plan->periods[6].from == day("2013-01-01"));
        CHECK(plan->periods[6].to == day("2013-06-30"));
        CHECK(plan->periods[6].claimNumber == QStringLiteral("WNP-7/POKL"));
        CHECK(plan->removed.size() == 8); // quarters 4 … 11
        CHECK(plan->added.size() == 4);
        REQUIRE(plan->changed.size() == 1); // quarter 3 gets its claim number
        CHECK(plan->changed[0].first.claimNumber == QStringLiteral("claim 3"));
    }
    SECTION("the same quarters again change nothing")
    {
        QList<ReportingPeriod> periods = elevenQuarters();
        const auto plan = PeriodPlan::generate(periods, day("2010-10-01"), day("2013-06-30"), 3);
        REQUIRE(plan.ok());
        CHECK(plan->changesNothing());
    }
    SECTION("a pattern without {n} is refused")
    {
        const auto plan =
            PeriodPlan::generate(elevenQuarters(), day("2010-10-01"), day("2013-06-30"), 3, QStringLiteral("WNP"));
        REQUIRE_FALSE(plan.ok());
        CHECK(plan.error().message.contains(QStringLiteral("{n}")));
    }
    SECTION("a locked period outside the project is refused")
    {
        const auto plan = PeriodPlan::generate(elevenQuarters(1), day("2011-01-01"), day("2013-06-30"), 3);
        REQUIRE_FALSE(plan.ok());
        CHECK(plan.error().message.contains(QStringLiteral("no. 1")));
    }
    SECTION("lengths outside 1–24 months are refused")
    {
        CHECK_FALSE(PeriodPlan::generate({}, day("2011-01-01"), day("2013-06-30"), 0).ok());
        CHECK_FALSE(PeriodPlan::generate({}, day("2011-01-01"), day("2013-06-30"), 25).ok());
    }
}
