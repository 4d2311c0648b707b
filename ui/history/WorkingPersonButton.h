#pragma once

#include <QToolButton>

namespace osiedle::core {
class Database;
}

namespace osiedle::ui {

class AppSettings;
class UserPrompt;

/// The person working, in the status bar ("Working: Anna Nowak"): every change made is
/// recorded in the change history under this name. Its menu offers the office staff of the
/// open project and the system user; the choice is remembered for the next start.
class WorkingPersonButton : public QToolButton {
    Q_OBJECT

public:
    explicit WorkingPersonButton(AppSettings& settings, QWidget* parent = nullptr);

    /// The open project (nullptr: none). Takes the person remembered, if any, as the one working.
    void setDatabase(core::Database* db);
    /// Makes `name` the person working (empty: the system user) and remembers it.
    void choose(const QString& name);
    /// When the open project has office staff and the person remembered is none of them (or
    /// nobody is remembered), asks who is working ("Who is working?": the staff, the first
    /// offered, then the system user). Asked once the event loop runs, so that the window and
    /// the project are on screen behind the question. Cancelled, the system user is working
    /// and the person remembered stays. A project opened read-only writes nothing: not asked.
    void askWhoIsWorking(UserPrompt& prompt);

private:
    void ask(UserPrompt& prompt);
    void fillMenu();
    void updateText();

    AppSettings& m_settings;
    core::Database* m_db = nullptr;
    int m_openings = 0; ///< setDatabase() calls, so that a question asked late is for this opening
};

} // namespace osiedle::ui
