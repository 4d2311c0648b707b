#include "ui/backup/BackupsDialog.h"

#include "core/common/DisplayFormat.h"
#include "core/storage/Database.h"
#include "ui/common/UserPrompt.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace osiedle::ui {

BackupsDialog::BackupsDialog(const QString& projectPath, const QString& folder, core::Database* db, UserPrompt& prompt,
                             QWidget* parent)
    : QDialog(parent), m_project(projectPath), m_folder(folder), m_db(db), m_prompt(prompt)
{
    setObjectName(QStringLiteral("backupsDialog"));
    setWindowTitle(tr("Restore from a backup"));
    auto* layout = new QVBoxLayout(this);

    m_where = new QLabel(this);
    m_where->setObjectName(QStringLiteral("backupFolder"));
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_where);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("backupCopies"));
    m_table->setHorizontalHeaderLabels({tr("Made"), tr("Kind"), tr("Size")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto* hint = new QLabel(tr("Restoring puts the chosen copy in place of the project; the project as it is now "
                               "is kept as a copy first, so a restore can itself be undone."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto* row = new QHBoxLayout();
    auto* folderButton = new QPushButton(tr("Change &folder…"), this);
    folderButton->setObjectName(QStringLiteral("changeBackupFolder"));
    auto* makeButton = new QPushButton(tr("Make a &copy now"), this);
    makeButton->setObjectName(QStringLiteral("makeBackupNow"));
    folderButton->setEnabled(m_db != nullptr && !m_db->isReadOnly());
    makeButton->setEnabled(m_db != nullptr);
    row->addWidget(folderButton);
    row->addWidget(makeButton);
    row->addStretch(1);
    m_look = new QPushButton(tr("&Open read-only"), this);
    m_look->setObjectName(QStringLiteral("lookAtCopy"));
    m_look->setToolTip(tr("Open the chosen copy in the window to look at it; nothing can be changed in it."));
    m_restore = new QPushButton(tr("&Restore…"), this);
    m_restore->setObjectName(QStringLiteral("restoreCopy"));
    row->addWidget(m_look);
    row->addWidget(m_restore);
    layout->addLayout(row);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(folderButton, &QPushButton::clicked, this, &BackupsDialog::chooseFolder);
    connect(makeButton, &QPushButton::clicked, this, &BackupsDialog::makeCopy);
    connect(m_look, &QPushButton::clicked, this, [this] { finish(Choice::Look); });
    connect(m_restore, &QPushButton::clicked, this, [this] { finish(Choice::Restore); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_look->setEnabled(selected() != nullptr);
        m_restore->setEnabled(selected() != nullptr);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { finish(Choice::Look); });
    resize(720, 460);
    reload();
}

void BackupsDialog::reload()
{
    m_copies = core::BackupStore::copies(m_project, m_folder);
    m_where->setText(tr("Backup copies of %1 in the folder %2")
                         .arg(QFileInfo(m_project).fileName(), QDir::toNativeSeparators(m_folder)));
    m_table->setRowCount(static_cast<int>(m_copies.size()));
    const QLocale locale;
    for (int i = 0; i < m_copies.size(); ++i) {
        const core::BackupCopy& copy = m_copies.at(i);
        m_table->setItem(i, 0, new QTableWidgetItem(copy.made.toString(QStringLiteral("dd.MM.yyyy HH:mm:ss"))));
        m_table->setItem(i, 1, new QTableWidgetItem(core::BackupStore::describe(copy.reason)));
        auto* size = new QTableWidgetItem(locale.formattedDataSize(copy.size, 1, QLocale::DataSizeTraditionalFormat));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, 2, size);
        m_table->item(i, 0)->setToolTip(QDir::toNativeSeparators(copy.path));
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(2);
    if (!m_copies.isEmpty()) {
        m_table->selectRow(0);
    }
    m_look->setEnabled(selected() != nullptr);
    m_restore->setEnabled(selected() != nullptr);
}

const core::BackupCopy* BackupsDialog::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_copies.size() && !m_table->selectedItems().isEmpty() ? &m_copies.at(row) : nullptr;
}

void BackupsDialog::chooseFolder()
{
    const QString chosen = m_prompt.existingFolder(this, tr("Folder of the backup copies"), m_folder);
    if (chosen.isEmpty() || m_db == nullptr) {
        return;
    }
    if (const core::Status stored = core::BackupStore::setFolder(*m_db, chosen); !stored) {
        m_prompt.error(this, windowTitle(), stored.error().message);
        return;
    }
    m_folder = core::BackupStore::folderOf(*m_db);
    reload();
}

void BackupsDialog::makeCopy()
{
    if (m_db == nullptr) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto made = core::BackupStore::make(*m_db, m_folder, core::BackupCopy::Reason::Manual);
    QApplication::restoreOverrideCursor();
    if (!made) {
        m_prompt.error(this, windowTitle(), made.error().message);
        return;
    }
    reload();
}

void BackupsDialog::finish(Choice choice)
{
    const core::BackupCopy* copy = selected();
    if (copy == nullptr) {
        return;
    }
    if (choice == Choice::Restore &&
        !m_prompt.confirm(this, tr("Restore a backup copy"),
                          tr("Put the copy of %1 (%2) in place of the project %3?\n\nThe project as it is now is "
                             "kept as a copy in %4 first.")
                              .arg(core::shown::dateTime(copy->made), core::BackupStore::describe(copy->reason),
                                   QFileInfo(m_project).fileName(), QDir::toNativeSeparators(m_folder)))) {
        return;
    }
    m_choice = choice;
    m_chosen = copy->path;
    accept();
}

} // namespace osiedle::ui
