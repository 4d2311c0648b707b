#pragma once

#include "core/domain/WorkOrder.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace osiedle::core {

/// The allowed status transitions of a work order and the words for them. Pure.
///
///     draft → ordered → in progress → completed → accepted → invoiced → paid
///     draft, ordered, in progress → cancelled
///
/// A completed order is waiting for the SM's acceptance protocol; from then on it is money
/// owed and can no longer be cancelled.
class WorkOrderLifecycle {
    Q_DECLARE_TR_FUNCTIONS(WorkOrderLifecycle)

public:
    static QString key(WorkOrderStatus status);
    static std::optional<WorkOrderStatus> statusFromKey(const QString& key);
    /// "in progress"
    static QString title(WorkOrderStatus status);
    /// The participle used in messages: "invoiced", "accepted"…
    static QString done(WorkOrderStatus status);

    static QString kindKey(WorkOrderKind kind);
    static std::optional<WorkOrderKind> kindFromKey(const QString& key);
    static QString kindTitle(WorkOrderKind kind);
    static QList<WorkOrderKind> allKinds();
    static QList<WorkOrderStatus> allStatuses();

    /// The status after `status` on the normal path (none after paid and cancelled).
    static std::optional<WorkOrderStatus> next(WorkOrderStatus status);
    /// The statuses `status` may move to.
    static QList<WorkOrderStatus> allowedFrom(WorkOrderStatus status);
    static bool allowed(WorkOrderStatus from, WorkOrderStatus to);
    /// Empty when `order` may move to `to`, else the refusal in words, e.g.
    /// "Order 12/2012 is in progress: it cannot be invoiced before it is accepted".
    static QString refusal(const WorkOrder& order, WorkOrderStatus to);
    /// The date a transition to `status` records, if any (ordered_on, completed_on …).
    static std::optional<QDate> dateOf(const WorkOrder& order, WorkOrderStatus status);
    /// True while the work is still to be done (draft, ordered, in progress).
    static bool isOpen(WorkOrderStatus status);
};

} // namespace osiedle::core
