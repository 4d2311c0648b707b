#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

class QWidget;

namespace osiedle::core {
class Database;
}

namespace osiedle::ui {

class UserPrompt;

/// Opening a project in the window, with the questions it may need: a lock held on another
/// computer (the user is told who holds it and may take it over after confirming that Osiedle
/// no longer runs there), a file that cannot be changed (it may be opened read-only to look),
/// a damaged file (the user may restore a backup copy). Every message goes through UserPrompt.
class ProjectOpening {
    Q_DECLARE_TR_FUNCTIONS(ProjectOpening)

public:
    struct Outcome {
        std::unique_ptr<core::Database> db; ///< null when nothing was opened
        bool restoreWanted = false;         ///< the file is damaged and the user wants a copy back
    };

    /// Opens `path` for changes (or read-only when the user agrees to that).
    static Outcome open(const QString& path, UserPrompt& prompt, QWidget* parent);
};

} // namespace osiedle::ui
