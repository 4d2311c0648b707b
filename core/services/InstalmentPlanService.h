#pragma once

#include "core/common/Result.h"
#include "core/domain/InstalmentPlan.h"

#include <QCoreApplication>

namespace osiedle::core {

class Database;
class ChangeNotifier;

/// Signs instalment agreements and changes their status. Writes run
/// one transaction each and notify Topic::Debts. Never throws.
class InstalmentPlanService {
    Q_DECLARE_TR_FUNCTIONS(InstalmentPlanService)

public:
    InstalmentPlanService(Database& db, ChangeNotifier& changes) : m_db(db), m_changes(changes) {}

    /// Signs a plan (plan.total and plan.instalments must agree); an account has at most one
    /// active plan. With plan.id set, puts back a removed plan under its old id (undo).
    Result<qint64> sign(const InstalmentPlan& plan);
    Status setStatus(qint64 planId, PlanStatus status);
    /// Removes a plan (undo of a signing).
    Status remove(qint64 planId);

private:
    Database& m_db;
    ChangeNotifier& m_changes;
};

} // namespace osiedle::core
