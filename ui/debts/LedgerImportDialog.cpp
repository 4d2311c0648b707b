#include "ui/debts/LedgerImportDialog.h"

#include "core/services/DebtLedgerService.h"
#include "ui/common/AppContext.h"
#include "ui/common/BackupBeforeChange.h"
#include "ui/common/UndoableEdit.h"
#include "ui/common/UserPrompt.h"
#include "ui/debts/DebtsFormat.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <memory>

namespace osiedle::ui {

LedgerImportDialog::LedgerImportDialog(AppContext& context, QWidget* parent) : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("ledgerImportDialog"));
    setWindowTitle(tr("Import ledger"));
    auto* intro = new QLabel(
        tr("A CSV or XLSX file from the housing cooperative's system, one ledger entry a row, with the columns "
           "account (the account number at the SM), date, kind, amount and note — or Nr konta, Data, Rodzaj, "
           "Kwota, Uwagi. Amounts are positive; the kind (charge, payment, wage payment, housing allowance, "
           "write-off, interest, correction) says which way they go; only a correction has a sign and needs a "
           "note. A wage payment also names the month of the wages it is deducted from (column wage_month or "
           "Miesiąc wynagrodzenia, YYYY-MM); a month is deducted once per account. Every row is checked first: "
           "nothing is imported while any row is wrong."),
        this);
    intro->setWordWrap(true);
    auto* choose = new QPushButton(tr("Choose file…"), this);
    choose->setObjectName(QStringLiteral("chooseFile"));
    m_file = new QLabel(this);
    m_file->setObjectName(QStringLiteral("fileName"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(choose);
    fileRow->addWidget(m_file, 1);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    m_problems = new QTableWidget(0, 4, this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Value"), tr("Problem")});
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setWordWrap(true);
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->verticalHeader()->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(QStringLiteral("importLedger"));
    m_import->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_result);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    resize(900, 560);

    connect(choose, &QPushButton::clicked, this, &LedgerImportDialog::chooseFile);
    connect(m_import, &QPushButton::clicked, this, &LedgerImportDialog::importFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &LedgerImportDialog::reject);
}

void LedgerImportDialog::chooseFile()
{
    const QString path =
        m_context.prompt.openFileName(this, tr("Import ledger"), tr("Tables (*.csv *.xlsx *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

void LedgerImportDialog::openFile(const QString& path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_summary = {};
    m_table = {};
    const core::Result<core::CsvTable> table = core::readTableFile(path);
    if (!table) {
        m_summary.problems.append({0, {}, {}, table.error().message});
    } else {
        m_table = *table;
        const core::Result<core::LedgerImportSummary> checked = runImport(true);
        if (checked) {
            m_summary = *checked;
        } else {
            m_summary.problems.append({0, {}, {}, checked.error().message});
        }
    }
    showSummary();
}

core::Result<core::LedgerImportSummary> LedgerImportDialog::runImport(bool dryRun)
{
    QProgressDialog progress(dryRun ? tr("Checking the rows…") : tr("Checking and writing the entries…"), tr("Cancel"),
                             0, static_cast<int>(m_table.rows.size()), this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowTitle(tr("Import ledger"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const auto report = [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    };
    return core::LedgerImport::run(m_context.db, m_table, dryRun, dryRun ? nullptr : &m_context.changes, report);
}

void LedgerImportDialog::showSummary()
{
    const QList<core::LedgerImportProblem>& problems = m_summary.problems;
    m_problems->setRowCount(static_cast<int>(problems.size()));
    for (int i = 0; i < problems.size(); ++i) {
        const core::LedgerImportProblem& p = problems[i];
        m_problems->setItem(i, 0, new QTableWidgetItem(p.row > 0 ? QString::number(p.row) : QString()));
        m_problems->setItem(i, 1, new QTableWidgetItem(p.column));
        m_problems->setItem(i, 2, new QTableWidgetItem(p.value));
        m_problems->setItem(i, 3, new QTableWidgetItem(p.reason));
    }
    for (int column = 0; column < 3; ++column) {
        m_problems->resizeColumnToContents(column);
    }
    m_problems->setColumnWidth(2, std::min(m_problems->columnWidth(2), 200));
    m_problems->resizeRowsToContents(); // the reason wraps in the last, stretched column
    const QString file = QFileInfo(m_path).fileName();
    if (!problems.isEmpty()) {
        m_result->setText(tr("%1: %n problem(s); nothing will be imported. Correct the file and choose it again.",
                             nullptr, static_cast<int>(problems.size()))
                              .arg(file));
        m_result->setStyleSheet(QStringLiteral("color: #b01c1c"));
    } else {
        m_result->setText(tr("%1: %n row(s) for %2 account(s), no problems. Ready to import.", nullptr,
                             static_cast<int>(m_summary.entries.size()))
                              .arg(file)
                              .arg(m_summary.accounts));
        m_result->setStyleSheet(QString());
    }
    m_import->setEnabled(problems.isEmpty() && !m_summary.entries.isEmpty());
}

void LedgerImportDialog::importFile()
{
    if (!backupBeforeChange(m_context, this, tr("Import ledger"), core::BackupCopy::Reason::BeforeImport)) {
        return;
    }
    const core::Result<core::LedgerImportSummary> done = runImport(false);
    if (!done) {
        m_context.prompt.error(this, tr("Import ledger"), done.error().message);
        return;
    }
    m_summary = *done;
    if (!m_summary.written) {
        showSummary(); // the ledger changed since the check
        return;
    }
    auto service = std::make_shared<core::DebtLedgerService>(m_context.db, m_context.changes);
    const QList<core::DebtEntry> entries = m_summary.entries;
    const QString file = QFileInfo(m_path).fileName();
    m_context.undo.push(new UndoableEdit(
        tr("Import ledger %1").arg(file), debtStep([service, entries] { return service->removeAll(entries); }),
        debtStep([service, entries] { return service->restoreAll(entries); }),
        [prompt = &m_context.prompt](const QString& message) { prompt->error(nullptr, tr("Undo"), message); }));
    m_context.prompt.information(
        this, tr("Import ledger"),
        tr("%n ledger entry(-ies) imported for %1 account(s) from %2.", nullptr, static_cast<int>(entries.size()))
            .arg(m_summary.accounts)
            .arg(file));
    accept();
}

} // namespace osiedle::ui
