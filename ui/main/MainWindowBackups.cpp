// MainWindow's part of the backups: the day's copy and the check made in the background when a
// project is opened, File › Restore from a backup…, looking at a copy, restoring one.

#include "core/common/FilePaths.h"
#include "core/storage/BackupStore.h"
#include "core/storage/Database.h"
#include "core/storage/ProjectRestore.h"
#include "ui/backup/BackupsDialog.h"
#include "ui/common/UserPrompt.h"
#include "ui/main/MainWindow.h"
#include "ui/main/OpeningCheck.h"
#include "ui/main/ProjectSession.h"

#include <QApplication>
#include <QDir>
#include <QStatusBar>

namespace osiedle::ui {

void MainWindow::startOpeningCheck()
{
    if (!m_session || m_session->db().isReadOnly()) {
        return;
    }
    auto check = std::make_unique<OpeningCheck>(m_session->db(), core::BackupStore::folderOf(m_session->db()));
    connect(check.get(), &OpeningCheck::finished, this, &MainWindow::openingCheckFinished);
    m_session->setOpeningCheck(std::move(check));
    statusBar()->showMessage(tr("Checking the project file…"));
}

void MainWindow::openingCheckFinished(const QString& copy, const QStringList& problems, const QString& failure)
{
    if (!m_session) {
        return;
    }
    if (!problems.isEmpty()) {
        statusBar()->clearMessage();
        const QString path = m_session->path();
        if (m_prompt.confirm(this, tr("The project is damaged"),
                             tr("%1 is damaged (%2). Nothing will be written to it: it stays open so that you can "
                                "look at it.\n\nChoose a backup copy to restore now?")
                                 .arg(QDir::toNativeSeparators(path), problems.first()))) {
            restoreFromBackup(path);
        }
        return;
    }
    if (!failure.isEmpty()) {
        statusBar()->clearMessage();
        m_prompt.error(this, tr("Backup copy"), tr("Today's backup copy could not be made: %1").arg(failure));
        return;
    }
    statusBar()->showMessage(
        copy.isEmpty() ? tr("The project file was checked: it is sound.")
                       : tr("Today's backup copy was made and checked: %1").arg(QDir::toNativeSeparators(copy)),
        10000);
}

void MainWindow::restoreFromBackup(const QString& projectPath)
{
    QString project = projectPath;
    core::Database* db = nullptr;
    if (project.isEmpty() && m_session) {
        project = m_session->copyOf().isEmpty() ? m_session->path() : m_session->copyOf();
    }
    if (project.isEmpty()) {
        return;
    }
    if (m_session && core::FilePaths::sameFile(m_session->path(), project)) {
        db = &m_session->db();
    }
    // The folder is the project's setting; a project that cannot be read keeps the default.
    QString folder = core::BackupStore::defaultFolder(core::FilePaths::canonical(project));
    if (db != nullptr) {
        folder = core::BackupStore::folderOf(*db);
    } else if (auto readable = core::Database::open(project, core::Database::Mode::ReadOnly)) {
        folder = core::BackupStore::folderOf(*readable.value());
    }
    BackupsDialog dialog(project, folder, db, m_prompt, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (dialog.choice() == BackupsDialog::Choice::Look) {
        lookAtCopy(dialog.chosenCopy(), project);
    } else if (dialog.choice() == BackupsDialog::Choice::Restore) {
        restoreCopy(dialog.chosenCopy(), project, dialog.folder());
    }
}

void MainWindow::lookAtCopy(const QString& copy, const QString& project)
{
    auto opened = core::Database::open(copy, core::Database::Mode::ReadOnly);
    if (!opened) {
        m_prompt.error(this, tr("Restore from a backup"), opened.error().message);
        return;
    }
    adopt(std::move(opened.value()), core::FilePaths::canonical(project));
    statusBar()->showMessage(tr("A backup copy is open read-only. File › Restore from a backup… puts a copy back "
                                "in place of the project."));
}

void MainWindow::restoreCopy(const QString& copy, const QString& project, const QString& folder)
{
    // The project must be closed here too: the restore takes its lock.
    clearSections();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restored = core::ProjectRestore::restore(project, copy, folder);
    QApplication::restoreOverrideCursor();
    if (!restored) {
        m_prompt.error(this, tr("Restore from a backup"), restored.error().message);
        openFile(project);
        return;
    }
    if (openFile(project)) {
        m_prompt.information(this, tr("Restore from a backup"),
                             tr("The copy was restored. The project as it was before is kept as %1.")
                                 .arg(QDir::toNativeSeparators(restored->keptCopy)));
    }
}

} // namespace osiedle::ui
