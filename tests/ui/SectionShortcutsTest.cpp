// The keys that switch sections (Ctrl+1 … Ctrl+9, Ctrl+0, Alt+1 …) and the View menu that
// lists them.

#include "core/storage/Database.h"
#include "support/QtStringMakers.h"
#include "support/ScriptedPrompt.h"
#include "ui/common/AppSettings.h"
#include "ui/main/MainWindow.h"
#include "ui/main/Sections.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>

using namespace osiedle;

TEST_CASE("Ctrl+digit and Alt+digit switch sections, in the order of the navigation list", "[mainwindow][keyboard]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("project.osiedle"));
    REQUIRE(core::Database::open(file, core::Database::Mode::CreateNew).ok());
    ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    test::ScriptedPrompt prompt;
    ui::MainWindow window(settings, prompt);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    // No project open: the keys do nothing.
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    CHECK(window.currentSectionId().isEmpty());

    REQUIRE(window.openFile(file));
    REQUIRE(ui::allSections().size() == 13);
    struct Case {
        Qt::Key key;
        Qt::KeyboardModifier modifier;
        const char* section;
    };
    // The thirteen sections: start, dashboard, housing-coops, social-coops, participants,
    // training, surveys, consultations, work-orders, debts, products, timeline, reports.
    const Case cases[] = {
        {Qt::Key_5, Qt::ControlModifier, "participants"}, {Qt::Key_1, Qt::ControlModifier, "start"},
        {Qt::Key_2, Qt::ControlModifier, "dashboard"},    {Qt::Key_3, Qt::ControlModifier, "housing-coops"},
        {Qt::Key_4, Qt::ControlModifier, "social-coops"}, {Qt::Key_6, Qt::ControlModifier, "training"},
        {Qt::Key_7, Qt::ControlModifier, "surveys"},      {Qt::Key_8, Qt::ControlModifier, "consultations"},
        {Qt::Key_9, Qt::ControlModifier, "work-orders"},  {Qt::Key_0, Qt::ControlModifier, "debts"},
        {Qt::Key_1, Qt::AltModifier, "products"},         {Qt::Key_2, Qt::AltModifier, "timeline"},
        {Qt::Key_3, Qt::AltModifier, "reports"},
    };
    for (const Case& c : cases) {
        INFO(c.section);
        QTest::keyClick(&window, c.key, c.modifier);
        CHECK(window.currentSectionId() == QString::fromLatin1(c.section));
    }

    // The View menu lists every section with its key.
    QMenu* view = nullptr;
    for (QAction* menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->text() == QStringLiteral("&View")) {
            view = menu->menu();
        }
    }
    REQUIRE(view != nullptr);
    QStringList shown;
    for (QAction* action : view->actions()) {
        if (!action->shortcut().isEmpty()) {
            shown.append(action->text() + QLatin1Char(' ') + action->shortcut().toString(QKeySequence::PortableText));
        }
    }
    CHECK(shown == QStringList{QStringLiteral("Start Ctrl+1"), QStringLiteral("Dashboard Ctrl+2"),
                               QStringLiteral("Housing cooperatives Ctrl+3"),
                               QStringLiteral("Social cooperatives Ctrl+4"), QStringLiteral("Participants Ctrl+5"),
                               QStringLiteral("Training Ctrl+6"), QStringLiteral("Questionnaires and tests Ctrl+7"),
                               QStringLiteral("Consultations Ctrl+8"), QStringLiteral("Work orders Ctrl+9"),
                               QStringLiteral("Debts Ctrl+0"), QStringLiteral("Products Alt+1"),
                               QStringLiteral("Timeline Alt+2"), QStringLiteral("Reports Alt+3")});
}
