#include "core/domain/WorkOrderSeries.h"

namespace osiedle::core {

QList<QDate> WorkOrderSeries::dates(const QDate& first, const QDate& last, Recurrence recurrence)
{
    QList<QDate> result;
    if (!first.isValid() || !last.isValid() || last < first) {
        return result;
    }
    for (int i = 0;; ++i) {
        QDate d;
        switch (recurrence) {
        case Recurrence::Weekly:
            d = first.addDays(7LL * i);
            break;
        case Recurrence::Fortnightly:
            d = first.addDays(14LL * i);
            break;
        case Recurrence::Monthly:
            d = first.addMonths(i); // QDate clamps to the month's last day
            break;
        }
        if (d > last || result.size() > maximumOrders) {
            break;
        }
        result.append(d);
    }
    return result;
}

QString WorkOrderSeries::title(Recurrence recurrence)
{
    switch (recurrence) {
    case Recurrence::Weekly:
        return tr("every week");
    case Recurrence::Fortnightly:
        return tr("every two weeks");
    case Recurrence::Monthly:
        return tr("every month");
    }
    return {};
}

} // namespace osiedle::core
