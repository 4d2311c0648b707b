#pragma once

class QUndoStack;

namespace osiedle::core {
class Database;
class ChangeNotifier;
} // namespace osiedle::core

namespace osiedle::ui {

class UserPrompt;

/// What every section widget of an open project needs, passed in through constructors (no
/// singletons). Valid while that project is open; MainWindow rebuilds the sections when
/// another file is opened.
struct AppContext {
    core::Database& db;
    core::ChangeNotifier& changes;
    QUndoStack& undo;
    UserPrompt& prompt;
};

} // namespace osiedle::ui
