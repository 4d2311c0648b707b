#pragma once

#include "core/common/FieldError.h"
#include "core/common/Result.h"
#include "core/domain/ScheduleGenerator.h"
#include "core/storage/CourseRepository.h"
#include "core/storage/SessionRepository.h"

#include <QCoreApplication>

namespace osiedle::core {

class Database;
class ChangeNotifier;

/// Courses and their sessions: validation, one transaction per operation, then a change
/// notice (Topic::Training). Completion and participation start are kept up to date when
/// sessions or planned hours change. Never throws.
class CourseService {
    Q_DECLARE_TR_FUNCTIONS(CourseService)

public:
    CourseService(Database& db, ChangeNotifier* changes = nullptr) : m_db(db), m_changes(changes) {}

    /// Problems of a course's fields: keys "name", "supportForm", "plannedHours", "threshold",
    /// "dates".
    static FieldErrors validate(const Course& course);
    /// Inserts (id 0) or updates; returns the course id.
    Result<qint64> save(const Course& course);
    /// Deletes a course with its sessions, attendance and enrolments.
    Status remove(qint64 courseId);

    /// Problems of a session's fields: keys "date", "minutes".
    static FieldErrors validate(const Session& session);
    Result<qint64> addSession(const Session& session);
    /// Changes a session (moves it to another date or time, changes its length or topic).
    Status updateSession(const Session& session);
    /// Deletes a session and its attendance marks.
    Status removeSession(qint64 sessionId);

    /// Plans sessions for the minutes still missing on a course (planned − scheduled),
    /// skipping public holidays and the office's days off. Writes nothing.
    Result<Schedule> planSchedule(qint64 courseId, ScheduleRequest request);
    /// Adds the planned sessions in one transaction; returns their ids.
    Result<QList<qint64>> addSessions(qint64 courseId, const QList<PlannedSession>& sessions,
                                      const QString& topic = {});

private:
    void notify();

    Database& m_db;
    ChangeNotifier* m_changes;
};

} // namespace osiedle::core
