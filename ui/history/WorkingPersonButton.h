#pragma once

#include <QToolButton>

namespace osiedle::core {
class Database;
}

namespace osiedle::ui {

class AppSettings;

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

private:
    void fillMenu();
    void updateText();

    AppSettings& m_settings;
    core::Database* m_db = nullptr;
};

} // namespace osiedle::ui
