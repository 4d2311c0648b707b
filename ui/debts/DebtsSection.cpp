#include "ui/debts/DebtsSection.h"

#include "core/common/DisplayFormat.h"
#include "core/services/ArrearsOverview.h"
#include "core/storage/BackgroundReader.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/common/ColumnFit.h"
#include "ui/common/DateEdit.h"
#include "ui/common/EmptyListHint.h"
#include "ui/common/ListExport.h"
#include "ui/common/MissingData.h"
#include "ui/common/RefreshWhenShown.h"
#include "ui/common/UserPrompt.h"
#include "ui/debts/DebtWatchDialog.h"
#include "ui/debts/DebtorsModel.h"
#include "ui/debts/DebtsFormat.h"
#include "ui/debts/LedgerImportDialog.h"
#include "ui/debts/OpenAccountDialog.h"
#include "ui/debts/TenantDebtPage.h"
#include "ui/debts/WageDeductionDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace osiedle::ui {

DebtsSection::DebtsSection(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("debtsSection"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("debtSearch"));
    m_search->setPlaceholderText(tr("Search: name, PESEL, account, flat"));
    m_search->setClearButtonEnabled(true);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("debtFilter"));
    m_filter->addItem(tr("All tenants"), static_cast<int>(Filter::All));
    m_filter->addItem(tr("With arrears"), static_cast<int>(Filter::WithArrears));
    m_filter->addItem(tr("Agreement overdue"), static_cast<int>(Filter::AgreementOverdue));
    m_filter->addItem(tr("Agreement not kept"), static_cast<int>(Filter::AgreementNotKept));
    m_filter->addItem(tr("Eviction case open"), static_cast<int>(Filter::EvictionCase));
    m_asOf = new DateEdit(core::ArrearsOverview(context.db).defaultDate(), this);
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_asOf->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_asOf->setCalendarPopup(true);
    auto* atRisk = new QPushButton(tr("Plans at risk"), this);
    atRisk->setObjectName(QStringLiteral("plansAtRisk"));
    auto* warnings = new QPushButton(tr("Early warnings"), this);
    warnings->setObjectName(QStringLiteral("earlyWarnings"));
    auto* wages = new QPushButton(tr("Wage deduction…"), this);
    wages->setObjectName(QStringLiteral("wageDeduction"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_filter);
    bar->addWidget(new QLabel(tr("As of"), this));
    bar->addWidget(m_asOf);
    bar->addStretch(1);
    bar->addWidget(atRisk);
    bar->addWidget(warnings);
    bar->addWidget(wages);

    auto* listPage = new QWidget(this);
    m_model = new DebtorsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DebtorsModel::SortRole);
    m_view = new QTableView(listPage);
    m_view->setObjectName(QStringLiteral("debtorsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DebtorsModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_totals = new QLabel(listPage);
    m_totals->setObjectName(QStringLiteral("debtTotals"));
    m_totals->setWordWrap(true); // the totals in one line made the window wider than the screen
    auto* open = new QPushButton(tr("Open tenant"), listPage);
    open->setObjectName(QStringLiteral("openTenant"));
    auto* newAccount = new QPushButton(tr("Open a debt account…"), listPage);
    newAccount->setObjectName(QStringLiteral("openDebtAccount"));
    auto* importButton = new QPushButton(tr("Import ledger…"), listPage);
    importButton->setObjectName(QStringLiteral("importLedger"));
    EmptyListHint::attach(m_view,
                          tr("The tenants' debt accounts will be listed here: the arrears at entry, every charge and "
                             "payment since, agreements and eviction cases. Open an account for a participant, or "
                             "import a housing cooperative's ledger."),
                          {{newAccount, tr("Open a debt account…")}, {importButton, tr("Import ledger…")}},
                          EmptyListHint::whenNone(context.db, &core::SetupCounts::debtAccounts));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_totals, 1);
    bottom->addWidget(newAccount);
    bottom->addWidget(importButton);
    bottom->addWidget(open);
    ListExport::addButton(context, m_view, bottom, tr("debtors.xlsx"));
    auto* listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_view, 1);
    listLayout->addLayout(bottom);

    m_tenant = new TenantDebtPage(context, this);
    m_tenant->setObjectName(QStringLiteral("tenantPage"));
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("debtPages"));
    m_stack->addWidget(listPage);
    m_stack->addWidget(m_tenant);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_search, &QLineEdit::textChanged, this, &DebtsSection::reload);
    // The filter only narrows the rows already read: nothing to read again.
    connect(m_filter, &QComboBox::currentIndexChanged, this, &DebtsSection::showRows);
    connect(m_asOf, &QDateEdit::dateChanged, this, [this] {
        reload();
        if (m_stack->currentWidget() == m_tenant) {
            m_tenant->showAccount(m_tenant->accountId(), asOf());
        }
    });
    connect(m_view, &QTableView::activated, this, &DebtsSection::openCurrent);
    connect(open, &QPushButton::clicked, this, &DebtsSection::openCurrent);
    connect(m_tenant, &TenantDebtPage::backRequested, this, [this] { m_stack->setCurrentIndex(0); });
    connect(atRisk, &QPushButton::clicked, this, &DebtsSection::showPlansAtRisk);
    connect(warnings, &QPushButton::clicked, this, &DebtsSection::showEarlyWarnings);
    connect(wages, &QPushButton::clicked, this, &DebtsSection::runWageDeduction);
    connect(newAccount, &QPushButton::clicked, this, &DebtsSection::openNewAccount);
    connect(importButton, &QPushButton::clicked, this, &DebtsSection::importLedger);
    m_afterChange = new RefreshWhenShown(this, [this] {
        reload();
        if (m_stack->currentWidget() == m_tenant) {
            m_tenant->refresh();
        }
    });
    connect(&context.changes, &core::ChangeNotifier::changed, this, &DebtsSection::onChanged);
    reload();
}

