#pragma once

#include "core/common/FieldError.h"
#include "core/common/Result.h"
#include "core/domain/WorkOrder.h"
#include "core/domain/WorkOrderSeries.h"
#include "core/storage/WorkHoursRepository.h"
#include "core/storage/WorkOrderRepository.h"

#include <QCoreApplication>

namespace osiedle::core {

class ChangeNotifier;
class Database;

/// What a status change records: the date of the step and, for an invoice, its number.
struct StatusChange {
    WorkOrderStatus to = WorkOrderStatus::Ordered;
    QDate date;
    QString invoiceNumber;
};

/// The operations on SM work orders and the hours worked on them. Writes validate, run one
/// transaction and announce Topic::WorkOrders; a refused transition comes back as an Error
/// whose message names the order, its status and what it needs first.
class WorkOrderService {
    Q_DECLARE_TR_FUNCTIONS(WorkOrderService)

public:
    WorkOrderService(Database& db, ChangeNotifier& changes);

    static FieldErrors validate(const WorkOrder& order);

    /// Creates a draft or ordered order with the next number of its SM in the year of its order
    /// date (else its due date, else `today`). Returns it as stored.
    Result<WorkOrder> create(const WorkOrder& order, const QDate& today);
    /// Saves the fields of an order (its number and status stay as stored).
    Status update(const WorkOrder& order);
    /// Moves an order on its lifecycle (see WorkOrderLifecycle), recording the step's date.
    Result<WorkOrder> changeStatus(qint64 id, const StatusChange& change);
    /// Puts an order back exactly as `snapshot` (undo of an edit or a status change), or
    /// re-inserts it when it was removed.
    Status restore(const WorkOrder& snapshot);
    /// Removes a draft or cancelled order.
    Status remove(qint64 id);
    /// Takes back an order just created (undo of create): refused once hours are logged on it.
    Status discard(qint64 id);

    /// Creates a recurring series in one step: one order per date (WorkOrderSeries), each
    /// ordered on its date and due `dueAfterDays` later, numbered in turn.
    Result<QList<WorkOrder>> createSeries(const WorkOrder& pattern, const QDate& first, const QDate& last,
                                          Recurrence recurrence, int dueAfterDays);
    /// Removes the orders of a series that are still drafts or ordered with no hours.
    Status removeSeries(const QString& series);

    /// Sets the minutes a member worked on a day of an order (0 removes them).
    Status setHours(qint64 workOrderId, qint64 participantId, const QDate& date, int minutes);

private:
    Database& m_db;
    ChangeNotifier& m_changes;
    WorkOrderRepository m_orders;
    WorkHoursRepository m_hours;
};

} // namespace osiedle::core
