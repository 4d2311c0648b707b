#pragma once

#include <memory>

class QUndoStack;

namespace osiedle::core {
class BackgroundReader;
class Database;
class ChangeNotifier;
} // namespace osiedle::core

namespace osiedle::ui {

class AppSettings;
class Navigator;
class UserPrompt;

/// What every section widget of an open project needs, passed in through constructors (no
/// singletons). Valid while that project is open; MainWindow rebuilds the sections when
/// another file is opened.
struct AppContext {
    core::Database& db;
    core::ChangeNotifier& changes;
    QUndoStack& undo;
    UserPrompt& prompt;
    /// The long reads off the window's thread (reads()); made on first use.
    std::shared_ptr<core::BackgroundReader> background = {};

    /// The project's background reader: a thread with its own read-only connection to the same
    /// file (core::BackgroundReader). Its results come back on the window's thread.
    core::BackgroundReader& reads();
    /// Where a section sends the user to another section or the settings; null when none.
    Navigator* navigator = nullptr;
    /// The program's settings, where a list keeps its sort and filters; null when none (tests).
    AppSettings* settings = nullptr;
};

} // namespace osiedle::ui
