#include "ui/debts/SignPlanDialog.h"

#include "core/common/DisplayFormat.h"
#include "ui/common/DateEdit.h"
#include "ui/debts/DebtsFormat.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace osiedle::ui {

SignPlanDialog::SignPlanDialog(qint64 accountId, core::Money suggestedTotal, const QDate& signedOn, QWidget* parent)
    : EditDialog(parent), m_accountId(accountId)
{
    setWindowTitle(tr("Sign an instalment agreement"));
    setObjectName(QStringLiteral("signPlanDialog"));
    auto* form = new QFormLayout;
    m_signedOn = new DateEdit(signedOn, this);
    m_signedOn->setObjectName(QStringLiteral("signedOn"));
    m_signedOn->setCalendarPopup(true);
    m_signedOn->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_total = new QLineEdit(suggestedTotal.grosze() > 0 ? suggestedTotal.formatPlain() : QString(), this);
    m_total->setObjectName(QStringLiteral("total"));
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("count"));
    m_count->setRange(1, 120);
    m_count->setValue(12);
    const QDate next = signedOn.addMonths(1);
    m_firstDue = new DateEdit(QDate(next.year(), next.month(), std::min(15, next.daysInMonth())), this);
    m_firstDue->setObjectName(QStringLiteral("firstDue"));
    m_firstDue->setCalendarPopup(true);
    m_firstDue->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    form->addRow(tr("Signed on"), m_signedOn);
    form->addRow(tr("Amount to repay"), m_total);
    form->addRow(tr("Number of instalments"), m_count);
    form->addRow(tr("First instalment due"), m_firstDue);

    auto* recalc = new QPushButton(tr("Equal instalments"), this);
    recalc->setObjectName(QStringLiteral("recalculate"));
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("scheduleTable"));
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Due date (DD.MM.YYYY)"), tr("Amount")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setStyleSheet(QStringLiteral("color: #b01c1c"));
    m_problems->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(recalc, 0, Qt::AlignLeft);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    resize(520, 560);

    connect(recalc, &QPushButton::clicked, this, &SignPlanDialog::recalculate);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignPlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignPlanDialog::reject);
    recalculate();
}

void SignPlanDialog::recalculate()
{
    const core::Result<core::Money> total = core::Money::parse(m_total->text());
    const QList<core::Instalment> list = core::InstalmentSchedule::equalInstalments(
        total.ok() ? *total : core::Money(), m_count->value(), m_firstDue->date());
    m_table->setRowCount(static_cast<int>(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        auto* seq = new QTableWidgetItem(QString::number(list[row].seq));
        seq->setFlags(seq->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, 0, seq);
        m_table->setItem(row, 1, new QTableWidgetItem(core::shown::date(list[row].dueOn)));
        m_table->setItem(row, 2, new QTableWidgetItem(list[row].amount.formatPlain()));
    }
    m_table->resizeColumnToContents(1);
    m_problems->setText(total.ok() ? QString() : total.error().message);
}

core::InstalmentPlan SignPlanDialog::plan() const
{
    core::InstalmentPlan plan;
    plan.accountId = m_accountId;
    plan.signedOn = m_signedOn->date();
    const core::Result<core::Money> total = core::Money::parse(m_total->text());
    plan.total = total.ok() ? *total : core::Money();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto text = [this, row](int column) {
            const QTableWidgetItem* item = m_table->item(row, column);
            return item != nullptr ? item->text().trimmed() : QString();
        };
        const core::Result<core::Money> amount = core::Money::parse(text(2));
        plan.instalments.append(
            {row + 1, QDate::fromString(text(1), QStringLiteral("dd.MM.yyyy")), amount.ok() ? *amount : core::Money()});
    }
    return plan;
}

QStringList SignPlanDialog::problems() const
{
    const core::Result<core::Money> total = core::Money::parse(m_total->text());
    if (!total.ok()) {
        return {total.error().message};
    }
    const core::InstalmentPlan p = plan();
    return core::InstalmentSchedule::problems(p.signedOn, p.total, p.instalments);
}

void SignPlanDialog::accept()
{
    const QStringList list = problems();
    m_problems->setText(list.join(QLatin1Char('\n')));
    if (list.isEmpty()) {
        QDialog::accept();
    }
}

} // namespace osiedle::ui
