#include "core/domain/PublicHolidays.h"

#include <algorithm>

namespace osiedle::core {

PublicHolidays::PublicHolidays(const QList<DayOff>& officeDaysOff)
{
    for (const DayOff& day : officeDaysOff) {
        if (day.date.isValid()) {
            m_office.insert(day.date, day.reason.isEmpty() ? tr("Day off") : day.reason);
        }
    }
}

QDate PublicHolidays::easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

QList<DayOff> PublicHolidays::statutory(int year)
{
    const QDate easter = easterSunday(year);
    QList<DayOff> days = {
        {QDate(year, 1, 1), tr("New Year's Day")},
    };
    if (year >= 2011) {
        days.append({QDate(year, 1, 6), tr("Epiphany")});
    }
    days.append({easter, tr("Easter Sunday")});
    days.append({easter.addDays(1), tr("Easter Monday")});
    days.append({QDate(year, 5, 1), tr("Labour Day")});
    days.append({QDate(year, 5, 3), tr("Constitution Day")});
    days.append({easter.addDays(49), tr("Pentecost Sunday")});
    days.append({easter.addDays(60), tr("Corpus Christi")});
    days.append({QDate(year, 8, 15), tr("Assumption of Mary")});
    days.append({QDate(year, 11, 1), tr("All Saints' Day")});
    days.append({QDate(year, 11, 11), tr("Independence Day")});
    if (year >= 2025) {
        days.append({QDate(year, 12, 24), tr("Christmas Eve")});
    }
    days.append({QDate(year, 12, 25), tr("Christmas Day")});
    days.append({QDate(year, 12, 26), tr("Second Day of Christmas")});
    std::sort(days.begin(), days.end(), [](const DayOff& x, const DayOff& y) { return x.date < y.date; });
    return days;
}

std::optional<QString> PublicHolidays::reasonFor(const QDate& date) const
{
    if (!date.isValid()) {
        return std::nullopt;
    }
    auto year = m_years.find(date.year());
    if (year == m_years.end()) {
        QHash<QDate, QString> days;
        for (const DayOff& day : statutory(date.year())) {
            days.insert(day.date, day.reason);
        }
        year = m_years.insert(date.year(), days);
    }
    if (const auto it = year->constFind(date); it != year->constEnd()) {
        return *it;
    }
    if (const auto it = m_office.constFind(date); it != m_office.constEnd()) {
        return *it;
    }
    return std::nullopt;
}

} // namespace osiedle::core
