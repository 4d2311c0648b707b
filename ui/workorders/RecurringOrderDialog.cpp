#include "ui/workorders/RecurringOrderDialog.h"

#include "ui/common/DateEdit.h"
#include "ui/workorders/WorkOrderForm.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace osiedle::ui {

RecurringOrderDialog::RecurringOrderDialog(const QList<core::ChoiceItem>& housingCoops,
                                           const QList<core::SocialCoop>& socialCoops, const core::WorkOrder& pattern,
                                           const QDate& first, Create create, QWidget* parent)
    : EditDialog(parent), m_form(new WorkOrderForm(housingCoops, socialCoops, false, this)),
      m_first(new DateEdit(this)), m_last(new DateEdit(this)), m_recurrence(new QComboBox(this)),
      m_dueAfter(new QSpinBox(this)), m_count(new QLabel(this)), m_error(new QLabel(this)), m_create(std::move(create))
{
    setObjectName(QStringLiteral("recurringOrderDialog"));
    setWindowTitle(tr("Recurring work order"));
    m_first->setObjectName(QStringLiteral("seriesFirst"));
    m_last->setObjectName(QStringLiteral("seriesLast"));
    m_recurrence->setObjectName(QStringLiteral("seriesRecurrence"));
    m_dueAfter->setObjectName(QStringLiteral("seriesDueAfter"));
    m_count->setObjectName(QStringLiteral("seriesCount"));
    m_error->setObjectName(QStringLiteral("seriesError"));
    m_error->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_error->setWordWrap(true);
    for (QDateEdit* d : {m_first, m_last}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    }
    m_first->setDate(first);
    m_last->setDate(QDate(first.year(), 12, 31));
    for (auto r : {core::Recurrence::Weekly, core::Recurrence::Fortnightly, core::Recurrence::Monthly}) {
        m_recurrence->addItem(core::WorkOrderSeries::title(r), int(r));
    }
    m_dueAfter->setRange(0, 365);
    m_dueAfter->setValue(6);
    m_dueAfter->setSuffix(tr(" days"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    auto* series = new QFormLayout();
    series->addRow(tr("First order on"), m_first);
    series->addRow(tr("Last order not after"), m_last);
    series->addRow(tr("Repeat"), m_recurrence);
    series->addRow(tr("Each due after"), m_dueAfter);
    layout->addLayout(series);
    layout->addWidget(m_count);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecurringOrderDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_first, &QDateEdit::dateChanged, this, &RecurringOrderDialog::updateCount);
    connect(m_last, &QDateEdit::dateChanged, this, &RecurringOrderDialog::updateCount);
    connect(m_recurrence, &QComboBox::currentIndexChanged, this, &RecurringOrderDialog::updateCount);
    m_form->setOrder(pattern);
    updateCount();
}

RecurringOrderDialog::Request RecurringOrderDialog::request(bool* ok) const
{
    Request r;
    r.pattern = m_form->order(ok);
    r.first = m_first->date();
    r.last = m_last->date();
    r.recurrence = static_cast<core::Recurrence>(m_recurrence->currentData().toInt());
    r.dueAfterDays = m_dueAfter->value();
    return r;
}

void RecurringOrderDialog::updateCount()
{
    const auto dates = core::WorkOrderSeries::dates(m_first->date(), m_last->date(),
                                                    static_cast<core::Recurrence>(m_recurrence->currentData().toInt()));
    m_count->setText(tr("Orders to be created: %1").arg(dates.size()));
}

void RecurringOrderDialog::submit()
{
    bool ok = false;
    const Request r = request(&ok);
    if (!ok) {
        return;
    }
    const QString error = m_create(r);
    m_error->setText(error);
    if (error.isEmpty()) {
        accept();
    }
}

} // namespace osiedle::ui
