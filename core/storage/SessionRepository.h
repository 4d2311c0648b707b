#pragma once

#include "core/domain/PublicHolidays.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QTime>
#include <optional>

namespace osiedle::core {

class Database;

/// One dated meeting of a course.
struct Session {
    qint64 id = 0;
    qint64 courseId = 0;
    QDate date;
    QTime startTime; ///< invalid when not given
    int minutes = 0;
    QString topic;
    QString trainer; ///< empty: the course's trainer
};

/// All SQL about sessions and the office's days off. Throws StorageError.
class SessionRepository {
public:
    explicit SessionRepository(Database& db) : m_db(db) {}

    /// The sessions of a course in date and time order.
    QList<Session> forCourse(qint64 courseId) const;
    std::optional<Session> find(qint64 id) const;
    qint64 insert(const Session& session);
    void update(const Session& session);
    void remove(qint64 id);
    int scheduledMinutes(qint64 courseId) const;
    /// The number of participants present, per session of a course (sessions without anyone
    /// present are missing).
    QHash<qint64, int> presentCounts(qint64 courseId) const;
    /// Participants with any mark in a session.
    QList<qint64> markedParticipants(qint64 sessionId) const;

private:
    Database& m_db;
};

} // namespace osiedle::core
