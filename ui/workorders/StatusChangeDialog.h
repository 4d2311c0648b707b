#pragma once

#include "core/domain/WorkOrder.h"
#include "core/services/WorkOrderService.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace osiedle::ui {

/// Asks what a status change records: its date and, for an invoice, the invoice number.
class StatusChangeDialog : public QDialog {
    Q_OBJECT

public:
    StatusChangeDialog(const core::WorkOrder& order, core::WorkOrderStatus to, const QDate& suggestion,
                       QWidget* parent = nullptr);

    core::StatusChange change() const;
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* invoiceEdit() const { return m_invoice; }

private:
    core::WorkOrderStatus m_to;
    QDateEdit* m_date;
    QLineEdit* m_invoice;
};

} // namespace osiedle::ui
