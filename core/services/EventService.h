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

    Result<qint64> save(const Event& e);
    Status remove(qint64 id);
    /// A project participant once per event; staff and guests need a name. Cost ≥ 0.
    Result<qint64> addAttendee(const EventAttendee& a);
    Status removeAttendee(qint64 id);
    Result<qint64> addVisit(const EventVisit& v);
    Status removeVisit(qint64 id);

private:
    template <typename F>
    auto write(F&& work)
    {
        return serviceWriteChecked(m_db, m_changes, Topic::Products, std::forward<F>(work));
    }

    Database& m_db;
    ChangeNotifier* m_changes;
};

} // namespace osiedle::core
