#include "core/domain/Age.h"

#include <algorithm>

namespace osiedle::core {

namespace {

/// The birthday in `year`, moved to the month's last day when that year has no such day.
QDate birthdayIn(const QDate& birthDate, int year)
{
    const QDate first(year, birthDate.month(), 1);
    return QDate(year, birthDate.month(), std::min(birthDate.day(), first.daysInMonth()));
}

} // namespace

int ageOn(const QDate& birthDate, const QDate& date)
{
    if (!birthDate.isValid() || !date.isValid() || date < birthDate) {
        return -1;
    }
    const int years = date.year() - birthDate.year();
    return date < birthdayIn(birthDate, date.year()) ? years - 1 : years;
}

std::optional<AgeGroup> ageGroupOf(int age)
{
    if (age < 15) {
        return std::nullopt;
    }
    if (age <= 24) {
        return AgeGroup::From15To24;
    }
    if (age <= 54) {
        return AgeGroup::From25To54;
    }
    if (age <= 64) {
        return AgeGroup::From55To64;
    }
    return AgeGroup::From65;
}

bool isLongTermUnemployed(const QDate& unemployedSince, const QDate& date, const QDate& birthDate)
{
    if (!unemployedSince.isValid() || !date.isValid()) {
        return false;
    }
    const int age = ageOn(birthDate, date);
    const int months = age >= 0 && age < 25 ? 6 : 12;
    // "over N months": the spell has lasted N full months and at least one day more
    return unemployedSince.addMonths(months) < date;
}

} // namespace osiedle::core
