#include "core/storage/AttendanceRepository.h"

#include "core/storage/Database.h"

namespace osiedle::core {

QList<AttendanceEntry> AttendanceRepository::forCourse(qint64 courseId) const
{
    Statement& st = m_db.cached("SELECT a.session_id, a.participant_id, a.status FROM session s "
                                "JOIN attendance a ON a.session_id = s.id WHERE s.course_id = ?");
    st.bind(1, courseId);
    QList<AttendanceEntry> entries;
    while (st.step()) {
        entries.append({st.int64(0), st.int64(1), parseKey<AttendanceStatus>(st.text(2)).value_or(AttendanceStatus::Absent)});
    }
    st.reset();
    return entries;
}

std::optional<AttendanceStatus> AttendanceRepository::find(qint64 sessionId, qint64 participantId) const
{
    Statement& st = m_db.cached("SELECT status FROM attendance WHERE session_id = ? AND participant_id = ?");
    st.bind(1, sessionId);
    st.bind(2, participantId);
    std::optional<AttendanceStatus> mark;
    if (st.step()) {
        mark = parseKey<AttendanceStatus>(st.text(0));
    }
    st.reset();
    return mark;
}

void AttendanceRepository::set(qint64 sessionId, qint64 participantId, AttendanceStatus mark)
{
    Statement& st = m_db.cached("INSERT INTO attendance (session_id, participant_id, status) VALUES (?, ?, ?) "
                                "ON CONFLICT (session_id, participant_id) DO UPDATE SET status = excluded.status");
    st.bind(1, sessionId);
    st.bind(2, participantId);
    st.bind(3, key(mark));
    st.exec();
}

void AttendanceRepository::clear(qint64 sessionId, qint64 participantId)
{
    Statement& st = m_db.cached("DELETE FROM attendance WHERE session_id = ? AND participant_id = ?");
    st.bind(1, sessionId);
    st.bind(2, participantId);
    st.exec();
}

QList<AttendedSession> AttendanceRepository::attended(qint64 courseId, qint64 participantId) const
{
    Statement& st = m_db.cached("SELECT s.date, s.minutes FROM attendance a JOIN session s ON s.id = a.session_id "
                                "WHERE a.participant_id = ? AND a.status = 'present' AND s.course_id = ? "
                                "ORDER BY s.date, s.start_time, s.id");
    st.bind(1, participantId);
    st.bind(2, courseId);
    QList<AttendedSession> sessions;
    while (st.step()) {
        sessions.append({st.date(0), st.integer(1)});
    }
    st.reset();
    return sessions;
}

bool AttendanceRepository::recomputeParticipationStart(qint64 participantId)
{
    Statement& st = m_db.cached(R"sql(
        WITH first_support(d) AS (
            SELECT min(d) FROM (
                SELECT min(s.date) AS d FROM attendance a JOIN session s ON s.id = a.session_id
                 WHERE a.participant_id = ?1 AND a.status = 'present'
                UNION ALL
                SELECT min(c.date) FROM consultation c WHERE c.participant_id = ?1))
        UPDATE participant SET participation_start = (SELECT d FROM first_support)
        WHERE id = ?1 AND participation_start IS NOT (SELECT d FROM first_support))sql");
    st.bind(1, participantId);
    st.exec();
    return m_db.changes() > 0;
}

std::optional<QDate> AttendanceRepository::participationStart(qint64 participantId) const
{
    Statement& st = m_db.cached("SELECT participation_start FROM participant WHERE id = ?");
    st.bind(1, participantId);
    std::optional<QDate> start;
    if (st.step()) {
        start = st.optDate(0);
    }
    st.reset();
    return start;
}

} // namespace osiedle::core
