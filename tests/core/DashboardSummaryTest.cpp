#include "core/services/DashboardSummary.h"
#include "core/storage/Database.h"
#include "support/IndicatorTestData.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"

#include <catch2/catch.hpp>

using namespace osiedle;
using core::DashboardSummary;

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

TEST_CASE("The claim is due 10 working days after the period, skipping weekends and holidays", "[dashboard]")
{
    const auto [end, due] = GENERATE(table<const char*, const char*>({
        {"2011-03-31", "2011-04-14"}, // Thursday: two weekends skipped
        {"2010-12-31", "2011-01-17"}, // New Year (a Saturday) and Epiphany 2011 (a Thursday) skipped
        {"2011-06-30", "2011-07-14"},
        {"2011-04-20", "2011-05-06"}, // Easter Monday (04-25) and 3 May skipped, 1 May is a Sunday
    }));
    CAPTURE(end);
    CHECK(DashboardSummary::addWorkingDays(day(end), 10) == day(due));
}

TEST_CASE("The dashboard summary picks the current period and counts what needs attention", "[dashboard]")
{
    test::TempProject project;
    auto& db = project.db();
    test::fillIndicatorTestData(db);

    SECTION("the period containing today, else the latest that ended")
    {
        const auto [today, number, due] = GENERATE(table<const char*, int, const char*>({
            {"2011-02-15", 2, "2011-04-14"},
            {"2011-04-01", 3, "2011-07-14"},
            {"2012-05-01", 3, "2011-07-14"},
            {"2010-12-31", 1, "2011-01-17"},
        }));
        CAPTURE(today);
        auto summary = DashboardSummary::compute(db, day(today));
        REQUIRE(summary.ok());
        REQUIRE(summary.value().period.has_value());
        CHECK(summary.value().period->number == number);
        CHECK(summary.value().claimDue == day(due));
    }

    SECTION("no period before the first one starts")
    {
        auto summary = DashboardSummary::compute(db, day("2010-09-01"));
        REQUIRE(summary.ok());
        CHECK_FALSE(summary.value().period.has_value());
        CHECK_FALSE(summary.value().claimDue.isValid());
    }

    SECTION("counts against known rows")
    {
        const QDate today = day("2011-05-10");
        auto before = DashboardSummary::compute(db, today);
        REQUIRE(before.ok());
        CHECK(before.value().overdueWorkOrders == 0);
        CHECK(before.value().followUpsDue == 0);
        CHECK(before.value().plansWithOverdueInstalment == 0);

        db.exec("INSERT INTO participant (first_name) VALUES ('Niekompletny'), ('Drugi')");
        db.exec("INSERT INTO housing_coop (id, name) VALUES (901, 'SM Test')");
        db.exec("INSERT INTO social_coop (id, name) VALUES (901, 'SS Test')");
        db.exec("INSERT INTO work_order (housing_coop_id, social_coop_id, year, seq, kind, status, due_on) VALUES "
                "(901, 901, 2011, 1, 'cleaning', 'ordered', '2011-05-09'), "     // overdue
                "(901, 901, 2011, 2, 'cleaning', 'in_progress', '2011-04-01'), " // overdue
                "(901, 901, 2011, 3, 'cleaning', 'draft', '2011-05-10'), "       // due today: not yet
                "(901, 901, 2011, 4, 'cleaning', 'completed', '2011-04-01'), "
                "(901, 901, 2011, 5, 'cleaning', 'cancelled', '2011-04-01'), "
                "(901, 901, 2011, 6, 'cleaning', 'paid', '2011-04-01'), "
                "(901, 901, 2011, 7, 'cleaning', 'ordered', NULL)");
        db.exec("INSERT INTO consultation (date, area, follow_up_on, follow_up_done) VALUES "
                "('2011-05-01', 'legal', '2011-05-10', 0), "  // due today
                "('2011-05-01', 'legal', '2011-05-02', 0), "  // overdue
                "('2011-05-01', 'legal', '2011-05-02', 1), "  // done
                "('2011-05-01', 'legal', '2011-05-11', 0), "  // later
                "('2011-05-01', 'legal', NULL, 0)");

        auto after = DashboardSummary::compute(db, today);
        REQUIRE(after.ok());
        CHECK(after.value().incompleteParticipants == before.value().incompleteParticipants + 2);
        CHECK(after.value().overdueWorkOrders == 2);
        CHECK(after.value().followUpsDue == 2);
        CHECK(after.value().today == today);
    }
}

TEST_CASE("The dashboard is as of the project end once the project is over", "[dashboard]")
{
    test::TempProject project;
    auto& db = project.db();
    CHECK(DashboardSummary::asOf(db, day("2026-11-27")) == day("2026-11-27")); // no project row yet
    db.exec("INSERT INTO project (id, title, start_date, end_date) VALUES (1, 'P', '2010-07-01', '2013-06-30')");
    CHECK(DashboardSummary::asOf(db, day("2026-11-27")) == day("2013-06-30"));
    CHECK(DashboardSummary::asOf(db, day("2012-01-10")) == day("2012-01-10"));
}
