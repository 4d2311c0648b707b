#pragma once

#include "core/common/Result.h"
#include "core/domain/PublicHolidays.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QTime>

namespace osiedle::core {

/// What a user asks the generator for: "every Tuesday and Thursday 16:00, 4 hours, from DATE
/// until 40 hours are reached".
struct ScheduleRequest {
    QList<int> weekdays;      ///< Qt day numbers, 1 = Monday … 7 = Sunday
    QTime startTime;          ///< may be invalid (no start time)
    int minutesPerSession = 0;
    QDate from;               ///< first day that may hold a session
    int totalMinutes = 0;     ///< minutes still to schedule (planned minus already scheduled)
};

struct PlannedSession {
    QDate date;
    QTime startTime;
    int minutes = 0;

    friend bool operator==(const PlannedSession&, const PlannedSession&) = default;
};

/// The generated sessions, and the days that matched the request but were skipped, with why.
struct Schedule {
    QList<PlannedSession> sessions;
    QList<DayOff> skipped;

    int totalMinutes() const;
};

/// Generates the sessions of a course on fixed weekdays, skipping public holidays and the
/// office's days off. The last session is shortened so that the total is reached exactly.
class ScheduleGenerator {
    Q_DECLARE_TR_FUNCTIONS(ScheduleGenerator)

public:
    /// No schedule runs longer than this (a request that would is refused).
    static constexpr int maxDays = 5 * 366;

    explicit ScheduleGenerator(const PublicHolidays& holidays) : m_holidays(holidays) {}

    /// Refuses a request without weekdays, with a non-positive length or total, or without a
    /// start date, with a message naming what is missing.
    Result<Schedule> generate(const ScheduleRequest& request) const;

private:
    const PublicHolidays& m_holidays;
};

} // namespace osiedle::core
