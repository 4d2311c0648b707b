#include "ui/participants/ParticipantImportWizard.h"

#include "core/io/ParticipantImportColumns.h"
#include "ui/common/AppContext.h"
#include "ui/common/BackupBeforeChange.h"
#include "ui/common/UserPrompt.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace osiedle::ui {

namespace {

constexpr int previewRows = 8;

QTableWidget* table(QWidget* parent, const char* name, const QStringList& headers)
{
    auto* t = new QTableWidget(parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setColumnCount(static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    return t;
}

QPushButton* button(QWidget* parent, const char* name, const QString& text)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

} // namespace

ParticipantImportWizard::ParticipantImportWizard(AppContext& context, QWidget* parent)
    : QDialog(parent), m_context(context), m_import(context.db, context.changes)
{
    setObjectName(QStringLiteral("participantImportWizard"));
    setWindowTitle(tr("Import participants"));
    auto* outer = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages);

    // 1. choose the file
    auto* choose = new QWidget(m_pages);
    auto* chooseLayout = new QVBoxLayout(choose);
    auto* intro = new QLabel(tr("Choose a CSV or XLSX file with one participant per row. The first row names the "
                                "columns; the next step lets you match them to the fields."),
                             choose);
    intro->setWordWrap(true);
    chooseLayout->addWidget(intro);
    m_fileLabel = new QLabel(choose);
    m_fileLabel->setObjectName(QStringLiteral("fileName"));
    chooseLayout->addWidget(m_fileLabel);
    auto* chooseButton = button(choose, "chooseFile", tr("Choose file…"));
    chooseLayout->addWidget(chooseButton, 0, Qt::AlignLeft);
    chooseLayout->addStretch(1);
    connect(chooseButton, &QPushButton::clicked, this, [this] {
        const QString path = m_context.prompt.openFileName(this, tr("Import participants"),
                                                           tr("Tables (*.csv *.xlsx *.txt);;All files (*)"));
        if (!path.isEmpty()) {
            openFile(path);
        }
    });
    m_pages->addWidget(choose);

    // 2. match the columns, with a preview
    auto* map = new QWidget(m_pages);
    auto* mapLayout = new QVBoxLayout(map);
    mapLayout->addWidget(new QLabel(tr("Match the columns of the file to the fields:"), map));
    m_mapping = table(map, "mapping", {tr("Column of the file"), tr("Field"), tr("First value")});
    mapLayout->addWidget(m_mapping, 2);
    mapLayout->addWidget(new QLabel(tr("Preview of the first rows:"), map));
    m_preview = table(map, "preview", {});
    mapLayout->addWidget(m_preview, 1);
    auto* mapButtons = new QHBoxLayout;
    auto* checkButton = button(map, "check", tr("Check the rows"));
    mapButtons->addStretch(1);
    mapButtons->addWidget(checkButton);
    mapLayout->addLayout(mapButtons);
    connect(checkButton, &QPushButton::clicked, this, &ParticipantImportWizard::checkRows);
    m_pages->addWidget(map);

    // 3. the result of the check
    auto* result = new QWidget(m_pages);
    auto* resultLayout = new QVBoxLayout(result);
    m_summary = new QLabel(result);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    resultLayout->addWidget(m_summary);
    m_problems = table(result, "problems", {tr("Row"), tr("Column"), tr("Value"), tr("Problem")});
    resultLayout->addWidget(m_problems, 1);
    auto* resultButtons = new QHBoxLayout;
    auto* back = button(result, "back", tr("Back to the columns"));
    auto* reread = button(result, "reread", tr("Read the corrected file again"));
    m_importValid = button(result, "importValid", tr("Import only the valid rows"));
    m_importAll = button(result, "importAll", tr("Import all rows"));
    resultButtons->addWidget(back);
    resultButtons->addWidget(reread);
    resultButtons->addStretch(1);
    resultButtons->addWidget(m_importValid);
    resultButtons->addWidget(m_importAll);
    resultLayout->addLayout(resultButtons);
    connect(back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(1); });
    connect(reread, &QPushButton::clicked, this, &ParticipantImportWizard::rereadFile);
    connect(m_importAll, &QPushButton::clicked, this, [this] { importRows(false); });
    connect(m_importValid, &QPushButton::clicked, this, [this] { importRows(true); });
    m_pages->addWidget(result);

    resize(860, 600);
}

bool ParticipantImportWizard::openFile(const QString& path)
{
    auto table = core::readTableFile(path);
    if (!table) {
        m_context.prompt.error(this, tr("Import participants"), table.error().message);
        return false;
    }
    m_path = path;
    m_table = *table;
    m_fileLabel->setText(QFileInfo(path).fileName());
    showMapping();
    return true;
}

