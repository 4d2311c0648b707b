#pragma once

#include "core/common/FieldError.h"
#include "core/common/Result.h"
#include "core/services/ServiceWrite.h"
#include "core/storage/DeliverableRepository.h"

#include <QCoreApplication>

namespace osiedle::core {

/// The register of project products: what was delivered, when, and to whom copies went.
/// Validates, writes in one transaction, announces Topic::Products. Never throws.
class DeliverableService {
    Q_DECLARE_TR_FUNCTIONS(DeliverableService)

public:
    DeliverableService(Database& db, ChangeNotifier* changes = nullptr) : m_db(db), m_changes(changes) {}

    /// Field keys: "title", "doneOn", "status", "copiesPrinted", "copiesPlanned".
    /// `distributed` is how many copies were given out already (printed may not fall below it).
    static FieldErrors validate(const Deliverable& d, int distributed = 0);
    /// Inserts (id 0) or updates; returns the id.
    Result<qint64> save(const Deliverable& d);
    /// Removes the deliverable with its distribution log and evidence files.
    Status remove(qint64 id);

    /// Gives out copies. Refused when the deliverable is not done yet, the date is before it
    /// was done, or more copies would go out than were printed (the message says how many are
    /// left). Returns the id of the log entry.
    Result<qint64> distribute(const Distribution& d);
    Status removeDistribution(qint64 id);

    Result<qint64> attachFile(const EvidenceFile& f);
    Status removeFile(qint64 id);

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
