#include "core/storage/EventRepository.h"

#include "core/storage/Database.h"
#include "core/storage/TrainingText.h"

namespace osiedle::core {

namespace {

constexpr const char* eventSelect = "SELECT id, kind, name, start_date, end_date, place, programme, notes FROM event ";

Event readEvent(const Statement& st)
{
    Event e;
    e.id = st.int64(0);
    e.kind = parseKey<EventKind>(st.text(1)).value_or(EventKind::Other);
    e.name = st.text(2);
    e.startDate = st.date(3);
    e.endDate = st.date(4);
    e.place = st.text(5);
    e.programme = st.text(6);
    e.notes = st.text(7);
    return e;
}

void bindEvent(Statement& st, const Event& e)
{
    st.bind(1, key(e.kind))
        .bind(2, nonNullText(e.name))
        .bind(3, e.startDate)
        .bind(4, e.endDate)
        .bind(5, nonNullText(e.place))
        .bind(6, nonNullText(e.programme))
        .bind(7, nonNullText(e.notes));
}

/// An explicit id (when restoring what was removed) or NULL for a new row.
std::optional<qint64> idOrNull(qint64 id)
{
    return id != 0 ? std::optional<qint64>(id) : std::nullopt;
}

void bindAttendee(Statement& st, const EventAttendee& a)
{
    st.bind(1, a.eventId)
        .bind(2, a.participantId)
        .bind(3, a.participantId ? QStringLiteral("") : nonNullText(a.name))
        .bind(4, nonNullText(a.institution))
        .bind(5, key(a.role))
        .bind(6, a.costGrosze)
        .bind(7, a.attended);
}

void execWithId(Database& db, const QByteArray& sql, qint64 id)
{
    Statement st = db.prepare(sql);
    st.bind(1, id);
    st.exec();
}

} // namespace

QList<Event> EventRepository::events() const
{
    Statement st = m_db.prepare(QByteArray(eventSelect) + "ORDER BY start_date, id");
    QList<Event> out;
    while (st.step()) {
        out.append(readEvent(st));
    }
    return out;
}

std::optional<Event> EventRepository::find(qint64 id) const
{
    Statement st = m_db.prepare(QByteArray(eventSelect) + "WHERE id = ?");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    return readEvent(st);
}

qint64 EventRepository::insert(const Event& e)
{
    Statement st = m_db.prepare("INSERT INTO event (kind, name, start_date, end_date, place, programme, notes, id) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    bindEvent(st, e);
    st.bind(8, idOrNull(e.id));
    st.exec();
    return m_db.lastInsertId();
}

void EventRepository::update(const Event& e)
{
    Statement st = m_db.prepare("UPDATE event SET kind = ?1, name = ?2, start_date = ?3, end_date = ?4, place = ?5, "
                                "programme = ?6, notes = ?7 WHERE id = ?8");
    bindEvent(st, e);
    st.bind(8, e.id);
    st.exec();
}

void EventRepository::remove(qint64 id)
{
    execWithId(m_db, "DELETE FROM event WHERE id = ?", id);
}

QList<EventAttendee> EventRepository::attendees(qint64 eventId) const
{
    Statement st =
        m_db.prepare("SELECT a.id, a.event_id, a.role, a.participant_id, "
                     "coalesce(p.last_name || ' ' || p.first_name, a.name), a.institution, a.cost, a.attended "
                     "FROM event_attendee a LEFT JOIN participant p ON p.id = a.participant_id WHERE a.event_id = ? "
                     "ORDER BY CASE a.role WHEN 'participant' THEN 0 WHEN 'staff' THEN 1 ELSE 2 END, "
                     "coalesce(p.last_name || ' ' || p.first_name, a.name) COLLATE pl, a.id");
    st.bind(1, eventId);
    QList<EventAttendee> out;
    while (st.step()) {
        EventAttendee a;
        a.id = st.int64(0);
        a.eventId = st.int64(1);
        a.role = parseKey<AttendeeRole>(st.text(2)).value_or(AttendeeRole::Guest);
        a.participantId = st.optInt64(3);
        a.name = st.text(4);
        a.institution = st.text(5);
        a.costGrosze = st.int64(6);
        a.attended = st.boolean(7);
        out.append(a);
    }
    return out;
}

qint64 EventRepository::insertAttendee(const EventAttendee& a)
{
    Statement st = m_db.prepare("INSERT INTO event_attendee (event_id, participant_id, name, institution, role, cost, "
                                "attended, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    bindAttendee(st, a);
    st.bind(8, idOrNull(a.id));
    st.exec();
    return m_db.lastInsertId();
}

void EventRepository::updateAttendee(const EventAttendee& a)
{
    Statement st = m_db.prepare("UPDATE event_attendee SET event_id = ?1, participant_id = ?2, name = ?3, "
                                "institution = ?4, role = ?5, cost = ?6, attended = ?7 WHERE id = ?8");
    bindAttendee(st, a);
    st.bind(8, a.id);
    st.exec();
}

std::optional<EventAttendee> EventRepository::findAttendee(qint64 id) const
{
    Statement st = m_db.prepare("SELECT event_id FROM event_attendee WHERE id = ?");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    const qint64 eventId = st.int64(0);
    for (const EventAttendee& a : attendees(eventId)) {
        if (a.id == id) {
            return a;
        }
    }
    return std::nullopt;
}

void EventRepository::removeAttendee(qint64 id)
{
    execWithId(m_db, "DELETE FROM event_attendee WHERE id = ?", id);
}

bool EventRepository::hasParticipant(qint64 eventId, qint64 participantId, qint64 exceptAttendeeId) const
{
    Statement st = m_db.prepare("SELECT 1 FROM event_attendee WHERE event_id = ? AND participant_id = ? AND id <> ?");
    st.bind(1, eventId).bind(2, participantId).bind(3, exceptAttendeeId);
    return st.step();
}

EventCounts EventRepository::counts(qint64 eventId) const
{
    Statement st =
        m_db.prepare("SELECT coalesce(sum(a.role = 'participant'), 0), "
                     "coalesce(sum(a.role = 'participant' AND p.sex = 'F'), 0), "
                     "coalesce(sum(a.role = 'participant' AND p.sex = 'M'), 0), "
                     "coalesce(sum(a.role = 'staff'), 0), coalesce(sum(a.role = 'guest'), 0), coalesce(sum(a.cost), 0) "
                     "FROM event_attendee a LEFT JOIN participant p ON p.id = a.participant_id "
                     "WHERE a.event_id = ? AND a.attended = 1");
    st.bind(1, eventId);
    EventCounts c;
    if (st.step()) {
        c.participants = st.integer(0);
        c.women = st.integer(1);
        c.men = st.integer(2);
        c.staff = st.integer(3);
        c.guests = st.integer(4);
        c.costGrosze = st.int64(5);
    }
    return c;
}

QList<EventVisit> EventRepository::visits(qint64 eventId) const
{
    Statement st =
        m_db.prepare("SELECT id, event_id, date, partner, notes FROM event_visit WHERE event_id = ? ORDER BY date, id");
    st.bind(1, eventId);
    QList<EventVisit> out;
    while (st.step()) {
        out.append({st.int64(0), st.int64(1), st.date(2), st.text(3), st.text(4)});
    }
    return out;
}

qint64 EventRepository::insertVisit(const EventVisit& v)
{
    Statement st = m_db.prepare("INSERT INTO event_visit (event_id, date, partner, notes, id) VALUES (?, ?, ?, ?, ?)");
    st.bind(1, v.eventId).bind(2, v.date).bind(3, nonNullText(v.partner)).bind(4, nonNullText(v.notes));
    st.bind(5, idOrNull(v.id));
    st.exec();
    return m_db.lastInsertId();
}

void EventRepository::updateVisit(const EventVisit& v)
{
    Statement st = m_db.prepare("UPDATE event_visit SET date = ?, partner = ?, notes = ? WHERE id = ?");
    st.bind(1, v.date).bind(2, nonNullText(v.partner)).bind(3, nonNullText(v.notes)).bind(4, v.id);
    st.exec();
}

std::optional<EventVisit> EventRepository::findVisit(qint64 id) const
{
    Statement st = m_db.prepare("SELECT id, event_id, date, partner, notes FROM event_visit WHERE id = ?");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    return EventVisit{st.int64(0), st.int64(1), st.date(2), st.text(3), st.text(4)};
}

void EventRepository::removeVisit(qint64 id)
{
    execWithId(m_db, "DELETE FROM event_visit WHERE id = ?", id);
}

} // namespace osiedle::core
