#include "ui/workorders/WorkOrderDialog.h"

#include "ui/workorders/WorkOrderForm.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QVBoxLayout>

namespace osiedle::ui {

WorkOrderDialog::WorkOrderDialog(const QList<core::ChoiceItem>& housingCoops,
                                 const QList<core::SocialCoop>& socialCoops, const core::WorkOrder& order, Save save,
                                 QWidget* parent)
    : EditDialog(parent), m_form(new WorkOrderForm(housingCoops, socialCoops, true, this)), m_save(std::move(save)),
      m_isNew(order.id == 0)
{
    setObjectName(QStringLiteral("workOrderDialog"));
    setWindowTitle(m_isNew ? tr("New work order") : tr("Work order %1").arg(order.number()));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    if (m_isNew) {
        m_ordered = new QCheckBox(tr("The SM has already ordered it (otherwise a draft)"), this);
        m_ordered->setObjectName(QStringLiteral("orderAlreadyOrdered"));
        m_ordered->setChecked(order.status == core::WorkOrderStatus::Ordered);
        layout->addWidget(m_ordered);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &WorkOrderDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_form->setOrder(order);
    resize(520, sizeHint().height());
}

void WorkOrderDialog::submit()
{
    bool ok = false;
    core::WorkOrder order = m_form->order(&ok);
    if (!ok) {
        return;
    }
    if (m_ordered) {
        order.status = m_ordered->isChecked() ? core::WorkOrderStatus::Ordered : core::WorkOrderStatus::Draft;
    }
    const core::FieldErrors errors = m_save(order);
    m_form->showErrors(errors);
    if (errors.isEmpty()) {
        accept();
    }
}

} // namespace osiedle::ui
