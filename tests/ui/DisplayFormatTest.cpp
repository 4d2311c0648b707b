#include "core/common/DisplayFormat.h"

#include "support/QtStringMakers.h"
#include "ui/common/AppSettings.h"
#include "ui/common/AppTranslator.h"

#include <QLocale>

using namespace osiedle;
namespace shown = osiedle::core::shown;

namespace {

const QString nbsp(QChar(0x00A0));

/// Runs `check` with the program in Polish (translation and locale), then restores English.
template <typename F> void inPolish(F&& check)
{
    const QLocale before;
    {
        ui::AppTranslator translator;
        REQUIRE(translator.install(ui::AppSettings::polish));
        check();
    }
    QLocale::setDefault(before);
}

} // namespace

TEST_CASE("Dates read dd.MM.yyyy in both languages", "[format]")
{
    CHECK(shown::date(QDate(2012, 3, 5)) == QStringLiteral("05.03.2012"));
    CHECK(shown::date(QDate()).isEmpty());
    CHECK(shown::date(std::optional<QDate>()).isEmpty());
    CHECK(shown::date(std::optional<QDate>(QDate(2011, 2, 3))) == QStringLiteral("03.02.2011"));
    CHECK(shown::dateTime(QDateTime(QDate(2012, 3, 5), QTime(14, 7))) == QStringLiteral("05.03.2012 14:07"));
    CHECK(shown::dateRange(QDate(2012, 1, 1), QDate(2012, 3, 31)) == QStringLiteral("01.01.2012 – 31.03.2012"));
    inPolish([] { CHECK(shown::date(QDate(2011, 1, 18)) == QStringLiteral("18.01.2011")); });
}

TEST_CASE("Dates are written digit by digit as QDate writes dd.MM.yyyy", "[format]")
{
    // Four-digit years with leading zeros, and the ends of the range written by hand.
    CHECK(shown::date(QDate(987, 6, 9)) == QStringLiteral("09.06.0987"));
    CHECK(shown::date(QDate(1, 1, 1)) == QStringLiteral("01.01.0001"));
    CHECK(shown::date(QDate(9999, 12, 31)) == QStringLiteral("31.12.9999"));
    CHECK(shown::dateTime(QDateTime(QDate(2013, 11, 30), QTime(0, 0))) == QStringLiteral("30.11.2013 00:00"));
    CHECK(shown::dateTime(QDateTime(QDate(2013, 11, 30), QTime(23, 59, 59))) == QStringLiteral("30.11.2013 23:59"));
    CHECK(shown::dateTime(QDateTime()).isEmpty());
    // Every day of 1899–2101 as Qt's own formatting writes it.
    int differ = 0;
    for (QDate day(1899, 1, 1); day <= QDate(2101, 12, 31); day = day.addDays(1)) {
        differ += shown::date(day) == day.toString(QStringLiteral("dd.MM.yyyy")) ? 0 : 1;
    }
    CHECK(differ == 0);
}

TEST_CASE("Numbers group their thousands, four digits too", "[format]")
{
    // English: comma groups.
    CHECK(shown::count(0) == QStringLiteral("0"));
    CHECK(shown::count(999) == QStringLiteral("999"));
    CHECK(shown::count(5058) == QStringLiteral("5,058"));
    CHECK(shown::count(50000) == QStringLiteral("50,000"));
    CHECK(shown::count(-1234567) == QStringLiteral("-1,234,567"));
    inPolish([] {
        // Polish: a non-breaking space, also for 5 058 (Polish CLDR data would leave it ungrouped).
        CHECK(shown::count(5058) == QStringLiteral("5") + nbsp + QStringLiteral("058"));
        CHECK(shown::count(50000) == QStringLiteral("50") + nbsp + QStringLiteral("000"));
        CHECK(shown::decimal(1234.5, 1) == QStringLiteral("1") + nbsp + QStringLiteral("234,5"));
    });
}

TEST_CASE("Hours read one way: decimal, at most two places, no trailing zeros", "[format]")
{
    CHECK(shown::hours(240) == QStringLiteral("4"));
    CHECK(shown::hours(150) == QStringLiteral("2.5"));
    CHECK(shown::hours(165) == QStringLiteral("2.75"));
    CHECK(shown::hours(30) == QStringLiteral("0.5"));
    CHECK(shown::hours(20) == QStringLiteral("0.33")); // 1/3 h rounded to two places
    CHECK(shown::hours(0) == QStringLiteral("0"));
    CHECK(shown::hours(6596 * 60) == QStringLiteral("6,596"));
    CHECK(shown::hoursWithUnit(90) == QStringLiteral("1.5") + nbsp + QStringLiteral("h"));
    inPolish([] {
        CHECK(shown::hours(165) == QStringLiteral("2,75"));
        CHECK(shown::hours(30) == QStringLiteral("0,5"));
        CHECK(shown::hours(6596 * 60) == QStringLiteral("6") + nbsp + QStringLiteral("596"));
        CHECK(shown::hours(6596 * 60 + 6) == QStringLiteral("6") + nbsp + QStringLiteral("596,1"));
    });
}

TEST_CASE("Percentages read as in the indicator report", "[format]")
{
    CHECK(shown::percent(12.5) == QStringLiteral("12.5") + nbsp + QStringLiteral("%"));
    CHECK(shown::percent(100.0) == QStringLiteral("100.0") + nbsp + QStringLiteral("%"));
    CHECK(shown::percent(std::nullopt) == QStringLiteral("–"));
    CHECK(shown::percentOf(1, 3) == QStringLiteral("33.3") + nbsp + QStringLiteral("%"));
    CHECK(shown::percentOf(2, 3) == QStringLiteral("66.7") + nbsp + QStringLiteral("%"));
    CHECK(shown::percentOf(5, 0) == QStringLiteral("–"));
    inPolish([] { CHECK(shown::percentOf(1, 8) == QStringLiteral("12,5") + nbsp + QStringLiteral("%")); });
}

TEST_CASE("Total, women and men columns are T/W/M in English and O/K/M in Polish", "[format]")
{
    CHECK(shown::totalColumn() == QStringLiteral("T"));
    CHECK(shown::womenColumn() == QStringLiteral("W"));
    CHECK(shown::menColumn() == QStringLiteral("M"));
    inPolish([] {
        CHECK(shown::totalColumn() == QStringLiteral("O"));
        CHECK(shown::womenColumn() == QStringLiteral("K"));
        CHECK(shown::menColumn() == QStringLiteral("M"));
    });
}
