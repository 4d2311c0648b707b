#pragma once

#include "core/storage/BackupStore.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace osiedle::core {
class Database;
}

namespace osiedle::ui {

class UserPrompt;

/// File › Restore from a backup…: the project's backup copies with the day and hour they were
/// made, why, and their size, newest first. A copy can be opened read-only to look at it, or
/// restored as the project (the window does both once the dialog closes: see choice()). The
/// folder of the copies can be changed (kept in the project) and a copy made now.
class BackupsDialog : public QDialog {
    Q_OBJECT

public:
    enum class Choice { None, Look, Restore };

    /// The copies of `projectPath` in `folder`. `db` is the open project, or null when it is
    /// not open for changes (then the folder cannot be changed nor a copy made here).
    BackupsDialog(const QString& projectPath, const QString& folder, core::Database* db, UserPrompt& prompt,
                  QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    /// The copy chosen to look at or to restore.
    QString chosenCopy() const { return m_chosen; }
    /// The folder shown (after a change).
    const QString& folder() const { return m_folder; }

private:
    void reload();
    void chooseFolder();
    void makeCopy();
    void finish(Choice choice);
    const core::BackupCopy* selected() const;

    QString m_project;
    QString m_folder;
    core::Database* m_db;
    UserPrompt& m_prompt;
    QList<core::BackupCopy> m_copies;
    Choice m_choice = Choice::None;
    QString m_chosen;

    QLabel* m_where = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_look = nullptr;
    QPushButton* m_restore = nullptr;
};

} // namespace osiedle::ui
