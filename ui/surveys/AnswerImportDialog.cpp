#include "ui/surveys/AnswerImportDialog.h"

#include "core/services/SurveyAnswerService.h"
#include "ui/common/AppContext.h"
#include "ui/common/BackupBeforeChange.h"
#include "ui/common/ServiceStep.h"
#include "ui/common/UserPrompt.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace osiedle::ui {

AnswerImportDialog::AnswerImportDialog(AppContext& context, qint64 roundId, QWidget* parent)
    : QDialog(parent), m_context(context), m_roundId(roundId)
{
    setObjectName(QStringLiteral("answerImportDialog"));
    setWindowTitle(tr("Import answers"));
    auto* intro = new QLabel(
        tr("A CSV or XLSX file with a row per form, e.g. the export of an online form. The person is found by the "
           "column code (kod), pesel, or name (imię i nazwisko; or first name and last name); each item has a "
           "column titled by its number (1, 2, … or P1, Pyt. 1) or its text. Answers: 1–5 or the words of the scale "
           "(raczej się zgadzam…), tak/nie or 1/0, a test's answer as 1, 2, 3… or a, b, c… or its text. A blank "
           "cell is no answer. Every row is checked first: nothing is imported while any row is wrong. A person's "
           "form in the file replaces what was entered for them."),
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
    m_problems = new QTableWidget(0, 3, this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setWordWrap(true);
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->verticalHeader()->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(QStringLiteral("importAnswers"));
    m_import->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_result);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    resize(860, 520);
    connect(choose, &QPushButton::clicked, this, &AnswerImportDialog::chooseFile);
    connect(m_import, &QPushButton::clicked, this, &AnswerImportDialog::importFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &AnswerImportDialog::reject);
}

void AnswerImportDialog::chooseFile()
{
    const QString path =
        m_context.prompt.openFileName(this, tr("Import answers"), tr("Tables (*.csv *.xlsx *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

void AnswerImportDialog::openFile(const QString& path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_report = core::AnswerImport::runFile(m_context.db, m_roundId, path, true);
    showReport();
}

void AnswerImportDialog::showReport()
{
    const QList<core::AnswerImportProblem>& problems = m_report.problems;
    m_problems->setRowCount(static_cast<int>(problems.size()));
    for (int i = 0; i < problems.size(); ++i) {
        const core::AnswerImportProblem& p = problems[i];
        m_problems->setItem(i, 0, new QTableWidgetItem(p.row > 0 ? QString::number(p.row) : QString()));
        m_problems->setItem(i, 1, new QTableWidgetItem(p.column));
        m_problems->setItem(i, 2, new QTableWidgetItem(p.message));
    }
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
    m_problems->setColumnWidth(1, std::min(m_problems->columnWidth(1), 240));
    m_problems->resizeRowsToContents();
    const QString file = QFileInfo(m_path).fileName();
    const QString ignored =
        m_report.ignoredColumns.isEmpty()
            ? QString()
            : QStringLiteral(" ") +
                  tr("Columns left aside: %1.").arg(m_report.ignoredColumns.join(QStringLiteral(", ")));
    if (!problems.isEmpty()) {
        m_result->setText(tr("%1: %n problem(s); nothing will be imported. Correct the file and choose it again.",
                             nullptr, static_cast<int>(problems.size()))
                              .arg(file) +
                          ignored);
        m_result->setStyleSheet(QStringLiteral("color: #b01c1c"));
    } else {
        m_result->setText(tr("%1: %n form(s), no problems; %2 of them replace answers entered before. Ready to import.",
                             nullptr, m_report.forms)
                              .arg(file)
                              .arg(m_report.replaced) +
                          ignored);
        m_result->setStyleSheet(QString());
    }
    m_import->setEnabled(problems.isEmpty() && m_report.forms > 0);
}

void AnswerImportDialog::importFile()
{
    if (!backupBeforeChange(m_context, this, tr("Import answers"), core::BackupCopy::Reason::BeforeImport)) {
        return;
    }
    m_report = core::AnswerImport::runFile(m_context.db, m_roundId, m_path, false, &m_context.changes);
    if (!m_report.written) {
        showReport(); // the file or the round changed since the check
        return;
    }
    core::Database* db = &m_context.db;
    core::ChangeNotifier* changes = &m_context.changes;
    const qint64 round = m_roundId;
    const auto before = m_report.previousForms;
    const auto after = m_report.formsByPerson;
    auto setForms = [db, changes, round](const QHash<qint64, QList<core::SurveyAnswer>>& forms) {
        return serviceStep([db, changes, round, forms] {
            const auto done = core::SurveyAnswerService(*db, changes).setForms(round, forms);
            return done ? core::Status() : core::Status(done.error());
        });
    };
    const QString file = QFileInfo(m_path).fileName();
    m_context.undo.push(new UndoableEdit(
        tr("Import answers %1").arg(file), setForms(before), setForms(after),
        [prompt = &m_context.prompt](const QString& message) { prompt->error(nullptr, tr("Undo"), message); }));
    m_context.prompt.information(this, tr("Import answers"),
                                 tr("%n form(s) imported from %1.", nullptr, m_report.forms).arg(file));
    accept();
}

} // namespace osiedle::ui
