#pragma once

#include "core/domain/PublicHolidays.h"

#include <QDate>

namespace osiedle::core {

/// Working days for the demo schedule: Monday to Friday except Polish public holidays.
class DemoCalendar {
public:
    static bool isHoliday(const QDate& date)
    {
        // One cache of holidays per thread; the generator asks about the same few years.
        thread_local const PublicHolidays holidays;
        return holidays.isDayOff(date);
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