QDate DebtsSection::asOf() const
{
    return m_asOf->date();
}

void DebtsSection::setAsOf(const QDate& date)
{
    m_asOf->setDate(date);
}

void DebtsSection::onChanged(core::Topic topic)
{
    if (topic != core::Topic::Debts && topic != core::Topic::Participants && topic != core::Topic::WorkOrders &&
        topic != core::Topic::Training) {
        return;
    }
    m_afterChange->request();
}

void DebtsSection::reload()
{
    // Off the window's thread (at scale 100 the debtors' figures took over half a second); the
    // list shown stays until they come, and a newer reload (the next letter typed in the search)
    // drops this one.
    const QDate on = asOf();
    const QString search = m_search->text();
    // The rows are ranked for sorting there too (thousands of names collated).
    using Read = std::pair<core::Result<QList<core::DebtorOverview>>, QList<DebtorsModel::Ranks>>;
    m_context.reads().read<Read>(
        this, QStringLiteral("debts"),
        [on, search](core::Database& db) {
            Read read{core::ArrearsOverview(db).debtors(on, search), {}};
            if (read.first) {
                read.second = DebtorsModel::ranks(*read.first);
            }
            return read;
        },
        [this, on](Read read) {
            if (!read.first) {
                showReadError(read.first.error().message);
                return;
            }
            m_rows = std::move(*read.first);
            m_ranks = std::move(read.second);
            m_rowsAsOf = on;
            showRows();
        },
        [this](const QString& error) { showReadError(error); });
}

void DebtsSection::showReadError(const QString& message)
{
    m_rows.clear();
    m_ranks.clear();
    m_rowsAsOf = QDate();
    m_model->setRows({});
    m_totals->setText(message);
}

void DebtsSection::showRows()
{
    if (!m_rowsAsOf.isValid()) {
        return; // nothing read yet, or the read failed and says so
    }
    const auto filter = static_cast<Filter>(m_filter->currentData().toInt());
    QList<core::DebtorOverview> shown;
    QList<DebtorsModel::Ranks> shownRanks;
    core::Money atEntry;
    core::Money now;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const core::DebtorOverview& row = m_rows.at(i);
        bool keep = true;
        switch (filter) {
        case Filter::All:
            break;
        case Filter::WithArrears:
            keep = row.debtor.balance.grosze() > 0;
            break;
        case Filter::AgreementOverdue:
            keep = row.plan == core::PlanStanding::Overdue || row.plan == core::PlanStanding::NotKept;
            break;
        case Filter::AgreementNotKept:
            keep = row.plan == core::PlanStanding::NotKept;
            break;
        case Filter::EvictionCase:
            keep = row.stage && !core::EvictionPath::isFinal(row.stage);
            break;
        }
        if (keep) {
            shown.append(row);
            shownRanks.append(m_ranks.at(i));
            atEntry += row.debtor.atEntry;
            now += row.debtor.balance;
        }
    }
    const qsizetype count = shown.size();
    m_model->setRows(std::move(shown), std::move(shownRanks));
    ColumnFit::toContents(*m_view);
    for (int column = 0; column < DebtorsModel::ColumnCount; ++column) {
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), 230));
    }
    m_totals->setText(tr("Tenants: %1; arrears at entry %2, now %3, change %4.")
                          .arg(QString::number(count), atEntry.format(), now.format(), (now - atEntry).format()));
    m_status = tr("Arrears of the participants as of %1: %2").arg(core::shown::date(m_rowsAsOf), now.format());
    emit statusTextChanged(m_status);
}

