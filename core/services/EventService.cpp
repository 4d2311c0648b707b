#include "core/services/EventService.h"

#include "core/common/DisplayFormat.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"

namespace osiedle::core {

Result<qint64> EventService::save(const Event& e)
{
    return write([&]() -> Result<qint64> {
        if (e.name.trimmed().isEmpty()) {
            return Error{tr("The event needs a name.")};
        }
        if (!e.startDate.isValid() || !e.endDate.isValid()) {
            return Error{tr("The event needs its first and last day.")};
        }
        if (e.endDate < e.startDate) {
            return Error{tr("The event cannot end (%1) before it starts (%2).")
                             .arg(core::shown::date(e.endDate), core::shown::date(e.startDate))};
        }
        EventRepository repo(m_db);
        if (e.id == 0) {
            return repo.insert(e);
        }
        if (!repo.find(e.id)) {
            return Error{tr("The event no longer exists.")};
        }
        for (const EventVisit& v : repo.visits(e.id)) {
            if (v.date.isValid() && (v.date < e.startDate || v.date > e.endDate)) {
                return Error{tr("The visit to %1 on %2 would fall outside the new dates; change or remove it first.")
                                 .arg(v.partner, core::shown::date(v.date))};
            }
        }
        repo.update(e);
        return e.id;
    });
}

Result<EventSnapshot> EventService::remove(qint64 id)
{
    return write([&]() -> Result<EventSnapshot> {
        EventRepository repo(m_db);
        const std::optional<Event> event = repo.find(id);
        if (!event) {
            return Error{tr("The event no longer exists.")};
        }
        EventSnapshot snapshot{*event, repo.attendees(id), repo.visits(id)};
        repo.remove(id);
        return snapshot;
    });
}

Status EventService::restore(const EventSnapshot& snapshot)
{
    return write([&]() -> Status {
        EventRepository repo(m_db);
        if (snapshot.event.id == 0 || repo.find(snapshot.event.id)) {
            return Error{tr("The event \"%1\" cannot be put back: it is still there.").arg(snapshot.event.name)};
        }
        repo.insert(snapshot.event);
        for (const EventAttendee& a : snapshot.attendees) {
            repo.insertAttendee(a);
        }
        for (const EventVisit& v : snapshot.visits) {
            repo.insertVisit(v);
        }
        return {};
    });
}

Result<qint64> EventService::saveAttendee(const EventAttendee& a)
{
    return write([&]() -> Result<qint64> {
        EventRepository repo(m_db);
        if (!repo.find(a.eventId)) {
            return Error{tr("The event no longer exists.")};
        }
        if (a.costGrosze < 0) {
            return Error{tr("The cost per person cannot be negative.")};
        }
        if (a.role == AttendeeRole::Participant) {
            if (!a.participantId) {
                return Error{tr("Choose the project participant.")};
            }
            if (repo.hasParticipant(a.eventId, *a.participantId, a.id)) {
                return Error{tr("This participant is already on the list.")};
            }
        } else if (a.name.trimmed().isEmpty()) {
            return Error{tr("Staff and guests need a name.")};
        }
        EventAttendee stored = a;
        stored.name = a.name.trimmed();
        stored.institution = a.institution.trimmed();
        if (a.role != AttendeeRole::Participant) {
            stored.participantId.reset();
        }
        if (a.id != 0 && repo.findAttendee(a.id)) {
            repo.updateAttendee(stored);
            return a.id;
        }
        return repo.insertAttendee(stored);
    });
}

Result<EventAttendee> EventService::removeAttendee(qint64 id)
{
    return write([&]() -> Result<EventAttendee> {
        EventRepository repo(m_db);
        const std::optional<EventAttendee> attendee = repo.findAttendee(id);
        if (!attendee) {
            return Error{tr("The attendee is no longer on the list.")};
        }
        repo.removeAttendee(id);
        return *attendee;
    });
}

Result<qint64> EventService::saveVisit(const EventVisit& v)
{
    return write([&]() -> Result<qint64> {
        if (v.partner.trimmed().isEmpty()) {
            return Error{tr("Name the partner visited.")};
        }
        EventRepository repo(m_db);
        const std::optional<Event> event = repo.find(v.eventId);
        if (!event) {
            return Error{tr("The event no longer exists.")};
        }
        if (v.date.isValid() && (v.date < event->startDate || v.date > event->endDate)) {
            return Error{tr("The visit on %1 is outside the dates of \"%2\" (%3 – %4).")
                             .arg(core::shown::date(v.date), event->name, core::shown::date(event->startDate),
                                  core::shown::date(event->endDate))};
        }
        if (v.id != 0 && repo.findVisit(v.id)) {
            repo.updateVisit(v);
            return v.id;
        }
        return repo.insertVisit(v);
    });
}

Result<EventVisit> EventService::removeVisit(qint64 id)
{
    return write([&]() -> Result<EventVisit> {
        EventRepository repo(m_db);
        const std::optional<EventVisit> visit = repo.findVisit(id);
        if (!visit) {
            return Error{tr("The visit is no longer recorded.")};
        }
        repo.removeVisit(id);
        return *visit;
    });
}

} // namespace osiedle::core
