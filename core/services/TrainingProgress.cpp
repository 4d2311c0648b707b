#include "core/services/TrainingProgress.h"

#include "core/storage/AttendanceRepository.h"
#include "core/storage/CourseRepository.h"
#include "core/storage/EnrolmentRepository.h"

namespace osiedle::core {

bool TrainingProgress::reached(qint64 attendedMinutes, qint64 plannedMinutes, int thresholdPercent)
{
    return plannedMinutes > 0 && attendedMinutes * 100 >= plannedMinutes * thresholdPercent;
}

QDate TrainingProgress::completionDate(const QList<AttendedSession>& attended, int plannedMinutes,
                                       int thresholdPercent)
{
    qint64 total = 0;
    for (const AttendedSession& session : attended) {
        total += session.minutes;
        if (reached(total, plannedMinutes, thresholdPercent)) {
            return session.date;
        }
    }
    return {};
}

bool TrainingProgress::updateParticipant(qint64 participantId)
{
    return AttendanceRepository(m_db).recomputeParticipationStart(participantId);
}

bool TrainingProgress::updateEnrolment(qint64 courseId, qint64 participantId)
{
    EnrolmentRepository enrolments(m_db);
    const auto enrolment = enrolments.find(courseId, participantId);
    if (!enrolment) {
        return false;
    }
    const auto course = CourseRepository(m_db).find(courseId);
    if (!course) {
        return false;
    }
    const QDate completedOn = completionDate(AttendanceRepository(m_db).attended(courseId, participantId),
                                             course->plannedMinutes, course->thresholdPercent);
    std::optional<int> number = enrolment->certificateNumber;
    if (completedOn.isValid() && !number) {
        number = enrolments.maxCertificateNumber(courseId) + 1;
    }
    if (completedOn == enrolment->completedOn && number == enrolment->certificateNumber) {
        return false;
    }
    enrolments.setCompletion(enrolment->id, completedOn, number);
    return true;
}

bool TrainingProgress::updateCourse(qint64 courseId)
{
    bool changed = false;
    for (const EnrolledParticipant& row : EnrolmentRepository(m_db).forCourse(courseId)) {
        changed = updateEnrolment(courseId, row.enrolment.participantId) || changed;
        changed = updateParticipant(row.enrolment.participantId) || changed;
    }
    return changed;
}

} // namespace osiedle::core
