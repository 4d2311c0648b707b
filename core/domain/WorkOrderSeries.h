#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace osiedle::core {

/// How often a recurring order repeats.
enum class Recurrence { Weekly, Fortnightly, Monthly };

/// The dates of a recurring order (e.g. weekly stair cleaning for a year): from `first` every
/// interval up to and including `last`. Monthly dates keep the day of the month, falling back
/// to the month's last day (31 January → 28/29 February → 31 March). Pure.
class WorkOrderSeries {
    Q_DECLARE_TR_FUNCTIONS(WorkOrderSeries)

public:
    /// Longest series created in one step (two years of weekly orders).
    static constexpr int maximumOrders = 104;

    static QList<QDate> dates(const QDate& first, const QDate& last, Recurrence recurrence);
    static QString title(Recurrence recurrence);
};

} // namespace osiedle::core
