#pragma once

#include "core/domain/Enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace osiedle::core {

class Database;

/// A participant's mark for one session ("not yet marked" is the absence of a mark).
struct AttendanceEntry {
    qint64 sessionId = 0;
    qint64 participantId = 0;
    AttendanceStatus mark = AttendanceStatus::Present;
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
    std::optional<AttendanceStatus> find(qint64 sessionId, qint64 participantId) const;
    void set(qint64 sessionId, qint64 participantId, AttendanceStatus mark);
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
