#pragma once

#include "core/services/ChangeNotifier.h"
#include "ui/common/AppContext.h"

#include <QUndoStack>

#include <memory>

namespace osiedle::core {
class Database;
}

namespace osiedle::ui {

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

private:
    std::unique_ptr<core::Database> m_db;
    core::ChangeNotifier m_changes;
    QUndoStack m_undo;
    AppContext m_context;
};

} // namespace osiedle::ui
