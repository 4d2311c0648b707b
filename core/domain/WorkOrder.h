#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Money.h"

#include <QDate>
#include <QString>

#include <optional>

namespace osiedle::core {

/// One order of an SM to an OSS (a row of work_order). The number is "seq/year", counted per SM
/// and year. Gross is derived from the net value and the VAT rate, never stored.
struct WorkOrder {
    qint64 id = 0;
    qint64 housingCoopId = 0;
    qint64 socialCoopId = 0;
    int year = 0;
    int seq = 0;
    QString estate;
    WorkOrderKind kind = WorkOrderKind::Cleaning;
    QString description;
    WorkOrderStatus status = WorkOrderStatus::Draft;
    std::optional<QDate> orderedOn;
    std::optional<QDate> dueOn;
    std::optional<QDate> completedOn;
    std::optional<QDate> acceptedOn;
    QString invoiceNumber;
    std::optional<QDate> invoicedOn;
    std::optional<QDate> paidOn;
    Money net;
    qint64 vatRate = 2300; ///< basis points: 2300 = 23 %
    QString series;        ///< shared by the orders of one recurring series

    /// "12/2012"
    QString number() const { return QStringLiteral("%1/%2").arg(seq).arg(year); }
    /// VAT on the net value, rounded to the grosz half away from zero.
    Money vat() const { return net.percentOf(vatRate); }
    Money gross() const { return net + vat(); }
};

} // namespace osiedle::core
