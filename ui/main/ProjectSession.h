#pragma once

#include "core/services/ChangeNotifier.h"
#include "ui/common/AppContext.h"

#include <QUndoStack>
#include <memory>

namespace osiedle::core {
class Database;
}

namespace osiedle::ui {

class OpeningCheck;
class UserPrompt;

/// Everything that belongs to one open project file: the database, its change notifier, its
/// undo stack and the AppContext handed to the sections. MainWindow holds one at a time and
/// destroys the sections before the session.
class ProjectSession {
public:
    ProjectSession(std::unique_ptr<core::Database> db, UserPrompt& prompt);
    ~ProjectSession();
    ProjectSession(const ProjectSession&) = delete;
    ProjectSession& operator=(const ProjectSession&) = delete;

    AppContext& context() { return m_context; }
    core::Database& db() { return *m_db; }
    QUndoStack& undo() { return m_undo; }
    core::ChangeNotifier& changes() { return m_changes; }
    QString path() const;

    /// The background work done when a project is opened for changes (the day's copy and the
    /// check before the first change); null for a file open read-only. Owned by the session.
    OpeningCheck* openingCheck() const { return m_check.get(); }
    void setOpeningCheck(std::unique_ptr<OpeningCheck> check);
    /// When the file open is a backup copy being looked at: the project it is a copy of.
    const QString& copyOf() const { return m_copyOf; }
    void setCopyOf(const QString& project) { m_copyOf = project; }

private:
    std::unique_ptr<core::Database> m_db;
    std::unique_ptr<OpeningCheck> m_check; // before the database: it is waited for first
    core::ChangeNotifier m_changes;
    QUndoStack m_undo;
    AppContext m_context;
    QString m_copyOf;
};

} // namespace osiedle::ui
