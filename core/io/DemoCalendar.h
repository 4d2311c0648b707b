#pragma once

#include <QDate>

namespace osiedle::core {

/// Working days for the demo schedule: Monday to Friday except Polish public holidays
/// (the fixed ones, Easter Monday and Corpus Christi; 6 January from 2011 on).
class DemoCalendar {
public:
    static QDate easterSunday(int year)
    {
        // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
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
        return {year, month, day};
    }

    static bool isHoliday(const QDate& date)
    {
        const int md = date.month() * 100 + date.day();
        switch (md) {
        case 101:
        case 501:
        case 503:
        case 815:
        case 1101:
        case 1111:
        case 1225:
        case 1226:
            return true;
        case 106:
            return date.year() >= 2011;
        default:
            break;
        }
        const QDate easter = easterSunday(date.year());
        return date == easter.addDays(1) || date == easter.addDays(60);
    }

    static bool isWorkingDay(const QDate& date) { return date.dayOfWeek() <= 5 && !isHoliday(date); }

    /// The date itself when it is a working day, else the next working day.
    static QDate onOrAfter(QDate date)
    {
        while (!isWorkingDay(date)) {
            date = date.addDays(1);
        }
        return date;
    }

    /// The date itself when it is a working day, else the previous working day.
    static QDate onOrBefore(QDate date)
    {
        while (!isWorkingDay(date)) {
            date = date.addDays(-1);
        }
        return date;
    }
};

} // namespace osiedle::core
