#pragma once

#include "core/domain/Enums.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace osiedle::core {

class Database;

struct Event {
    qint64 id = 0;
    EventKind kind = EventKind::Other;
    QString name;
    QDate startDate;
    QDate endDate;
    QString place;
    QString programme;
    QString notes;
};

struct EventAttendee {
    qint64 id = 0;
    qint64 eventId = 0;
    AttendeeRole role = AttendeeRole::Guest;
    std::optional<qint64> participantId; ///< set for project participants
    QString name;                        ///< staff and guests; read-only name of a participant
    QString institution;
    qint64 costGrosze = 0; ///< cost per person
    bool attended = true;
};

/// A partner visited during the study trip.
struct EventVisit {
    qint64 id = 0;
    qint64 eventId = 0;
    QDate date;
    QString partner;
    QString notes;
};

/// How many attended, counted separately: project participants (and of them women/men),
/// staff and external guests; plus the total cost.
struct EventCounts {
    int participants = 0;
    int women = 0;
    int men = 0;
    int staff = 0;
    int guests = 0;
    qint64 costGrosze = 0;
};

/// An event with everything that goes with it, as it was before it was removed.
struct EventSnapshot {
    Event event;
    QList<EventAttendee> attendees;
    QList<EventVisit> visits;
};

/// All SQL about events, their attendees and visits. Throws StorageError.
class EventRepository {
public:
    explicit EventRepository(Database& db) : m_db(db) {}

    QList<Event> events() const;
    std::optional<Event> find(qint64 id) const;
    /// Inserts with the event's id when it is set (restoring a removed one), else a new id.
    qint64 insert(const Event& e);
    void update(const Event& e);
    void remove(qint64 id);

    /// Participants first (by surname), then staff, then guests.
    QList<EventAttendee> attendees(qint64 eventId) const;
    std::optional<EventAttendee> findAttendee(qint64 id) const;
    /// Inserts with the attendee's id when it is set (restoring a removed one), else a new id.
    qint64 insertAttendee(const EventAttendee& a);
    void updateAttendee(const EventAttendee& a);
    void removeAttendee(qint64 id);
    bool hasParticipant(qint64 eventId, qint64 participantId, qint64 exceptAttendeeId = 0) const;
    /// Counts of those who attended (attended = 1).
    EventCounts counts(qint64 eventId) const;

    QList<EventVisit> visits(qint64 eventId) const;
    std::optional<EventVisit> findVisit(qint64 id) const;
    qint64 insertVisit(const EventVisit& v);
    void updateVisit(const EventVisit& v);
    void removeVisit(qint64 id);

private:
    Database& m_db;
};

} // namespace osiedle::core
