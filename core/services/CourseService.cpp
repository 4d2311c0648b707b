#include "core/services/CourseService.h"

#include "core/services/ChangeNotifier.h"
#include "core/services/TrainingErrors.h"
#include "core/services/TrainingProgress.h"
#include "core/storage/Database.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/StorageError.h"
#include "core/storage/SurveyRoundRepository.h"
#include "core/storage/Transaction.h"

namespace osiedle::core {

using training::storageError;

void CourseService::notify()
{
    if (m_changes) {
        m_changes->notify(Topic::Training);
        m_changes->notify(Topic::Participants);
    }
}

FieldErrors CourseService::validate(const Course& course)
{
    FieldErrors errors;
    if (course.name.trimmed().isEmpty()) {
        errors.append({QStringLiteral("name"), tr("Enter the course name.")});
    }
    if (course.supportFormId <= 0) {
        errors.append({QStringLiteral("supportForm"), tr("Choose the support form.")});
    }
    if (course.plannedMinutes <= 0) {
        errors.append({QStringLiteral("plannedHours"), tr("Planned hours must be more than zero.")});
    }
    if (course.thresholdPercent < 1 || course.thresholdPercent > 100) {
        errors.append({QStringLiteral("threshold"), tr("The completion threshold must be between 1 and 100 %.")});
    }
    if (course.startDate.isValid() && course.endDate.isValid() && course.endDate < course.startDate) {
        errors.append({QStringLiteral("dates"), tr("The course cannot end before it starts.")});
    }
    return errors;
}

Result<qint64> CourseService::save(const Course& course)
{
    if (const FieldErrors errors = validate(course); !errors.isEmpty()) {
        return training::fieldErrorsAsError(errors);
    }
    try {
        CourseRepository courses(m_db);
        Transaction tx(m_db);
        qint64 id = course.id;
        if (id == 0) {
            id = courses.insert(course);
        } else {
            const auto old = courses.find(id);
            if (!old) {
                return Error{tr("The course no longer exists.")};
            }
            courses.update(course);
            if (old->plannedMinutes != course.plannedMinutes || old->thresholdPercent != course.thresholdPercent) {
                TrainingProgress(m_db).updateCourse(id);
            }
        }
        tx.commit();
        notify();
        return id;
    } catch (const StorageError& e) {
        return storageError(e);
    }
}

Status CourseService::remove(qint64 courseId)
{
    try {
        // Questionnaire answers are not lost with a course: its rounds go first, on purpose.
        SurveyRoundFilter ofCourse;
        ofCourse.courseId = courseId;
        if (const int rounds = int(SurveyRoundRepository(m_db).list(ofCourse).size()); rounds > 0) {
            return Error{tr("The course has %n questionnaire round(s); delete them first (Questionnaires and tests).",
                            nullptr, rounds)};
        }
        Transaction tx(m_db);
        // Participants marked on the course may lose their participation start.
        QList<qint64> people;
        for (const Session& s : SessionRepository(m_db).forCourse(courseId)) {
            people.append(SessionRepository(m_db).markedParticipants(s.id));
        }
        CourseRepository(m_db).remove(courseId);
        TrainingProgress progress(m_db);
        for (const qint64 id : people) {
            progress.updateParticipant(id);
        }
        tx.commit();
        notify();
        return {};
    } catch (const StorageError& e) {
        return storageError(e);
    }
}

FieldErrors CourseService::validate(const Session& session)
{
    FieldErrors errors;
    if (!session.date.isValid()) {
        errors.append({QStringLiteral("date"), tr("Enter the date of the session.")});
    }
    if (session.minutes <= 0) {
        errors.append({QStringLiteral("minutes"), tr("A session must last at least one minute.")});
    }
    return errors;
}

Result<qint64> CourseService::addSession(const Session& session)
{
    auto ids = addSessions(session.courseId, {{session.date, session.startTime, session.minutes}}, session.topic);
    if (!ids) {
        return ids.error();
    }
    return ids->first();
}

Status CourseService::updateSession(const Session& session)
{
    if (const FieldErrors errors = validate(session); !errors.isEmpty()) {
        return training::fieldErrorsAsError(errors);
    }
    try {
        SessionRepository sessions(m_db);
        Transaction tx(m_db);
        if (!sessions.find(session.id)) {
            return Error{tr("The session no longer exists.")};
        }
        sessions.update(session);
        // The date and length of a session decide completion and participation start.
        TrainingProgress progress(m_db);
        progress.updateCourse(session.courseId);
        for (const qint64 id : sessions.markedParticipants(session.id)) {
            progress.updateParticipant(id);
        }
        tx.commit();
        notify();
        return {};
    } catch (const StorageError& e) {
        return storageError(e);
    }
}

Status CourseService::removeSession(qint64 sessionId)
{
    try {
        SessionRepository sessions(m_db);
        Transaction tx(m_db);
        const auto session = sessions.find(sessionId);
        if (!session) {
            return Error{tr("The session no longer exists.")};
        }
        const QList<qint64> people = sessions.markedParticipants(sessionId);
        sessions.remove(sessionId);
        TrainingProgress progress(m_db);
        progress.updateCourse(session->courseId);
        for (const qint64 id : people) {
            progress.updateParticipant(id);
        }
        tx.commit();
        notify();
        return {};
    } catch (const StorageError& e) {
        return storageError(e);
    }
}

Result<Schedule> CourseService::planSchedule(qint64 courseId, ScheduleRequest request)
{
    try {
        const auto course = CourseRepository(m_db).find(courseId);
        if (!course) {
            return Error{tr("The course no longer exists.")};
        }
        SessionRepository sessions(m_db);
        request.totalMinutes = course->plannedMinutes - sessions.scheduledMinutes(courseId);
        const PublicHolidays holidays(ProjectRepository(m_db).daysOff());
        return ScheduleGenerator(holidays).generate(request);
    } catch (const StorageError& e) {
        return storageError(e);
    }
}

Result<QList<qint64>> CourseService::addSessions(qint64 courseId, const QList<PlannedSession>& planned,
                                                 const QString& topic)
{
    for (const PlannedSession& p : planned) {
        if (const FieldErrors errors = validate(Session{0, courseId, p.date, p.startTime, p.minutes, topic, {}});
            !errors.isEmpty()) {
            return training::fieldErrorsAsError(errors);
        }
    }
    try {
        if (!CourseRepository(m_db).find(courseId)) {
            return Error{tr("The course no longer exists.")};
        }
        SessionRepository sessions(m_db);
        Transaction tx(m_db);
        QList<qint64> ids;
        for (const PlannedSession& p : planned) {
            ids.append(sessions.insert(Session{0, courseId, p.date, p.startTime, p.minutes, topic, {}}));
        }
        tx.commit();
        notify();
        return ids;
    } catch (const StorageError& e) {
        return storageError(e);
    }
}

} // namespace osiedle::core
