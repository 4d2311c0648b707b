#pragma once

#include "core/domain/WorkOrder.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace osiedle::core {

class Database;
class Statement;

/// Which orders a list shows.
enum class WorkOrderList {
    All,
    Open,            ///< draft, ordered, in progress
    Overdue,         ///< past the due date and not completed (nor cancelled)
    AwaitingPayment, ///< invoiced, not paid
};

struct WorkOrderFilter {
    WorkOrderList list = WorkOrderList::All;
    std::optional<qint64> socialCoopId;
    std::optional<qint64> housingCoopId;
    QString search;  ///< number, description, estate or invoice number (diacritics ignored)
    QDate today;     ///< for Overdue
    int limit = 500; ///< one page
    int offset = 0;
};

/// A work order with the names a list shows.
struct WorkOrderRow {
    WorkOrder order;
    QString housingCoopName;
    QString socialCoopName;
    int minutes = 0; ///< hours worked on it, in minutes
};

/// Orders of an OSS over a period (by order date, drafts by due date; cancelled ones left out):
/// how many, their net value, and of that what is paid and what is not yet.
struct WorkOrderTotals {
    int count = 0;
    Money net;
    Money paid;
    Money unpaid;
    int paidCount = 0;
};

/// All SQL of work_order. Throws StorageError.
class WorkOrderRepository {
public:
    explicit WorkOrderRepository(Database& db) : m_db(db) {}

    std::optional<WorkOrder> find(qint64 id) const;
    QList<WorkOrderRow> list(const WorkOrderFilter& filter) const;
    int count(const WorkOrderFilter& filter) const;
    QList<WorkOrder> series(const QString& series) const;

    /// The next free number of the SM in `year` (1 for the first order).
    int nextSeq(qint64 housingCoopId, int year) const;
    /// Inserts (keeping `order.id` when it is not 0); returns the id.
    qint64 insert(const WorkOrder& order);
    void update(const WorkOrder& order);
    void remove(qint64 id);

    WorkOrderTotals totals(qint64 socialCoopId, const QDate& from, const QDate& to) const;
    /// Net value of the orders per month in [from, to]: pairs (first day of month, value),
    /// months without orders included.
    QList<std::pair<QDate, Money>> monthlyValue(qint64 socialCoopId, const QDate& from, const QDate& to) const;

private:
    QByteArray where(const WorkOrderFilter& filter) const;
    void bindFilter(Statement& st, const WorkOrderFilter& filter) const;
    Database& m_db;
};

} // namespace osiedle::core
