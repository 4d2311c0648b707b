#include "core/services/EventService.h"

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
                             .arg(e.endDate.toString(Qt::ISODate), e.startDate.toString(Qt::ISODate))};
        }
        EventRepository repo(m_db);
        if (e.id == 0) {
            return repo.insert(e);
        }
        repo.update(e);
        return e.id;
    });
}

Status EventService::remove(qint64 id)
{
    return write([&]() -> Status {
        EventRepository(m_db).remove(id);
        return {};
    });
}

Result<qint64> EventService::addAttendee(const EventAttendee& a)
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
            if (repo.hasParticipant(a.eventId, *a.participantId)) {
                return Error{tr("This participant is already on the list.")};
            }
        } else if (a.name.trimmed().isEmpty()) {
            return Error{tr("Staff and guests need a name.")};
        }
        EventAttendee stored = a;
        if (a.role != AttendeeRole::Participant) {
            stored.participantId.reset();
        }
        return repo.insertAttendee(stored);
    });
}

Status EventService::removeAttendee(qint64 id)
{
    return write([&]() -> Status {
        EventRepository(m_db).removeAttendee(id);
        return {};
    });
}

Result<qint64> EventService::addVisit(const EventVisit& v)
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
                             .arg(v.date.toString(Qt::ISODate), event->name,
                                  event->startDate.toString(Qt::ISODate), event->endDate.toString(Qt::ISODate))};
        }
        return repo.insertVisit(v);
    });
}

Status EventService::removeVisit(qint64 id)
{
    return write([&]() -> Status {
        EventRepository(m_db).removeVisit(id);
        return {};
    });
}

} // namespace osiedle::core
