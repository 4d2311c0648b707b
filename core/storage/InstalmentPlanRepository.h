#pragma once

#include "core/domain/InstalmentPlan.h"

#include <QList>

#include <optional>

namespace osiedle::core {

class Database;

/// Every SQL statement about instalment agreements (instalment_plan, instalment).
/// Throws StorageError. Not thread-safe.
class InstalmentPlanRepository {
public:
    explicit InstalmentPlanRepository(Database& db) : m_db(db) {}

    /// Inserts the plan and its instalments (with plan.id when it is set: undo of a removal).
    qint64 insert(const InstalmentPlan& plan);
    void remove(qint64 id);
    void setStatus(qint64 id, PlanStatus status);
    std::optional<InstalmentPlan> find(qint64 id);
    /// The account's plans, newest signed first.
    QList<InstalmentPlan> forAccount(qint64 accountId);
    /// Every active plan with its schedule.
    QList<InstalmentPlan> active();

private:
    QList<InstalmentPlan> plans(const QByteArray& where, const std::optional<qint64>& id);

    Database& m_db;
};

} // namespace osiedle::core
