#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace osiedle::core {

class Database;

/// A participant's mark for one session. "Not yet marked" is the absence of a mark.
enum class AttendanceMark { Present, Excused, Absent };

/// The stored key ('present', 'excused', 'absent').
QString attendanceMarkKey(AttendanceMark mark);
std::optional<AttendanceMark> attendanceMarkFromKey(const QString& key);

struct AttendanceEntry {
    qint64 sessionId = 0;
    qint64 participantId = 0;
    AttendanceMark mark = AttendanceMark::Present;
};

/// A session that a participant attended (a 'present' mark), for completion.
struct AttendedSession {
    QDate date;
    int minutes = 0;
};

/// All SQL about attendance marks and the participation start they set. Throws StorageError.
class AttendanceRepository {
public:
    explicit AttendanceRepository(Database& db) : m_db(db) {}

    /// Every mark on the sessions of a course.
    QList<AttendanceEntry> forCourse(qint64 courseId) const;
    std::optional<AttendanceMark> find(qint64 sessionId, qint64 participantId) const;
    void set(qint64 sessionId, qint64 participantId, AttendanceMark mark);
    void clear(qint64 sessionId, qint64 participantId);
    /// A participant's 'present' sessions of a course, in date and time order.
    QList<AttendedSession> attended(qint64 courseId, qint64 participantId) const;

    /// Sets participant.participation_start to the earliest date of a 'present' mark or a
    /// consultation with them (NULL when none). Returns true when the stored date changed.
    bool recomputeParticipationStart(qint64 participantId);
    std::optional<QDate> participationStart(qint64 participantId) const;

private:
    Database& m_db;
};

} // namespace osiedle::core
