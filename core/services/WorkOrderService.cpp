#include "core/services/WorkOrderService.h"

#include "core/common/DisplayFormat.h"
#include "core/domain/WorkOrderLifecycle.h"
#include "core/services/ServiceWrite.h"
#include "core/services/SocialCoopService.h"

namespace osiedle::core {

namespace {

using S = WorkOrderStatus;

void setDate(WorkOrder& order, S status, const QDate& date)
{
    switch (status) {
    case S::Ordered:
        order.orderedOn = date;
        break;
    case S::Completed:
        order.completedOn = date;
        break;
    case S::Accepted:
        order.acceptedOn = date;
        break;
    case S::Invoiced:
        order.invoicedOn = date;
        break;
    case S::Paid:
        order.paidOn = date;
        break;
    default:
        break;
    }
}

} // namespace

WorkOrderService::WorkOrderService(Database& db, ChangeNotifier& changes)
    : m_db(db), m_changes(changes), m_orders(db), m_hours(db)
{}

FieldErrors WorkOrderService::validate(const WorkOrder& o)
{
    FieldErrors errors;
    if (o.housingCoopId == 0) {
        errors.append({QStringLiteral("housing_coop"), tr("Choose the housing cooperative (SM) that orders the work")});
    }
    if (o.socialCoopId == 0) {
        errors.append({QStringLiteral("social_coop"), tr("Choose the social cooperative (OSS) that does the work")});
    }
    if (o.net.grosze() < 0) {
        errors.append({QStringLiteral("net"), tr("The net value cannot be negative")});
    }
    if (o.vatRate < 0 || o.vatRate > 10000) {
        errors.append({QStringLiteral("vat"), tr("The VAT rate must be between 0 % and 100 %")});
    }
    if (o.orderedOn && o.dueOn && *o.dueOn < *o.orderedOn) {
        errors.append(
            {QStringLiteral("due_on"),
             tr("The due date %1 is before the order date %2").arg(shown::date(*o.dueOn), shown::date(*o.orderedOn))});
    }
    return errors;
}

Result<WorkOrder> WorkOrderService::create(const WorkOrder& order, const QDate& today)
{
    if (const auto errors = validate(order); !errors.isEmpty()) {
        return firstError(errors);
    }
    if (order.status != S::Draft && order.status != S::Ordered) {
        return Error{tr("A new order starts as a draft or as ordered")};
    }
    if (order.status == S::Ordered && !order.orderedOn) {
        return Error{tr("An ordered order needs its order date")};
    }
    return serviceWrite(m_db, m_changes, Topic::WorkOrders, [&] {
        WorkOrder o = order;
        o.year = (o.orderedOn ? *o.orderedOn : o.dueOn ? *o.dueOn : today).year();
        o.seq = m_orders.nextSeq(o.housingCoopId, o.year);
        o.id = m_orders.insert(o);
        return o;
    });
}

Status WorkOrderService::update(const WorkOrder& order)
{
    if (const auto errors = validate(order); !errors.isEmpty()) {
        return firstError(errors);
    }
    return serviceWriteChecked(m_db, m_changes, Topic::WorkOrders, [&]() -> Status {
        const auto stored = m_orders.find(order.id);
        if (!stored) {
            return Error{tr("Order %1 no longer exists").arg(order.number())};
        }
        WorkOrder o = order;
        o.year = stored->year;
        o.seq = stored->seq;
        o.status = stored->status;
        m_orders.update(o);
        return {};
    });
}

Result<WorkOrder> WorkOrderService::changeStatus(qint64 id, const StatusChange& change)
{
    return serviceWriteChecked(m_db, m_changes, Topic::WorkOrders, [&]() -> Result<WorkOrder> {
        const auto stored = m_orders.find(id);
        if (!stored) {
            return Error{tr("The order no longer exists")};
        }
        WorkOrder o = *stored;
        if (const QString refusal = WorkOrderLifecycle::refusal(o, change.to); !refusal.isEmpty()) {
            return Error{refusal};
        }
        const bool dated = change.to != S::InProgress && change.to != S::Cancelled;
        if (dated && !change.date.isValid()) {
            return Error{tr("Order %1: give the date it was %2").arg(o.number(), WorkOrderLifecycle::done(change.to))};
        }
        if (dated) {
            // a step is never dated before the steps already recorded
            for (S earlier : {S::Ordered, S::Completed, S::Accepted, S::Invoiced}) {
                const auto d = WorkOrderLifecycle::dateOf(o, earlier);
                if (earlier != change.to && d && *d > change.date) {
                    return Error{tr("Order %1 was %2 on %3: it cannot be %4 on %5, before that")
                                     .arg(o.number(), WorkOrderLifecycle::done(earlier), shown::date(*d),
                                          WorkOrderLifecycle::done(change.to), shown::date(change.date))};
                }
                if (earlier == change.to) {
                    break;
                }
            }
        }
        if (change.to == S::Invoiced) {
            if (change.invoiceNumber.trimmed().isEmpty()) {
                return Error{tr("Order %1: the invoice number is missing").arg(o.number())};
            }
            o.invoiceNumber = change.invoiceNumber.trimmed();
        }
        setDate(o, change.to, change.date);
        o.status = change.to;
        m_orders.update(o);
        return o;
    });
}

Status WorkOrderService::restore(const WorkOrder& snapshot)
{
    return serviceWrite(m_db, m_changes, Topic::WorkOrders, [&] {
        if (m_orders.find(snapshot.id)) {
            m_orders.update(snapshot);
        } else {
            m_orders.insert(snapshot);
        }
    });
}

Status WorkOrderService::remove(qint64 id)
{
    return serviceWriteChecked(m_db, m_changes, Topic::WorkOrders, [&]() -> Status {
        const auto stored = m_orders.find(id);
        if (!stored) {
            return {};
        }
        if (stored->status != S::Draft && stored->status != S::Cancelled) {
            return Error{tr("Order %1 is %2: only drafts and cancelled orders can be removed")
                             .arg(stored->number(), WorkOrderLifecycle::title(stored->status))};
        }
        if (m_hours.totalForOrder(id) > 0) {
            return Error{tr("Order %1 has hours worked: it cannot be removed").arg(stored->number())};
        }
        m_orders.remove(id);
        return {};
    });
}

Status WorkOrderService::discard(qint64 id)
{
    return serviceWriteChecked(m_db, m_changes, Topic::WorkOrders, [&]() -> Status {
        const auto stored = m_orders.find(id);
        if (stored && m_hours.totalForOrder(id) > 0) {
            return Error{tr("Order %1 has hours worked: it cannot be removed").arg(stored->number())};
        }
        m_orders.remove(id);
        return {};
    });
}

Result<QList<WorkOrder>> WorkOrderService::createSeries(const WorkOrder& pattern, const QDate& first, const QDate& last,
                                                        Recurrence recurrence, int dueAfterDays)
{
    if (const auto errors = validate(pattern); !errors.isEmpty()) {
        return firstError(errors);
    }
    if (!first.isValid() || !last.isValid() || last < first) {
        return Error{tr("A recurring order needs a first date and a last date not before it")};
    }
    if (dueAfterDays < 0) {
        return Error{tr("The number of days to complete cannot be negative")};
    }
    const QList<QDate> dates = WorkOrderSeries::dates(first, last, recurrence);
    if (dates.size() > WorkOrderSeries::maximumOrders) {
        return Error{tr("%1 orders at once are too many: at most %2 can be created in one step")
                         .arg(dates.size())
                         .arg(WorkOrderSeries::maximumOrders)};
    }
    return serviceWrite(m_db, m_changes, Topic::WorkOrders, [&] {
        QList<WorkOrder> created;
        QString seriesKey;
        for (const QDate& date : dates) {
            WorkOrder o = pattern;
            o.id = 0;
            o.status = S::Ordered;
            o.orderedOn = date;
            o.dueOn = date.addDays(dueAfterDays);
            o.completedOn = o.acceptedOn = o.invoicedOn = o.paidOn = std::nullopt;
            o.invoiceNumber.clear();
            o.year = date.year();
            o.seq = m_orders.nextSeq(o.housingCoopId, o.year);
            if (seriesKey.isEmpty()) {
                seriesKey = QStringLiteral("%1:%2/%3").arg(o.housingCoopId).arg(o.seq).arg(o.year);
            }
            o.series = seriesKey;
            o.id = m_orders.insert(o);
            created.append(o);
        }
        return created;
    });
}

Status WorkOrderService::removeSeries(const QString& series)
{
    return serviceWriteChecked(m_db, m_changes, Topic::WorkOrders, [&]() -> Status {
        const auto orders = m_orders.series(series);
        for (const auto& o : orders) {
            if ((o.status != S::Draft && o.status != S::Ordered) || m_hours.totalForOrder(o.id) > 0) {
                return Error{tr("Order %1 of the series is already %2: the series cannot be removed")
                                 .arg(o.number(), WorkOrderLifecycle::title(o.status))};
            }
        }
        for (const auto& o : orders) {
            m_orders.remove(o.id);
        }
        return {};
    });
}

Status WorkOrderService::setHours(qint64 workOrderId, qint64 participantId, const QDate& date, int minutes)
{
    if (minutes < 0 || minutes > 24 * 60) {
        return Error{tr("%1 minutes in a day: give between 0 and 24 hours").arg(minutes)};
    }
    if (!date.isValid()) {
        return Error{tr("The day worked is missing")};
    }
    return serviceWriteChecked(m_db, m_changes, Topic::WorkOrders, [&]() -> Status {
        const auto order = m_orders.find(workOrderId);
        if (!order) {
            return Error{tr("The order no longer exists")};
        }
        if (minutes > 0 && (order->status == S::Draft || order->status == S::Cancelled)) {
            return Error{tr("Order %1 is %2: no hours can be worked on it")
                             .arg(order->number(), WorkOrderLifecycle::title(order->status))};
        }
        if (minutes > 0 && order->orderedOn && date < *order->orderedOn) {
            return Error{tr("Order %1 was ordered on %2: hours on %3 are before that")
                             .arg(order->number(), shown::date(*order->orderedOn), shown::date(date))};
        }
        m_hours.set(workOrderId, participantId, date, minutes);
        return {};
    });
}

} // namespace osiedle::core
