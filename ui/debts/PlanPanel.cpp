#include "ui/debts/PlanPanel.h"

#include "core/common/DisplayFormat.h"
#include "core/services/ArrearsOverview.h"
#include "core/services/InstalmentPlanService.h"
#include "ui/common/AppContext.h"
#include "ui/common/ListExport.h"
#include "ui/common/UndoableEdit.h"
#include "ui/common/UserPrompt.h"
#include "ui/debts/DebtsFormat.h"
#include "ui/debts/ScheduleDocument.h"
#include "ui/debts/SignPlanDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <memory>

namespace osiedle::ui {

PlanPanel::PlanPanel(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("scheduleTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("No."), tr("Due date"), tr("Amount"), tr("Paid"), tr("Paid on"), tr("Remaining"), tr("Overdue")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();

    auto* sign = new QPushButton(tr("Sign an agreement…"), this);
    sign->setObjectName(QStringLiteral("signPlan"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("planStatus"));
    for (core::PlanStatus status : core::PlanStatuses::all()) {
        m_status->addItem(core::PlanStatuses::name(status), static_cast<int>(status));
    }
    m_applyStatus = new QPushButton(tr("Set status"), this);
    m_applyStatus->setObjectName(QStringLiteral("applyPlanStatus"));
    m_preview = new QPushButton(tr("Print schedule…"), this);
    m_preview->setObjectName(QStringLiteral("printSchedule"));
    m_pdf = new QPushButton(tr("Schedule as PDF…"), this);
    m_pdf->setObjectName(QStringLiteral("schedulePdf"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(sign);
    buttons->addSpacing(16);
    buttons->addWidget(new QLabel(tr("Status:"), this));
    buttons->addWidget(m_status);
    buttons->addWidget(m_applyStatus);
    buttons->addStretch();
    buttons->addWidget(m_preview);
    buttons->addWidget(m_pdf);
    ListExport::addButton(m_context, m_table, buttons, tr("instalment-schedule.xlsx"),
                          QStringLiteral("exportSchedule"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(sign, &QPushButton::clicked, this, &PlanPanel::signPlan);
    connect(m_applyStatus, &QPushButton::clicked, this, &PlanPanel::applyStatus);
    connect(m_preview, &QPushButton::clicked, this, &PlanPanel::previewSchedule);
    connect(m_pdf, &QPushButton::clicked, this, &PlanPanel::saveSchedulePdf);
}

void PlanPanel::show(const core::DebtAccountInfo& account, const QDate& on)
{
    m_account = account;
    m_on = on;
    refresh();
}

void PlanPanel::refresh()
{
    m_plan.reset();
    m_table->setRowCount(0);
    if (m_account) {
        const auto latest = core::ArrearsOverview(m_context.db).latestPlan(m_account->account.id);
        if (latest) {
            m_plan = *latest;
        }
    }
    m_applyStatus->setEnabled(m_plan.has_value());
    m_status->setEnabled(m_plan.has_value());
    m_preview->setEnabled(m_plan.has_value());
    m_pdf->setEnabled(m_plan.has_value());
    if (!m_plan) {
        m_summary->setText(tr("No instalment agreement signed."));
        return;
    }
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(m_plan->status)));
    const core::Result<core::InstalmentSchedule> schedule = core::ArrearsOverview(m_context.db).schedule(*m_plan, m_on);
    if (!schedule) {
        m_summary->setText(schedule.error().message);
        return;
    }
    const QList<core::InstalmentState> states = schedule->on(m_on);
    m_table->setRowCount(static_cast<int>(states.size()));
    for (int row = 0; row < states.size(); ++row) {
        const core::InstalmentState& s = states[row];
        const QStringList cells = {QString::number(s.instalment.seq),
                                   core::shown::date(s.instalment.dueOn),
                                   s.instalment.amount.format(),
                                   s.paid.format(),
                                   core::shown::date(s.paidOn),
                                   s.outstanding().format(),
                                   s.overdue ? debtDays(s.daysOverdue) : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column >= 2 && column <= 5 && column != 4) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            if (s.overdue) {
                item->setForeground(QColor(0xb0, 0x1c, 0x1c));
            } else if (s.outstanding().grosze() == 0) {
                item->setForeground(QColor(0x1b, 0x7f, 0x3b));
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    // The standing by the payments only while the agreement runs: next to a broken or terminated
    // agreement, "paid off" or "on track" would contradict its status.
    const bool running = m_plan->status == core::InstalmentPlanStatus::Active;
    const QString text =
        (running ? tr("Agreement of %1 for %2 in %3 instalments (%4). On %5: paid %6, overdue %7 — %8.")
                 : tr("Agreement of %1 for %2 in %3 instalments (%4). On %5: paid %6, overdue %7."))
            .arg(core::shown::date(m_plan->signedOn), m_plan->total.format())
            .arg(m_plan->instalments.size())
            .arg(core::PlanStatuses::name(m_plan->status), core::shown::date(m_on),
                 std::min(schedule->paidBy(m_on), schedule->total()).format(), schedule->overdueAmount(m_on).format());
    m_summary->setText(running ? text.arg(core::InstalmentSchedule::standingName(schedule->standing(m_on))) : text);
}

void PlanPanel::signPlan()
{
    if (!m_account) {
        return;
    }
    const auto figures = core::ArrearsOverview(m_context.db).figures(m_account->account.id, m_on);
    const core::Money balance = figures ? figures->balance : core::Money();
    SignPlanDialog dialog(m_account->account.id, balance, m_on, this);
    dialog.setPrompt(&m_context.prompt);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    auto service = std::make_shared<core::InstalmentPlanService>(m_context.db, m_context.changes);
    core::InstalmentPlan plan = dialog.plan();
    const core::Result<qint64> id = service->sign(plan);
    if (!id) {
        m_context.prompt.error(this, tr("Instalment agreement"), id.error().message);
        return;
    }
    plan.id = *id;
    m_context.undo.push(new UndoableEdit(
        tr("Sign instalment agreement"), debtStep([service, planId = *id] { return service->remove(planId); }),
        debtStep([service, plan] { return service->sign(plan); }),
        [prompt = &m_context.prompt](const QString& message) { prompt->error(nullptr, tr("Undo"), message); }));
    refresh();
}

void PlanPanel::applyStatus()
{
    if (!m_plan) {
        return;
    }
    const auto status = static_cast<core::PlanStatus>(m_status->currentData().toInt());
    const core::PlanStatus old = m_plan->status;
    if (status == old) {
        return;
    }
    auto service = std::make_shared<core::InstalmentPlanService>(m_context.db, m_context.changes);
    const core::Status done = service->setStatus(m_plan->id, status);
    if (!done) {
        m_context.prompt.error(this, tr("Instalment agreement"), done.error().message);
        refresh();
        return;
    }
    m_context.undo.push(new UndoableEdit(
        tr("Agreement status: %1").arg(core::PlanStatuses::name(status)),
        debtStep([service, id = m_plan->id, old] { return service->setStatus(id, old); }),
        debtStep([service, id = m_plan->id, status] { return service->setStatus(id, status); }),
        [prompt = &m_context.prompt](const QString& message) { prompt->error(nullptr, tr("Undo"), message); }));
    refresh();
}

void PlanPanel::previewSchedule()
{
    if (!m_plan || !m_account) {
        return;
    }
    const core::Result<core::InstalmentSchedule> schedule = core::ArrearsOverview(m_context.db).schedule(*m_plan, m_on);
    if (!schedule) {
        m_context.prompt.error(this, tr("Print schedule"), schedule.error().message);
        return;
    }
    ScheduleDocument(core::ArrearsOverview(m_context.db).printedIdentity(), *m_account, *m_plan, *schedule, m_on)
        .preview(this);
}

void PlanPanel::saveSchedulePdf()
{
    if (!m_plan || !m_account) {
        return;
    }
    const QString path = m_context.prompt.saveFileName(
        this, tr("Save the schedule as PDF"),
        tr("schedule-%1.pdf").arg(QString(m_account->participantName).replace(QLatin1Char(' '), QLatin1Char('-'))),
        tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    const core::Result<core::InstalmentSchedule> schedule = core::ArrearsOverview(m_context.db).schedule(*m_plan, m_on);
    if (!schedule) {
        m_context.prompt.error(this, tr("Print schedule"), schedule.error().message);
        return;
    }
    const core::Status written =
        ScheduleDocument(core::ArrearsOverview(m_context.db).printedIdentity(), *m_account, *m_plan, *schedule, m_on)
            .writePdf(path);
    if (!written) {
        m_context.prompt.error(this, tr("Print schedule"), written.error().message);
    }
}

} // namespace osiedle::ui
