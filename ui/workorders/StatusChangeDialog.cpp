#include "ui/workorders/StatusChangeDialog.h"

#include "core/domain/WorkOrderLifecycle.h"
#include "ui/common/DateEdit.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace osiedle::ui {

StatusChangeDialog::StatusChangeDialog(const core::WorkOrder& order, core::WorkOrderStatus to, const QDate& suggestion,
                                       QWidget* parent)
    : EditDialog(parent), m_to(to), m_date(new DateEdit(this)), m_invoice(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("statusChangeDialog"));
    setWindowTitle(tr("Order %1: %2").arg(order.number(), core::label(to)));
    m_date->setObjectName(QStringLiteral("statusDate"));
    m_invoice->setObjectName(QStringLiteral("statusInvoice"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_date->setDate(suggestion);
    m_invoice->setText(order.invoiceNumber);
    auto* layout = new QFormLayout(this);
    layout->addRow(new QLabel(tr("Order %1 (%2) becomes: %3")
                                  .arg(order.number(), order.description.left(60), core::WorkOrderLifecycle::title(to)),
                              this));
    layout->addRow(tr("Date"), m_date);
    if (to == core::WorkOrderStatus::Invoiced) {
        layout->addRow(tr("Invoice number"), m_invoice);
    } else {
        m_invoice->hide();
    }
    m_error->setObjectName(QStringLiteral("statusError"));
    m_error->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &StatusChangeDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void StatusChangeDialog::submit()
{
    const QString refusal = m_apply ? m_apply(change()) : QString();
    m_error->setText(refusal);
    m_error->setVisible(!refusal.isEmpty());
    if (refusal.isEmpty()) {
        accept();
    } else {
        adjustSize();
    }
}

core::StatusChange StatusChangeDialog::change() const
{
    return {m_to, m_date->date(), m_invoice->text()};
}

} // namespace osiedle::ui
