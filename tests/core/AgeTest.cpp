#include "core/domain/Age.h"
#include "support/QtStringMakers.h"

using namespace osiedle::core;

TEST_CASE("Age in full years, complete at the start of the birthday", "[age]")
{
    const auto [birth, on, age] = GENERATE(table<QDate, QDate, int>({
        {QDate(1944, 5, 14), QDate(2011, 5, 13), 66},
        {QDate(1944, 5, 14), QDate(2011, 5, 14), 67},
        {QDate(1944, 5, 14), QDate(2011, 12, 31), 67},
        {QDate(1986, 12, 31), QDate(2011, 1, 1), 24},
        {QDate(1986, 12, 31), QDate(2011, 12, 31), 25},
        {QDate(2002, 1, 13), QDate(2002, 1, 13), 0},
        // born on 29 February: the birthday is 28 February in other years (civil code art. 112)
        {QDate(1988, 2, 29), QDate(2011, 2, 27), 22},
        {QDate(1988, 2, 29), QDate(2011, 2, 28), 23},
        {QDate(1988, 2, 29), QDate(2012, 2, 28), 23},
        {QDate(1988, 2, 29), QDate(2012, 2, 29), 24},
        // not born yet, or a date missing
        {QDate(2002, 1, 13), QDate(2002, 1, 12), -1},
        {QDate(), QDate(2011, 1, 1), -1},
        {QDate(1980, 1, 1), QDate(), -1},
    }));
    INFO(birth.toString(Qt::ISODate).toStdString() << " on " << on.toString(Qt::ISODate).toStdString());
    CHECK(ageOn(birth, on) == age);
}

TEST_CASE("Age groups of the participant flow table", "[age]")
{
    const auto [age, group] = GENERATE(table<int, std::optional<AgeGroup>>({
        {-1, std::nullopt},
        {14, std::nullopt},
        {15, AgeGroup::From15To24},
        {24, AgeGroup::From15To24},
        {25, AgeGroup::From25To54},
        {54, AgeGroup::From25To54},
        {55, AgeGroup::From55To64},
        {64, AgeGroup::From55To64},
        {65, AgeGroup::From65},
        {101, AgeGroup::From65},
    }));
    INFO(age);
    CHECK(ageGroupOf(age) == group);
}

TEST_CASE("Long-term unemployed: over 12 months, over 6 months under 25", "[age]")
{
    const QDate adult(1970, 6, 1);  // 40 in 2010
    const QDate young(1990, 6, 1);  // 20 in 2010
    const QDate turns25(1986, 1, 20);
    const auto [since, on, birth, expected] = GENERATE_COPY(table<QDate, QDate, QDate, bool>({
        {QDate(2010, 1, 15), QDate(2011, 1, 15), adult, false}, // exactly 12 months is not over 12
        {QDate(2010, 1, 15), QDate(2011, 1, 16), adult, true},
        {QDate(2010, 7, 15), QDate(2011, 1, 16), adult, false},
        {QDate(2010, 7, 15), QDate(2011, 1, 15), young, false}, // exactly 6 months
        {QDate(2010, 7, 15), QDate(2011, 1, 16), young, true},
        {QDate(2010, 12, 1), QDate(2011, 1, 16), young, false},
        // 25 on the date: the 12-month rule applies
        {QDate(2010, 7, 1), QDate(2011, 1, 19), turns25, true},
        {QDate(2010, 7, 1), QDate(2011, 1, 20), turns25, false},
        // no birth date: the general rule
        {QDate(2010, 7, 1), QDate(2011, 1, 20), QDate(), false},
        {QDate(2009, 7, 1), QDate(2011, 1, 20), QDate(), true},
        // no start of unemployment: cannot be long-term
        {QDate(), QDate(2011, 1, 20), adult, false},
    }));
    INFO(since.toString(Qt::ISODate).toStdString() << " → " << on.toString(Qt::ISODate).toStdString());
    CHECK(isLongTermUnemployed(since, on, birth) == expected);
}