void DebtsSection::openCurrent()
{
    const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
    if (const core::DebtorOverview* row = m_model->at(index.row())) {
        openAccount(row->debtor.accountId);
    }
}

void DebtsSection::openAccount(qint64 accountId)
{
    m_tenant->showAccount(accountId, asOf());
    m_stack->setCurrentWidget(m_tenant);
}

DebtWatchDialog* DebtsSection::createPlansAtRiskDialog()
{
    const auto plans = core::ArrearsOverview(m_context.db).plansAtRisk(asOf());
    QList<QStringList> rows;
    QList<qint64> accounts;
    if (plans) {
        for (const core::PlanAtRisk& p : *plans) {
            rows.append({p.participantName, p.accountNumber, core::shown::date(p.plan.signedOn),
                         debtDays(p.daysOverdue), p.overdue.format(),
                         core::InstalmentSchedule::standingName(p.standing)});
            accounts.append(p.plan.accountId);
        }
    }
    auto* dialog = new DebtWatchDialog(
        tr("Plans at risk"),
        plans ? tr("Active agreements with an overdue instalment on %1. More than 30 days overdue: the agreement is "
                   "not kept.")
                    .arg(core::shown::date(asOf()))
              : plans.error().message,
        {tr("Participant"), tr("Account"), tr("Signed on"), tr("Overdue for"), tr("Overdue amount"), tr("Standing")},
        rows, accounts, this);
    dialog->addExport(m_context, tr("plans-at-risk.xlsx"));
    return dialog;
}

DebtWatchDialog* DebtsSection::createEarlyWarningDialog()
{
    const auto warnings = core::ArrearsOverview(m_context.db).earlyWarnings(asOf());
    QList<QStringList> rows;
    QList<qint64> accounts;
    if (warnings) {
        for (const core::EarlyWarning& w : *warnings) {
            rows.append({w.participantName, debtDays(w.daysOverdue), w.overdue.format(), w.reason});
            accounts.append(w.accountId);
        }
    }
    auto* dialog = new DebtWatchDialog(
        tr("Early warnings"),
        warnings ? tr("Participants with an overdue instalment on %1 whose attendance or hours worked fell in the "
                      "last 30 days, compared with the 30 days before.")
                       .arg(core::shown::date(asOf()))
                 : warnings.error().message,
        {tr("Participant"), tr("Overdue for"), tr("Overdue amount"), tr("What fell")}, rows, accounts, this);
    dialog->addExport(m_context, tr("early-warnings.xlsx"));
    return dialog;
}

void DebtsSection::runWatchDialog(DebtWatchDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    if (dialog->exec() == QDialog::Accepted && dialog->chosenAccount() > 0) {
        openAccount(dialog->chosenAccount());
    }
    delete dialog;
}

void DebtsSection::showRecords(const QString& what)
{
    if (what == QLatin1String("plans-at-risk")) {
        QTimer::singleShot(0, this, &DebtsSection::showPlansAtRisk);
    }
}

void DebtsSection::showPlansAtRisk()
{
    runWatchDialog(createPlansAtRiskDialog());
}

void DebtsSection::showEarlyWarnings()
{
    runWatchDialog(createEarlyWarningDialog());
}

void DebtsSection::runWageDeduction()
{
    WageDeductionDialog dialog(m_context, asOf().addMonths(-1), this);
    dialog.exec();
}

void DebtsSection::openNewAccount()
{
    // An account is a participant's, at a housing cooperative: both must exist.
    core::SetupCounts counts;
    try {
        counts = core::ProjectRepository(m_context.db).setupCounts();
    } catch (const core::StorageError& e) {
        m_context.prompt.error(this, tr("Open a debt account"), e.message());
        return;
    }
    if (counts.housingCoops == 0 || counts.participants == 0) {
        const bool noCoops = counts.housingCoops == 0;
        MissingData::offer(m_context, this, tr("Open a debt account"),
                           noCoops ? tr("A debt account is kept at a housing cooperative, and the project has none "
                                        "yet.")
                                   : tr("A debt account belongs to a participant, and the project has none yet."),
                           noCoops ? QStringLiteral("housing-coops") : QStringLiteral("participants"),
                           noCoops ? tr("Housing cooperatives") : tr("Participants"));
        return;
    }
    OpenAccountDialog dialog(m_context, this);
    dialog.setPrompt(&m_context.prompt);
    if (dialog.exec() == QDialog::Accepted && dialog.accountId() > 0) {
        openAccount(dialog.accountId());
    }
}

void DebtsSection::importLedger()
{
    LedgerImportDialog dialog(m_context, this);
    dialog.exec();
}

} // namespace osiedle::ui
