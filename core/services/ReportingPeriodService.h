#pragma once

#include "core/common/FieldError.h"
#include "core/common/Result.h"
#include "core/indicators/ReportingPeriod.h"
#include "core/services/ServiceWrite.h"
#include "core/storage/IndicatorRepository.h"

#include <QCoreApplication>

namespace osiedle::core {

/// The reporting periods (payment claims) of a project: creating, editing and deleting them,
/// and locking a period once its claim is sent. Locking stores the report as computed then
/// (LockedReport::snapshot); a locked period cannot be edited, deleted or get other manual
/// values until it is unlocked, which needs a reason. Both are written to period_lock_log.
/// Each write is one transaction followed by notify(Topic::Periods). Never throws.
class ReportingPeriodService {
    Q_DECLARE_TR_FUNCTIONS(ReportingPeriodService)

public:
    explicit ReportingPeriodService(Database& db, ChangeNotifier* changes = nullptr) : m_db(db), m_changes(changes) {}

    /// Field keys: number, from, to, prepared_on. Checks: number > 0 and unique, both dates,
    /// to ≥ from, no day shared with another period.
    FieldErrors validate(const ReportingPeriod& period);
    /// Returns the new id (the period's id is ignored).
    Result<qint64> create(ReportingPeriod period, FieldErrors* errors = nullptr);
    /// Refused for a locked period.
    Status update(const ReportingPeriod& period, FieldErrors* errors = nullptr);
    /// Deletes a period with its manual values; refused for a locked one. Returns the values
    /// that were deleted with it (for undo).
    Result<QList<ManualValue>> remove(qint64 id);
    /// Undo: writes the period back as it was (re-inserted with its id when missing) with the
    /// manual values given. Refused when the period is locked now.
    Status restore(const ReportingPeriod& period, const QList<ManualValue>& values = {});

    /// Stores the report as computed now and marks the period locked. Refused when it is
    /// locked already or its report cannot be computed.
    Status lock(qint64 id, const QString& byWhom);
    /// Refused without a reason (the message says so) or when the period is not locked.
    Status unlock(qint64 id, const QString& reason, const QString& byWhom);

    /// The name of the person using the computer, for the lock log (the system's user name;
    /// there are no accounts in Osiedle).
    static QString currentUserName();

private:
    template <typename F> auto write(F&& work)
    {
        return serviceWriteChecked(m_db, m_changes, Topic::Periods, std::forward<F>(work));
    }
    static Error lockedError(const ReportingPeriod& period);

    Database& m_db;
    ChangeNotifier* m_changes;
};

} // namespace osiedle::core
