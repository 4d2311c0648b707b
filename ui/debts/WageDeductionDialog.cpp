#include "ui/debts/WageDeductionDialog.h"

#include "core/common/DisplayFormat.h"
#include "ui/common/AppContext.h"
#include "ui/common/DateEdit.h"
#include "ui/common/UndoableEdit.h"
#include "ui/common/UserPrompt.h"
#include "ui/debts/DebtsFormat.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <memory>

namespace osiedle::ui {

WageDeductionDialog::WageDeductionDialog(AppContext& context, const QDate& month, QWidget* parent)
    : QDialog(parent), m_context(context), m_service(context.db, context.changes)
{
    setWindowTitle(tr("Wage deduction for arrears"));
    setObjectName(QStringLiteral("wageDeductionDialog"));
    m_month = new DateEdit(QDate(month.year(), month.month(), 1), this);
    m_month->setObjectName(QStringLiteral("month"));
    m_month->setDisplayFormat(QStringLiteral("MM.yyyy"));
    m_postOn = new DateEdit(QDate(month.year(), month.month(), month.daysInMonth()), this);
    m_postOn->setObjectName(QStringLiteral("postOn"));
    m_postOn->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_postOn->setCalendarPopup(true);
    auto* computeButton = new QPushButton(tr("Compute"), this);
    computeButton->setObjectName(QStringLiteral("compute"));
    auto* top = new QHBoxLayout;
    auto* form = new QFormLayout;
    form->addRow(tr("Month worked"), m_month);
    form->addRow(tr("Entries dated"), m_postOn);
    top->addLayout(form);
    top->addWidget(computeButton, 0, Qt::AlignBottom);
    top->addStretch();

    m_table = new QTableWidget(0, 9, this);
    m_table->setObjectName(QStringLiteral("lines"));
    m_table->setHorizontalHeaderLabels({tr("Member"), tr("OSS"), tr("Rate and share"), tr("Hours"), tr("Wage"),
                                        tr("Share"), tr("Arrears"), tr("To post"), tr("Note")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_post = new QPushButton(tr("Post to the ledgers"), this);
    m_post->setObjectName(QStringLiteral("post"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_post, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(1000, 520);

    connect(computeButton, &QPushButton::clicked, this, &WageDeductionDialog::compute);
    connect(m_post, &QPushButton::clicked, this, &WageDeductionDialog::post);
    connect(buttons, &QDialogButtonBox::rejected, this, &WageDeductionDialog::reject);
    connect(m_month, &QDateEdit::dateChanged, this,
            [this](const QDate& d) { m_postOn->setDate(QDate(d.year(), d.month(), d.daysInMonth())); });
    compute();
}

void WageDeductionDialog::compute()
{
    const core::Result<core::WageDeductionRun> run = m_service.compute(m_month->date(), m_postOn->date());
    if (!run) {
        m_run = {};
        m_table->setRowCount(0);
        m_summary->setText(run.error().message);
        m_post->setEnabled(false);
        return;
    }
    m_run = *run;
    m_table->setRowCount(static_cast<int>(m_run.lines.size()));
    for (int row = 0; row < m_run.lines.size(); ++row) {
        const core::WageDeductionLine& line = m_run.lines[row];
        const QStringList cells = {line.participantName,
                                   line.socialCoops,
                                   line.terms,
                                   core::shown::hoursWithUnit(line.minutes),
                                   line.wage.format(),
                                   line.share.format(),
                                   line.balance.format(),
                                   line.alreadyPosted || line.willPost() ? line.deduction.format() : QString(),
                                   line.note};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column >= 3 && column <= 7) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            if (line.alreadyPosted) {
                item->setForeground(Qt::gray);
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(m_run.countToPost() > 0
                           ? tr("%1: members to post: %2, %3 in total.")
                                 .arg(m_run.month, QString::number(m_run.countToPost()), m_run.totalToPost().format())
                           : tr("%1: nothing to post (already posted, or no hours or arrears).").arg(m_run.month));
    m_post->setEnabled(m_run.countToPost() > 0);
}

void WageDeductionDialog::post()
{
    const core::Result<QList<qint64>> posted = m_service.post(m_run);
    if (!posted) {
        m_context.prompt.error(this, tr("Wage deduction"), posted.error().message);
        compute();
        return;
    }
    auto ids = std::make_shared<QList<qint64>>(*posted);
    auto service = std::make_shared<core::WageDeductionService>(m_context.db, m_context.changes);
    const core::WageDeductionRun run = m_run;
    m_context.undo.push(new UndoableEdit(
        tr("Wage deduction %1").arg(run.month), debtStep([service, ids] { return service->unpost(*ids); }),
        [service, ids, run](QString* error) {
            const core::Result<QList<qint64>> again = service->post(run);
            if (!again) {
                if (error != nullptr) {
                    *error = again.error().message;
                }
                return false;
            }
            *ids = *again;
            return true;
        },
        [prompt = &m_context.prompt](const QString& message) { prompt->error(nullptr, tr("Undo"), message); }));
    m_context.prompt.information(
        this, tr("Wage deduction"),
        tr("Wage deduction %1 posted: %n entry(-ies), %2 in total.", nullptr, static_cast<int>(posted->size()))
            .arg(run.month, run.totalToPost().format()));
    compute();
}

} // namespace osiedle::ui
