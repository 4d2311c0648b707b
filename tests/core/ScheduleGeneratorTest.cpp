#include "core/domain/ScheduleGenerator.h"
#include "support/QtStringMakers.h"

using namespace osiedle::core;

TEST_CASE("The schedule skips holidays and reaches the planned hours exactly", "[training][schedule]")
{
    const PublicHolidays holidays;
    const ScheduleGenerator generator(holidays);
    // Tuesdays and Thursdays from Tuesday 2012-04-24: Tuesday 1 May and Thursday 3 May are
    // holidays.
    ScheduleRequest request{{2, 4}, QTime(16, 0), 4 * 60, QDate(2012, 4, 24), 0};
    const auto [totalHours, sessions, lastMinutes] = GENERATE(table<int, int, int>({
        {40, 10, 240},
        {38, 10, 120},
        {41, 11, 60},
        {4, 1, 240},
    }));
    request.totalMinutes = totalHours * 60;
    const auto schedule = generator.generate(request);
    REQUIRE(schedule.ok());
    CHECK(schedule->totalMinutes() == totalHours * 60);
    REQUIRE(schedule->sessions.size() == sessions);
    CHECK(schedule->sessions.last().minutes == lastMinutes);
    for (const PlannedSession& s : schedule->sessions) {
        CHECK((s.date.dayOfWeek() == 2 || s.date.dayOfWeek() == 4));
        CHECK_FALSE(holidays.isDayOff(s.date));
        CHECK(s.startTime == QTime(16, 0));
    }
    if (totalHours >= 40) {
        REQUIRE(schedule->skipped.size() == 2);
        CHECK(schedule->skipped[0].date == QDate(2012, 5, 1));
        CHECK(schedule->skipped[0].reason == QStringLiteral("Labour Day"));
        CHECK(schedule->skipped[1].date == QDate(2012, 5, 3));
        CHECK(schedule->skipped[1].reason == QStringLiteral("Constitution Day"));
    }
}

TEST_CASE("A long schedule lists every skipped holiday with its reason", "[training][schedule]")
{
    const PublicHolidays holidays({{QDate(2012, 5, 2), QStringLiteral("Office closed")}});
    const ScheduleGenerator generator(holidays);
    ScheduleRequest request{{2, 3, 4}, QTime(9, 0), 180, QDate(2012, 4, 24), 100 * 60};
    const auto schedule = generator.generate(request);
    REQUIRE(schedule.ok());
    QStringList reasons;
    for (const DayOff& d : schedule->skipped) {
        reasons.append(d.date.toString(Qt::ISODate) + QLatin1Char(' ') + d.reason);
    }
    CHECK(reasons == QStringList{QStringLiteral("2012-05-01 Labour Day"), QStringLiteral("2012-05-02 Office closed"), QStringLiteral("2012-05-03 Constitution Day"),
                                 QStringLiteral("2012-06-07 Corpus Christi")});
    CHECK(schedule->totalMinutes() == 6000);
}

TEST_CASE("A schedule request that cannot work is refused with a reason", "[training][schedule]")
{
    const PublicHolidays holidays;
    const ScheduleGenerator generator(holidays);
    ScheduleRequest ok{{1}, QTime(10, 0), 60, QDate(2012, 1, 2), 600};
    auto noDays = ok;
    noDays.weekdays.clear();
    CHECK(generator.generate(noDays).error().message.contains(QStringLiteral("day of the week")));
    auto noLength = ok;
    noLength.minutesPerSession = 0;
    CHECK_FALSE(generator.generate(noLength).ok());
    auto nothing = ok;
    nothing.totalMinutes = 0;
    CHECK(generator.generate(nothing).error().message.contains(QStringLiteral("already reached")));
    auto noStart = ok;
    noStart.from = QDate();
    CHECK_FALSE(generator.generate(noStart).ok());
    CHECK(generator.generate(ok).ok());
}
