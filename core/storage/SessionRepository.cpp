#include "core/storage/SessionRepository.h"

#include "core/storage/Database.h"
#include "core/storage/TrainingText.h"

namespace osiedle::core {

namespace {

constexpr const char* sessionColumns = "id, course_id, date, start_time, minutes, topic, trainer";

Session readSession(const Statement& st)
{
    Session s;
    s.id = st.int64(0);
    s.courseId = st.int64(1);
    s.date = st.date(2);
    s.startTime = QTime::fromString(st.text(3), QStringLiteral("HH:mm"));
    s.minutes = st.integer(4);
    s.topic = st.text(5);
    s.trainer = st.text(6);
    return s;
}

void bindSession(Statement& st, const Session& s)
{
    st.bind(1, s.courseId);
    st.bind(2, s.date);
    st.bind(3, s.startTime.isValid() ? s.startTime.toString(QStringLiteral("HH:mm")) : QStringLiteral(""));
    st.bind(4, s.minutes);
    st.bind(5, nonNullText(s.topic));
    st.bind(6, nonNullText(s.trainer));
}

} // namespace

QList<Session> SessionRepository::forCourse(qint64 courseId) const
{
    Statement& st = m_db.cached(QByteArray("SELECT ") + sessionColumns +
                                " FROM session WHERE course_id = ? ORDER BY date, start_time, id");
    st.bind(1, courseId);
    QList<Session> sessions;
    while (st.step()) {
        sessions.append(readSession(st));
    }
    st.reset();
    return sessions;
}

std::optional<Session> SessionRepository::find(qint64 id) const
{
    Statement& st = m_db.cached(QByteArray("SELECT ") + sessionColumns + " FROM session WHERE id = ?");
    st.bind(1, id);
    std::optional<Session> session;
    if (st.step()) {
        session = readSession(st);
    }
    st.reset();
    return session;
}

qint64 SessionRepository::insert(const Session& session)
{
    Statement& st = m_db.cached(
        "INSERT INTO session (course_id, date, start_time, minutes, topic, trainer) VALUES (?, ?, ?, ?, ?, ?)");
    bindSession(st, session);
    st.exec();
    return m_db.lastInsertId();
}

void SessionRepository::update(const Session& session)
{
    Statement st = m_db.prepare(
        "UPDATE session SET course_id = ?, date = ?, start_time = ?, minutes = ?, topic = ?, trainer = ? WHERE id = ?");
    bindSession(st, session);
    st.bind(7, session.id);
    st.exec();
}

void SessionRepository::remove(qint64 id)
{
    Statement st = m_db.prepare("DELETE FROM session WHERE id = ?");
    st.bind(1, id);
    st.exec();
}

int SessionRepository::scheduledMinutes(qint64 courseId) const
{
    Statement& st = m_db.cached("SELECT coalesce(sum(minutes), 0) FROM session WHERE course_id = ?");
    st.bind(1, courseId);
    const int minutes = st.step() ? st.integer(0) : 0;
    st.reset();
    return minutes;
}

QHash<qint64, int> SessionRepository::presentCounts(qint64 courseId) const
{
    Statement st = m_db.prepare("SELECT a.session_id, count(*) FROM session s JOIN attendance a ON a.session_id = s.id "
                                "WHERE s.course_id = ? AND a.status = 'present' GROUP BY a.session_id");
    st.bind(1, courseId);
    QHash<qint64, int> counts;
    while (st.step()) {
        counts.insert(st.int64(0), st.integer(1));
    }
    return counts;
}

QList<qint64> SessionRepository::markedParticipants(qint64 sessionId) const
{
    Statement st = m_db.prepare("SELECT participant_id FROM attendance WHERE session_id = ?");
    st.bind(1, sessionId);
    QList<qint64> ids;
    while (st.step()) {
        ids.append(st.int64(0));
    }
    return ids;
}

} // namespace osiedle::core
