#pragma once

#include "core/common/Result.h"
#include "core/services/ServiceWrite.h"
#include "core/storage/EventRepository.h"

#include <QCoreApplication>

namespace osiedle::core {

/// The study trip, the conference and other events: who went, what was visited. Validates,
/// writes in one transaction, announces Topic::Products. Never throws.
class EventService {
    Q_DECLARE_TR_FUNCTIONS(EventService)

public:
    EventService(Database& db, ChangeNotifier* changes = nullptr) : m_db(db), m_changes(changes) {}

    /// Inserts (id 0) or updates an event; its visits must stay within its dates.
    Result<qint64> save(const Event& e);
    /// Removes the event with its attendees and visits; returns what was removed (for undo).
    Result<EventSnapshot> remove(qint64 id);
    /// Puts back a removed event with its attendees and visits, under their old ids.
    Status restore(const EventSnapshot& snapshot);
    /// Inserts (id 0) or updates an attendee: a project participant once per event; staff and
    /// guests need a name. Cost ≥ 0.
    Result<qint64> saveAttendee(const EventAttendee& a);
    /// Removes an attendee; returns it as it was (saving it again with its id restores it).
    Result<EventAttendee> removeAttendee(qint64 id);
    /// Inserts (id 0) or updates a partner visit, dated within the event.
    Result<qint64> saveVisit(const EventVisit& v);
    Result<EventVisit> removeVisit(qint64 id);

private:
    template <typename F> auto write(F&& work)
    {
        return serviceWriteChecked(m_db, m_changes, Topic::Products, std::forward<F>(work));
    }

    Database& m_db;
    ChangeNotifier* m_changes;
};

} // namespace osiedle::core