void ParticipantImportWizard::showMapping()
{
    const QHash<QString, int> guessed = core::ParticipantImport::defaultMapping(m_table.header);
    m_mapping->setRowCount(static_cast<int>(m_table.header.size()));
    for (int c = 0; c < m_table.header.size(); ++c) {
        m_mapping->setItem(c, 0, new QTableWidgetItem(m_table.header.at(c)));
        auto* combo = new QComboBox(m_mapping);
        combo->setObjectName(QStringLiteral("map_%1").arg(c));
        combo->addItem(tr("— do not import —"), QString());
        for (const core::ParticipantColumn& column : core::participantColumns()) {
            if (column.imported) {
                combo->addItem(QString::fromUtf8(column.title), QString::fromLatin1(column.key));
            }
        }
        QString key;
        for (auto it = guessed.constBegin(); it != guessed.constEnd(); ++it) {
            if (it.value() == c) {
                key = it.key();
            }
        }
        combo->setCurrentIndex(std::max(0, combo->findData(key)));
        m_mapping->setCellWidget(c, 1, combo);
        m_mapping->setItem(c, 2,
                           new QTableWidgetItem(m_table.rows.isEmpty() ? QString() : m_table.rows.first().field(c)));
    }
    m_mapping->resizeColumnsToContents();

    m_preview->clear();
    m_preview->setColumnCount(static_cast<int>(m_table.header.size()));
    m_preview->setHorizontalHeaderLabels(m_table.header);
    const int rows = static_cast<int>(std::min<qsizetype>(previewRows, m_table.rows.size()));
    m_preview->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < m_table.header.size(); ++c) {
            m_preview->setItem(r, c, new QTableWidgetItem(m_table.rows.at(r).field(c)));
        }
    }
    m_pages->setCurrentIndex(1);
}

QHash<QString, int> ParticipantImportWizard::mapping() const
{
    QHash<QString, int> out;
    for (int c = 0; c < m_mapping->rowCount(); ++c) {
        const auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(c, 1));
        const QString key = combo ? combo->currentData().toString() : QString();
        if (!key.isEmpty() && !out.contains(key)) {
            out.insert(key, c);
        }
    }
    return out;
}

void ParticipantImportWizard::checkRows()
{
    const QHash<QString, int> chosen = mapping();
    // An empty mapping would mean "guess from the header": keep the user's choice of nothing.
    const auto progress = progressOf(tr("Checking the rows…"));
    m_checked = chosen.isEmpty() ? m_import.check(m_table, {{QStringLiteral("-"), -1}}, progress)
                                 : m_import.check(m_table, chosen, progress);
    m_problems->setRowCount(static_cast<int>(m_checked.problems.size()));
    for (int i = 0; i < m_checked.problems.size(); ++i) {
        const auto& p = m_checked.problems.at(i);
        m_problems->setItem(i, 0, new QTableWidgetItem(p.row > 0 ? QString::number(p.row) : QString()));
        m_problems->setItem(i, 1, new QTableWidgetItem(p.column));
        m_problems->setItem(i, 2, new QTableWidgetItem(p.value));
        m_problems->setItem(i, 3, new QTableWidgetItem(p.reason));
    }
    if (!m_checked.problems.isEmpty()) {
        m_problems->resizeColumnsToContents(); // an empty list keeps its columns readable
    }
    if (m_checked.problems.isEmpty()) {
        m_summary->setText(tr("All %n row(s) are valid and can be imported.", nullptr, m_checked.rowCount));
    } else {
        m_summary->setText(tr("%1 of %2 rows have problems (listed below); %3 rows are valid. Correct the file and "
                              "choose it again, or import only the valid rows.")
                               .arg(m_checked.invalidRowCount())
                               .arg(m_checked.rowCount)
                               .arg(m_checked.valid.size()));
    }
    if (const QString note = m_checked.startNote(); !note.isEmpty()) {
        m_summary->setText(m_summary->text() + QStringLiteral("\n\n") + note);
    }
    m_importAll->setEnabled(m_checked.problems.isEmpty() && !m_checked.valid.isEmpty());
    m_importValid->setEnabled(!m_checked.problems.isEmpty() && !m_checked.valid.isEmpty());
    m_pages->setCurrentIndex(2);
}

int ParticipantImportWizard::importRows(bool onlyValid)
{
    if (!backupBeforeChange(m_context, this, tr("Import participants"), core::BackupCopy::Reason::BeforeImport)) {
        return -1;
    }
    const auto written = m_import.write(m_checked, onlyValid, progressOf(tr("Importing the participants…")));
    if (!written) {
        m_context.prompt.error(this, tr("Import participants"), written.error().message);
        return -1;
    }
    m_context.prompt.information(this, tr("Import participants"), tr("%n participant(s) imported.", nullptr, *written));
    accept();
    return *written;
}

bool ParticipantImportWizard::rereadFile()
{
    if (m_path.isEmpty()) {
        return false;
    }
    const QStringList header = m_table.header;
    auto table = core::readTableFile(m_path);
    if (!table) {
        m_context.prompt.error(this, tr("Import participants"), table.error().message);
        return false;
    }
    m_table = *table;
    if (m_table.header != header) {
        // Other columns: the mapping has to be made again.
        showMapping();
        return true;
    }
    // The same columns: the user's mapping stays; the values shown are the new ones.
    for (int c = 0; c < m_table.header.size(); ++c) {
        m_mapping->setItem(c, 2,
                           new QTableWidgetItem(m_table.rows.isEmpty() ? QString() : m_table.rows.first().field(c)));
    }
    checkRows();
    return true;
}

core::ParticipantImport::Progress ParticipantImportWizard::progressOf(const QString& label)
{
    // Only long files are worth a progress dialog; it appears after half a second.
    if (m_table.rows.size() < 2 * core::ParticipantImport::progressStep) {
        return {};
    }
    auto dialog = std::make_shared<QProgressDialog>(label, QString(), 0, 0, this);
    dialog->setObjectName(QStringLiteral("progress"));
    dialog->setWindowTitle(windowTitle());
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(500);
    dialog->setAutoClose(true);
    return [this, dialog](int done, int total) {
        dialog->setMaximum(total);
        dialog->setValue(done);
        m_progressMaximum = std::max(m_progressMaximum, total);
    };
}

} // namespace osiedle::ui
