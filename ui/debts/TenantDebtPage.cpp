#include "ui/debts/TenantDebtPage.h"

#include "core/common/DisplayFormat.h"
#include "core/services/DebtLedgerService.h"
#include "ui/common/AppContext.h"
#include "ui/common/DateEdit.h"
#include "ui/common/EnterSubmits.h"
#include "ui/common/ListExport.h"
#include "ui/common/UndoableEdit.h"
#include "ui/common/UserPrompt.h"
#include "ui/debts/BalanceChart.h"
#include "ui/debts/DebtsFormat.h"
#include "ui/debts/EvictionPanel.h"
#include "ui/debts/LedgerModel.h"
#include "ui/debts/PlanPanel.h"
#include "ui/history/ChangeHistoryPanel.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <memory>

namespace osiedle::ui {

namespace {

QLabel* figure(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

TenantDebtPage::TenantDebtPage(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    auto* back = new QPushButton(tr("← All tenants"), this);
    back->setObjectName(QStringLiteral("backToList"));
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("tenantHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true); // a long SM name and flat must not widen the window beyond the screen
    auto* top = new QHBoxLayout;
    top->addWidget(back);
    top->addWidget(m_header, 1);

    m_atEntry = figure(this, "figureAtEntry");
    m_balance = figure(this, "figureBalance");
    m_change = figure(this, "figureChange");
    m_months = figure(this, "figureMonths");
    m_wages = figure(this, "figureWages");
    auto* figures = new QGridLayout;
    const QStringList captions = {tr("Arrears at entry"), tr("Arrears now"), tr("Change since entry"),
                                  tr("Months in arrears"), tr("Repaid from OSS wages")};
    const QList<QLabel*> values = {m_atEntry, m_balance, m_change, m_months, m_wages};
    for (int i = 0; i < values.size(); ++i) {
        figures->addWidget(new QLabel(captions[i], this), 0, i);
        figures->addWidget(values[i], 1, i);
    }

    // Ledger tab: the lazy list and the entry form.
    auto* ledgerTab = new QWidget(this);
    m_ledger = new LedgerModel(context.db, this);
    m_ledgerView = new QTableView(ledgerTab);
    m_ledgerView->setObjectName(QStringLiteral("ledgerView"));
    m_ledgerView->setModel(m_ledger);
    m_ledgerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ledgerView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ledgerView->horizontalHeader()->setStretchLastSection(true);
    m_ledgerView->verticalHeader()->hide();
    m_entryDate = new DateEdit(ledgerTab);
    m_entryDate->setObjectName(QStringLiteral("entryDate"));
    m_entryDate->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_entryDate->setCalendarPopup(true);
    m_entryKind = new QComboBox(ledgerTab);
    m_entryKind->setObjectName(QStringLiteral("entryKind"));
    for (core::DebtEntryKind kind : core::DebtEntryKinds::all()) {
        if (kind != core::DebtEntryKind::Opening) {
            m_entryKind->addItem(core::DebtEntryKinds::name(kind), static_cast<int>(kind));
        }
    }
    m_entryAmount = new QLineEdit(ledgerTab);
    m_entryAmount->setObjectName(QStringLiteral("entryAmount"));
    m_entryAmount->setPlaceholderText(tr("amount, e.g. 350,00"));
    m_entryNote = new QLineEdit(ledgerTab);
    m_entryNote->setObjectName(QStringLiteral("entryNote"));
    m_entryNote->setPlaceholderText(tr("note (required for a correction)"));
    auto* post = new QPushButton(tr("Post"), ledgerTab);
    post->setObjectName(QStringLiteral("postEntry"));
    auto* remove = new QPushButton(tr("Remove the selected entry"), ledgerTab);
    remove->setObjectName(QStringLiteral("removeEntry"));
    m_entryError = new QLabel(ledgerTab);
    m_entryError->setObjectName(QStringLiteral("entryError"));
    m_entryError->setStyleSheet(QStringLiteral("color: #b01c1c"));
    auto* form = new QHBoxLayout;
    form->addWidget(m_entryDate);
    form->addWidget(m_entryKind);
    form->addWidget(m_entryAmount);
    form->addWidget(m_entryNote, 1);
    form->addWidget(post);
    form->addWidget(remove);
    ListExport::addButton(context, m_ledgerView, form, tr("ledger.xlsx"), QStringLiteral("exportLedger"));
    auto* ledgerLayout = new QVBoxLayout(ledgerTab);
    ledgerLayout->addWidget(m_ledgerView, 1);
    ledgerLayout->addLayout(form);
    ledgerLayout->addWidget(m_entryError);

    m_plan = new PlanPanel(context, this);
    m_eviction = new EvictionPanel(context, this);

    auto* workTab = new QWidget(this);
    m_employment = new QLabel(workTab);
    m_employment->setObjectName(QStringLiteral("employment"));
    m_employment->setWordWrap(true);
    m_work = new QTableWidget(0, 3, workTab);
    m_work->setObjectName(QStringLiteral("workTable"));
    m_work->setHorizontalHeaderLabels({tr("Month"), tr("Hours worked"), tr("Repaid from wages")});
    m_work->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_work->horizontalHeader()->setStretchLastSection(true);
    m_work->verticalHeader()->hide();
    auto* workLayout = new QVBoxLayout(workTab);
    workLayout->addWidget(m_employment);
    workLayout->addWidget(m_work, 1);

    m_chart = new QChartView(this);
    m_chart->setObjectName(QStringLiteral("balanceChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tenantTabs"));
    m_tabs->addTab(ledgerTab, tr("Ledger"));
    m_tabs->addTab(m_plan, tr("Instalment agreement"));
    m_tabs->addTab(m_eviction, tr("Eviction case"));
    m_tabs->addTab(workTab, tr("OSS work"));
    m_tabs->addTab(m_chart, tr("Chart"));
    m_history = new ChangeHistoryPanel(m_context, QStringLiteral("debt_account"), 0, m_tabs);
    m_tabs->addTab(m_history, tr("History"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(figures);
    layout->addWidget(m_tabs, 1);

    connect(back, &QPushButton::clicked, this, &TenantDebtPage::backRequested);
    connect(post, &QPushButton::clicked, this, &TenantDebtPage::postEntry);
    enterSubmits({m_entryDate, m_entryKind, m_entryAmount, m_entryNote}, post);
    connect(remove, &QPushButton::clicked, this, &TenantDebtPage::removeEntry);
}

void TenantDebtPage::showAccount(qint64 accountId, const QDate& on)
{
    m_on = on;
    m_info.reset();
    m_history->setRecord(accountId);
    const auto info = core::ArrearsOverview(m_context.db).account(accountId);
    if (info && *info) {
        m_info = **info;
    }
    m_entryDate->setDate(on);
    refresh();
}

void TenantDebtPage::refresh()
{
    if (!m_info) {
        m_header->setText(tr("The account no longer exists."));
        return;
    }
    const core::DebtAccount& a = m_info->account;
    m_header->setText(tr("<b>%1</b> — %2, account %3%4, %5 · as of %6")
                          .arg(m_info->participantName.toHtmlEscaped(), m_info->housingCoopName.toHtmlEscaped(),
                               a.accountNumber.toHtmlEscaped(),
                               a.flat.isEmpty() ? QString() : tr(", flat %1").arg(a.flat.toHtmlEscaped()),
                               core::TenancyTitles::name(a.title), core::shown::date(m_on)));
    core::LedgerFilter filter;
    filter.accountId = a.id;
    m_ledger->setFilter(filter);
    m_ledgerView->resizeColumnsToContents();
    showFigures();
    m_plan->show(*m_info, m_on);
    m_eviction->show(a.participantId, a.id, m_on);
    showWork();
    showChart();
}

void TenantDebtPage::showFigures()
{
    const auto figures = core::ArrearsOverview(m_context.db).figures(m_info->account.id, m_on);
    if (!figures) {
        m_balance->setText(figures.error().message);
        return;
    }
    m_atEntry->setText(figures->atEntry.format());
    m_balance->setText(figures->balance.format());
    m_change->setText(figures->change().format());
    m_change->setStyleSheet(figures->change().grosze() < 0   ? QStringLiteral("color: #1b7f3b")
                            : figures->change().grosze() > 0 ? QStringLiteral("color: #b01c1c")
                                                             : QString());
    m_months->setText(figures->monthsInArrears ? debtMonths(*figures->monthsInArrears) : tr("no monthly charge yet"));
    m_months->setToolTip(
        tr("Full monthly charges the arrears cover; monthly charge %1").arg(figures->monthlyCharge.format()));
    m_wages->setText(
        tr("%1 for %2").arg(figures->repaidFromWages.format(), core::shown::hoursWithUnit(figures->minutesWorked)));
}

void TenantDebtPage::showWork()
{
    core::ArrearsOverview overview(m_context.db);
    const auto employments = overview.employments(m_info->account.participantId);
    m_employment->setText(employments && !employments->isEmpty() ? employments->join(QLatin1Char('\n'))
                                                                 : tr("Not employed in a social cooperative."));
    const auto months = overview.workMonths(m_info->account.participantId, m_info->account.id);
    m_work->setRowCount(0);
    if (!months) {
        return;
    }
    m_work->setRowCount(static_cast<int>(months->size()));
    for (int row = 0; row < months->size(); ++row) {
        const core::WorkMonth& m = months->at(row);
        m_work->setItem(row, 0, new QTableWidgetItem(m.month));
        auto* hours = new QTableWidgetItem(core::shown::hoursWithUnit(m.minutes));
        hours->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_work->setItem(row, 1, hours);
        auto* repaid = new QTableWidgetItem(m.repaidFromWages.format());
        repaid->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_work->setItem(row, 2, repaid);
    }
    m_work->resizeColumnsToContents();
}

void TenantDebtPage::showChart()
{
    core::ArrearsOverview overview(m_context.db);
    const auto balances = overview.monthEndBalances(m_info->account.id, m_on);
    const auto plan = overview.latestPlan(m_info->account.id);
    std::optional<core::InstalmentPlan> shown = plan ? *plan : std::nullopt;
    core::Money atSigning;
    if (shown) {
        const auto figures = overview.figures(m_info->account.id, shown->signedOn);
        atSigning = figures ? figures->balance : core::Money();
    }
    QChart* old = m_chart->chart();
    m_chart->setChart(
        BalanceChart::create(balances ? *balances : QList<std::pair<QDate, core::Money>>(), shown, atSigning));
    delete old;
}

void TenantDebtPage::postEntry()
{
    if (!m_info) {
        return;
    }
    const auto kind = static_cast<core::DebtEntryKind>(m_entryKind->currentData().toInt());
    const core::Result<core::Money> typed = core::Money::parse(m_entryAmount->text());
    if (!typed) {
        m_entryError->setText(typed.error().message);
        m_entryAmount->setFocus();
        return;
    }
    core::DebtEntry entry{0,
                          m_info->account.id,
                          m_entryDate->date(),
                          kind,
                          core::DebtLedgerService::signedAmount(kind, *typed),
                          m_entryNote->text().trimmed(),
                          {}};
    auto service = std::make_shared<core::DebtLedgerService>(m_context.db, m_context.changes);
    const core::FieldErrors errors = core::DebtLedgerService::validate(entry);
    if (!errors.isEmpty()) {
        m_entryError->setText(errors.first().message);
        return;
    }
    const core::Result<qint64> id = service->post(entry);
    if (!id) {
        m_entryError->setText(id.error().message);
        return;
    }
    entry.id = *id;
    m_context.undo.push(new UndoableEdit(
        tr("%1 %2").arg(core::DebtEntryKinds::name(kind), entry.amount.format()),
        debtStep([service, entry] { return service->remove(entry.id); }),
        debtStep([service, entry] { return service->restore(entry); }),
        [prompt = &m_context.prompt](const QString& message) { prompt->error(nullptr, tr("Undo"), message); }));
    m_entryError->clear();
    m_entryAmount->clear();
    m_entryNote->clear();
    refresh();
}

void TenantDebtPage::removeEntry()
{
    const QModelIndexList selected = m_ledgerView->selectionModel()->selectedRows();
    const core::DebtEntry* entry = selected.isEmpty() ? nullptr : m_ledger->entryAt(selected.first().row());
    if (entry == nullptr) {
        m_entryError->setText(tr("Select the entry to remove."));
        return;
    }
    if (entry->kind == core::DebtEntryKind::Opening) {
        m_entryError->setText(tr("The arrears at entry cannot be removed; post a correction instead."));
        return;
    }
    if (!m_context.prompt.confirm(this, tr("Remove entry"),
                                  tr("Remove %1 of %2 dated %3?")
                                      .arg(core::DebtEntryKinds::name(entry->kind), entry->amount.format(),
                                           core::shown::date(entry->date)))) {
        return;
    }
    auto service = std::make_shared<core::DebtLedgerService>(m_context.db, m_context.changes);
    core::DebtEntry removed;
    const core::Status done = service->remove(entry->id, &removed);
    if (!done) {
        m_entryError->setText(done.error().message);
        return;
    }
    m_context.undo.push(new UndoableEdit(
        tr("Remove %1").arg(core::DebtEntryKinds::name(removed.kind)),
        debtStep([service, removed] { return service->restore(removed); }),
        debtStep([service, removed] { return service->remove(removed.id); }),
        [prompt = &m_context.prompt](const QString& message) { prompt->error(nullptr, tr("Undo"), message); }));
    refresh();
}

} // namespace osiedle::ui
