#include "core/domain/PublicHolidays.h"
#include "support/QtStringMakers.h"

using osiedle::core::PublicHolidays;

TEST_CASE("Easter Sunday is computed for any year", "[training][holidays]")
{
    const auto [year, easter] = GENERATE(table<int, QDate>({
        {2011, QDate(2011, 4, 24)},
        {2012, QDate(2012, 4, 8)},
        {2013, QDate(2013, 3, 31)},
        {2019, QDate(2019, 4, 21)},
        {2024, QDate(2024, 3, 31)},
        {2025, QDate(2025, 4, 20)},
        {2038, QDate(2038, 4, 25)},
    }));
    CHECK(PublicHolidays::easterSunday(year) == easter);
}

TEST_CASE("Polish public holidays of a year, with their names", "[training][holidays]")
{
    const PublicHolidays holidays;
    SECTION("movable feasts follow Easter")
    {
        CHECK(holidays.reasonFor(QDate(2012, 4, 9)) == QStringLiteral("Easter Monday"));
        CHECK(holidays.reasonFor(QDate(2012, 5, 27)) == QStringLiteral("Pentecost Sunday"));
        CHECK(holidays.reasonFor(QDate(2012, 6, 7)) == QStringLiteral("Corpus Christi"));
    }
    SECTION("fixed days")
    {
        CHECK(holidays.reasonFor(QDate(2012, 5, 3)) == QStringLiteral("Constitution Day"));
        CHECK(holidays.reasonFor(QDate(2012, 8, 15)) == QStringLiteral("Assumption of Mary"));
        CHECK(holidays.reasonFor(QDate(2012, 11, 1)) == QStringLiteral("All Saints' Day"));
        CHECK(holidays.reasonFor(QDate(2012, 11, 11)) == QStringLiteral("Independence Day"));
        CHECK(holidays.reasonFor(QDate(2012, 12, 26)) == QStringLiteral("Second Day of Christmas"));
        CHECK_FALSE(holidays.isDayOff(QDate(2012, 11, 12)));
    }
    SECTION("Epiphany only since 2011, Christmas Eve only since 2025")
    {
        CHECK_FALSE(holidays.isDayOff(QDate(2010, 1, 6)));
        CHECK(holidays.reasonFor(QDate(2011, 1, 6)) == QStringLiteral("Epiphany"));
        CHECK_FALSE(holidays.isDayOff(QDate(2024, 12, 24)));
        CHECK(holidays.reasonFor(QDate(2025, 12, 24)) == QStringLiteral("Christmas Eve"));
    }
    SECTION("a year has 13 holidays, 14 from 2025, 12 before 2011")
    {
        CHECK(PublicHolidays::statutory(2010).size() == 12);
        CHECK(PublicHolidays::statutory(2012).size() == 13);
        CHECK(PublicHolidays::statutory(2025).size() == 14);
    }
}

TEST_CASE("The office's own days off are days off too", "[training][holidays]")
{
    const PublicHolidays holidays({{QDate(2012, 5, 2), QStringLiteral("Office closed")},
                                   {QDate(2012, 5, 3), QStringLiteral("Bridge")}});
    CHECK(holidays.reasonFor(QDate(2012, 5, 2)) == QStringLiteral("Office closed"));
    // a statutory holiday keeps its own name
    CHECK(holidays.reasonFor(QDate(2012, 5, 3)) == QStringLiteral("Constitution Day"));
    CHECK_FALSE(holidays.isDayOff(QDate(2012, 5, 4)));
}
