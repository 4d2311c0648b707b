#include "core/domain/WorkOrderLifecycle.h"

namespace osiedle::core {

namespace {
using S = WorkOrderStatus;
constexpr S path[] = {S::Draft, S::Ordered, S::InProgress, S::Completed, S::Accepted, S::Invoiced, S::Paid};

int position(S status)
{
    for (int i = 0; i < int(std::size(path)); ++i) {
        if (path[i] == status) {
            return i;
        }
    }
    return -1;
}
} // namespace

QString WorkOrderLifecycle::key(WorkOrderStatus status)
{
    return core::key(status);
}

std::optional<WorkOrderStatus> WorkOrderLifecycle::statusFromKey(const QString& key)
{
    return parseKey<WorkOrderStatus>(key);
}

QString WorkOrderLifecycle::title(WorkOrderStatus status)
{
    switch (status) {
    case S::Draft:
        return tr("draft");
    case S::Ordered:
        return tr("ordered");
    case S::InProgress:
        return tr("in progress");
    case S::Completed:
        return tr("completed");
    case S::Accepted:
        return tr("accepted");
    case S::Invoiced:
        return tr("invoiced");
    case S::Paid:
        return tr("paid");
    case S::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QString WorkOrderLifecycle::done(WorkOrderStatus status)
{
    switch (status) {
    case S::Draft:
        return tr("drafted");
    case S::InProgress:
        return tr("started");
    default:
        return title(status);
    }
}

QString WorkOrderLifecycle::kindKey(WorkOrderKind kind)
{
    return core::key(kind);
}

std::optional<WorkOrderKind> WorkOrderLifecycle::kindFromKey(const QString& key)
{
    return parseKey<WorkOrderKind>(key);
}

QString WorkOrderLifecycle::kindTitle(WorkOrderKind kind)
{
    return label(kind);
}

QList<WorkOrderKind> WorkOrderLifecycle::allKinds()
{
    return allValues<WorkOrderKind>();
}

QList<WorkOrderStatus> WorkOrderLifecycle::allStatuses()
{
    return allValues<WorkOrderStatus>();
}

std::optional<WorkOrderStatus> WorkOrderLifecycle::next(WorkOrderStatus status)
{
    const int p = position(status);
    if (p < 0 || p + 1 >= int(std::size(path))) {
        return std::nullopt;
    }
    return path[p + 1];
}

QList<WorkOrderStatus> WorkOrderLifecycle::allowedFrom(WorkOrderStatus status)
{
    QList<S> result;
    if (const auto n = next(status)) {
        result.append(*n);
    }
    if (isOpen(status)) {
        result.append(S::Cancelled);
    }
    return result;
}

bool WorkOrderLifecycle::allowed(WorkOrderStatus from, WorkOrderStatus to)
{
    return allowedFrom(from).contains(to);
}

QString WorkOrderLifecycle::refusal(const WorkOrder& order, WorkOrderStatus to)
{
    const S from = order.status;
    if (allowed(from, to)) {
        return {};
    }
    const QString number = order.number();
    if (from == to) {
        return tr("Order %1 is already %2").arg(number, title(from));
    }
    if (from == S::Cancelled) {
        return tr("Order %1 is cancelled: it cannot be %2").arg(number, done(to));
    }
    if (to == S::Cancelled) {
        return tr("Order %1 is %2: it can no longer be cancelled").arg(number, title(from));
    }
    if (position(to) < position(from)) {
        return tr("Order %1 is already %2: it cannot go back to %3").arg(number, title(from), title(to));
    }
    // a step forward that skips one: name the step it needs first
    const S needed = path[position(to) - 1];
    return tr("Order %1 is %2: it cannot be %3 before it is %4").arg(number, title(from), done(to), done(needed));
}

std::optional<QDate> WorkOrderLifecycle::dateOf(const WorkOrder& order, WorkOrderStatus status)
{
    switch (status) {
    case S::Ordered:
        return order.orderedOn;
    case S::Completed:
        return order.completedOn;
    case S::Accepted:
        return order.acceptedOn;
    case S::Invoiced:
        return order.invoicedOn;
    case S::Paid:
        return order.paidOn;
    default:
        return std::nullopt;
    }
}

bool WorkOrderLifecycle::isOpen(WorkOrderStatus status)
{
    return status == S::Draft || status == S::Ordered || status == S::InProgress;
}

} // namespace osiedle::core
