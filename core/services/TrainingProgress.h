#pragma once

#include <QDate>
#include <QList>

namespace osiedle::core {

class Database;
struct AttendedSession;

/// Keeps the facts that follow from attendance and consultations up to date: a participant's
/// participation start, and an enrolment's completion date and certificate number. Called by
/// the services inside their transaction, after each change. Throws StorageError.
///
/// Certificate numbers: per course, sequential, never reused. A participant who completes gets
/// the highest number ever used on the course + 1. The number stays on the enrolment for good:
/// if attendance is corrected so that the participant no longer completes, the number is kept
/// (reserved, not printed) and given back if they complete again; it is never given to anyone
/// else. That is why an enrolment holding a number cannot be deleted, only withdrawn.
class TrainingProgress {
public:
    explicit TrainingProgress(Database& db) : m_db(db) {}

    /// True when attended ÷ planned reaches the threshold (exact integer arithmetic:
    /// 79.9 % is not 80 %).
    static bool reached(qint64 attendedMinutes, qint64 plannedMinutes, int thresholdPercent);
    /// The date of the session at which the threshold was reached, or an invalid date.
    static QDate completionDate(const QList<AttendedSession>& attended, int plannedMinutes, int thresholdPercent);

    /// Recomputes the participation start; true when it changed.
    bool updateParticipant(qint64 participantId);
    /// Recomputes completion and the certificate number of a participant on a course (nothing
    /// when they are not enrolled). True when anything changed.
    bool updateEnrolment(qint64 courseId, qint64 participantId);
    /// Both of the above for everyone enrolled on a course (after its sessions or planned
    /// hours changed). True when anything changed.
    bool updateCourse(qint64 courseId);

private:
    Database& m_db;
};

} // namespace osiedle::core
