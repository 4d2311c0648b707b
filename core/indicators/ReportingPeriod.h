#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace osiedle::core {

/// A reporting period (one payment claim, usually a quarter), or a custom date range that the
/// user asked a report for (then `id` and `number` are empty). Both ends are inclusive.
struct ReportingPeriod {
    std::optional<qint64> id;
    std::optional<int> number;
    QDate from;
    QDate to;
    QString claimNumber;
    QString problems;
    QString plans;
    QString preparedBy;
    QString preparedRole;
    QString place;
    QDate preparedOn;
    bool locked = false;
    QDateTime lockedOn; ///< when it was locked (invalid while open)

    static ReportingPeriod custom(const QDate& first, const QDate& last)
    {
        ReportingPeriod period;
        period.from = first;
        period.to = last;
        return period;
    }
};

} // namespace osiedle::core
