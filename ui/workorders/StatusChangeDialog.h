#pragma once

#include "core/domain/WorkOrder.h"
#include "core/services/WorkOrderService.h"
#include "ui/common/EditDialog.h"

#include <functional>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace osiedle::ui {

/// Asks what a status change records: its date and, for an invoice, the invoice number.
class StatusChangeDialog : public EditDialog {
    Q_OBJECT

public:
    StatusChangeDialog(const core::WorkOrder& order, core::WorkOrderStatus to, const QDate& suggestion,
                       QWidget* parent = nullptr);

    /// Records the change; returns the reason it was refused (empty when done).
    using Apply = std::function<QString(const core::StatusChange&)>;
    void setApply(Apply apply) { m_apply = std::move(apply); }
    /// Presses OK: applies the change; a refusal stays in the dialog, under the fields.
    void submit();

    core::StatusChange change() const;
    QLabel* errorLabel() const { return m_error; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* invoiceEdit() const { return m_invoice; }

private:
    core::WorkOrderStatus m_to;
    QDateEdit* m_date;
    QLineEdit* m_invoice;
    QLabel* m_error;
    Apply m_apply;
};

} // namespace osiedle::ui
