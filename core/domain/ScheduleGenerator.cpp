#include "core/domain/ScheduleGenerator.h"

#include <algorithm>

namespace osiedle::core {

int Schedule::totalMinutes() const
{
    int total = 0;
    for (const PlannedSession& s : sessions) {
        total += s.minutes;
    }
    return total;
}

Result<Schedule> ScheduleGenerator::generate(const ScheduleRequest& request) const
{
    if (!request.from.isValid()) {
        return Error{tr("Choose the date of the first session.")};
    }
    const bool anyDay = std::any_of(request.weekdays.begin(), request.weekdays.end(),
                                    [](int d) { return d >= 1 && d <= 7; });
    if (!anyDay) {
        return Error{tr("Choose at least one day of the week.")};
    }
    if (request.minutesPerSession <= 0) {
        return Error{tr("A session must last at least one minute.")};
    }
    if (request.totalMinutes <= 0) {
        return Error{tr("Nothing to schedule: the planned hours are already reached.")};
    }
    Schedule schedule;
    int remaining = request.totalMinutes;
    for (int i = 0; i < maxDays && remaining > 0; ++i) {
        const QDate day = request.from.addDays(i);
        if (!request.weekdays.contains(day.dayOfWeek())) {
            continue;
        }
        if (const auto reason = m_holidays.reasonFor(day)) {
            schedule.skipped.append({day, *reason});
            continue;
        }
        const int minutes = std::min(remaining, request.minutesPerSession);
        schedule.sessions.append({day, request.startTime, minutes});
        remaining -= minutes;
    }
    if (remaining > 0) {
        return Error{tr("The schedule would run longer than five years; choose more days or longer sessions.")};
    }
    return schedule;
}

} // namespace osiedle::core
