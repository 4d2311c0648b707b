#include "ui/main/MainWindow.h"

#include "core/common/ProgramVersion.h"
#include "core/storage/Database.h"
#include "support/DemoFiles.h"
#include "support/QtStringMakers.h"
#include "support/ScriptedPrompt.h"
#include "support/TempProject.h"
#include "ui/common/AppSettings.h"
#include "ui/main/ProjectSession.h"
#include "ui/main/Sections.h"
#include "ui/settings/NewProjectDialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace osiedle;
using test::ScriptedPrompt;

namespace {

/// A main window with its own settings file and a scripted prompt; nothing touches the user's
/// settings or shows a dialog.
struct WindowFixture {
    QTemporaryDir dir;
    ui::AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    ScriptedPrompt prompt;
    ui::MainWindow window{settings, prompt};

    WindowFixture() { window.show(); }

    QString path(const QString& name) const { return dir.filePath(name); }

    QListWidget* navigation() { return window.findChild<QListWidget*>(QStringLiteral("navigation")); }
    QStackedWidget* sections() { return window.findChild<QStackedWidget*>(QStringLiteral("sections")); }
    QAction* action(const char* name) { return window.findChild<QAction*>(QString::fromLatin1(name)); }

    /// A fresh, closed project file in the fixture's folder.
    QString newProjectFile(const QString& name = QStringLiteral("project.osiedle"))
    {
        const QString file = path(name);
        REQUIRE(core::Database::open(file, core::Database::Mode::CreateNew).ok());
        return file;
    }
};

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST_CASE("The main window opens on a project file and shows its name", "[mainwindow]")
{
    WindowFixture f;
    const QString file = f.newProjectFile(QStringLiteral("Warszawa.osiedle"));
    REQUIRE_FALSE(f.window.hasProject());
    CHECK_FALSE(f.navigation()->isEnabled());

    REQUIRE(f.window.openFile(file));
    CHECK(f.window.hasProject());
    CHECK(f.window.windowTitle().contains(QStringLiteral("Warszawa.osiedle")));
    CHECK(f.navigation()->isEnabled());
    // A file not set up yet opens on its start page.
    CHECK(f.window.currentSectionId() == QStringLiteral("start"));
    CHECK(f.prompt.shown.isEmpty());
    CHECK(f.settings.lastFile() == QFileInfo(file).absoluteFilePath());
    CHECK(f.settings.recentFiles() == QStringList{QFileInfo(file).absoluteFilePath()});
}

TEST_CASE("Each section is reached through the navigation list", "[mainwindow]")
{
    WindowFixture f;
    REQUIRE(f.window.openFile(f.newProjectFile()));
    const QList<ui::SectionEntry> entries = ui::allSections();
    REQUIRE(f.navigation()->count() == entries.size());
    QStringList ids;
    for (const auto& entry : entries) {
        ids << entry.id;
    }
    CHECK(ids == QStringList{"start", "dashboard", "housing-coops", "social-coops", "participants", "training", "surveys",
                             "consultations", "work-orders", "debts", "products", "timeline", "reports"});

    for (int row = static_cast<int>(entries.size()) - 1; row >= 0; --row) {
        INFO("section " << entries[row].id.toStdString());
        QListWidget* nav = f.navigation();
        const QRect rect = nav->visualItemRect(nav->item(row));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());
        CHECK(f.window.currentSectionId() == entries[row].id);
        QWidget* shown = f.sections()->currentWidget();
        REQUIRE(shown != nullptr);
        CHECK(shown == f.window.sectionWidget(entries[row].id));
        CHECK(shown->isVisible());
        CHECK(f.settings.lastSection() == entries[row].id);
    }
}

TEST_CASE("A refused file shows core's message and the program stays usable", "[mainwindow]")
{
    WindowFixture f;
    const QString good = f.newProjectFile();
    REQUIRE(f.window.openFile(good));
    REQUIRE(f.window.showSection(QStringLiteral("participants")));

    const auto refuses = [&f, &good](const QString& bad, const QString& expected) {
        CHECK_FALSE(f.window.openFile(bad));
        REQUIRE(f.prompt.errors().size() == 1);
        CHECK(f.prompt.errors().first().contains(expected));
        // The project that was open stays open, on the same section, and still works.
        CHECK(f.window.hasProject());
        CHECK(f.window.session()->path() == good);
        CHECK(f.window.currentSectionId() == QStringLiteral("participants"));
        CHECK(f.window.showSection(QStringLiteral("debts")));
    };
    SECTION("a file of another kind")
    {
        const QString bad = f.path(QStringLiteral("notes.osiedle"));
        writeFile(bad, QByteArray("These are meeting notes, not a project.\n").repeated(200));
        refuses(bad, QStringLiteral("is not an Osiedle project file"));
    }
    SECTION("a file from a newer version")
    {
        const QString newer = f.newProjectFile(QStringLiteral("newer.osiedle"));
        {
            auto db = core::Database::open(newer);
            REQUIRE(db.ok());
            db.value()->exec("PRAGMA user_version = 999");
        }
        refuses(newer, QStringLiteral("newer version"));
    }
    SECTION("a missing file")
    {
        refuses(f.path(QStringLiteral("gone.osiedle")), QStringLiteral("does not exist"));
    }
    SECTION("a file open in another program")
    {
        test::TempProject other; // keeps its file open and locked
        refuses(other.path(), QStringLiteral("is open in another program"));
    }
}

TEST_CASE("Start-up opens the given file, else the last one, else offers a choice", "[mainwindow]")
{
    WindowFixture f;
    const QString first = f.newProjectFile(QStringLiteral("first.osiedle"));
    const QString second = f.newProjectFile(QStringLiteral("second.osiedle"));

    SECTION("first start: the welcome page, no question asked")
    {
        f.window.start({});
        CHECK_FALSE(f.window.hasProject());
        CHECK(f.sections()->currentWidget()->objectName() == QStringLiteral("welcomePage"));
        CHECK(f.prompt.shown.isEmpty());
    }
    SECTION("without a file: the last one used")
    {
        f.settings.setLastFile(second);
        f.window.start({});
        REQUIRE(f.window.hasProject());
        CHECK(f.window.session()->path() == second);
    }
    SECTION("a file on the command line wins")
    {
        f.settings.setLastFile(second);
        f.window.start(first);
        REQUIRE(f.window.hasProject());
        CHECK(f.window.session()->path() == first);
    }
    SECTION("the last file has gone: the welcome page, no error box")
    {
        f.settings.setLastFile(f.path(QStringLiteral("moved.osiedle")));
        f.window.start({});
        CHECK_FALSE(f.window.hasProject());
        CHECK(f.prompt.shown.isEmpty());
    }
}

TEST_CASE("Opening another file rebuilds the sections on the new project", "[mainwindow]")
{
    WindowFixture f;
    REQUIRE(f.window.openFile(f.newProjectFile(QStringLiteral("a.osiedle"))));
    REQUIRE(f.window.showSection(QStringLiteral("debts")));
    QPointer<QWidget> before = f.window.sectionWidget(QStringLiteral("debts"));
    REQUIRE(before);
    QUndoStack* firstStack = &f.window.session()->undo();
    firstStack->push(new QUndoCommand(QStringLiteral("something")));

    // A project with data in every part opens on the section used last.
    const QString demo = test::demoCopy(1, f.dir.path());
    REQUIRE(f.window.openFile(demo));
    CHECK(before.isNull());
    CHECK(f.window.currentSectionId() == QStringLiteral("debts"));
    CHECK(f.window.session()->undo().count() == 0);
    CHECK_FALSE(f.action("undoAction")->isEnabled());
    CHECK(f.settings.recentFiles().size() == 2);
    CHECK(f.window.windowTitle().contains(QFileInfo(demo).fileName()));

    // One still being set up opens on its start page.
    REQUIRE(f.window.openFile(f.newProjectFile(QStringLiteral("b.osiedle"))));
    CHECK(f.window.currentSectionId() == QStringLiteral("start"));
}

TEST_CASE("Edit > Undo and Redo act on the open project's undo stack", "[mainwindow]")
{
    WindowFixture f;
    REQUIRE(f.window.openFile(f.newProjectFile()));
    int value = 0;
    struct SetValue : QUndoCommand {
        int& target;
        SetValue(int& t) : QUndoCommand(QStringLiteral("set")), target(t) {}
        void redo() override { target = 1; }
        void undo() override { target = 0; }
    };
    f.window.session()->undo().push(new SetValue(value));
    REQUIRE(value == 1);
    QAction* undo = f.action("undoAction");
    QAction* redo = f.action("redoAction");
    CHECK(undo->shortcut() == QKeySequence(QKeySequence::Undo));
    CHECK(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    CHECK(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    undo->trigger();
    CHECK(value == 0);
    redo->trigger();
    CHECK(value == 1);
}

TEST_CASE("File > New creates an empty project and opens it", "[mainwindow]")
{
    WindowFixture f;
    // The new project's dialog, answered as a user who keeps the title it offers and its dates.
    int asked = 0;
    f.window.setDialogRunner([&asked](QDialog& dialog) {
        auto* details = qobject_cast<ui::NewProjectDialog*>(&dialog);
        REQUIRE(details != nullptr);
        ++asked;
        return details->check() ? QDialog::Accepted : QDialog::Rejected;
    });
    f.prompt.saveFileAnswers.enqueue(f.path(QStringLiteral("nowy")));
    auto* button = f.window.findChild<QPushButton*>(QStringLiteral("newProjectButton"));
    REQUIRE(button != nullptr);
    QTest::mouseClick(button, Qt::LeftButton);
    REQUIRE(f.window.hasProject());
    CHECK(f.window.session()->path() == f.path(QStringLiteral("nowy.osiedle")));
    CHECK(f.prompt.errors().isEmpty());
    // A real starting state: the project row and the default indicators; the start page shown.
    CHECK(asked == 1);
    CHECK(f.window.session()->db().scalar("SELECT count(*) FROM project WHERE title = 'nowy'") == 1);
    CHECK(f.window.session()->db().scalar("SELECT count(*) FROM indicator") > 0);
    CHECK(f.window.currentSectionId() == QStringLiteral("start"));

    SECTION("a file that exists is not overwritten")
    {
        const QString other = f.path(QStringLiteral("other.osiedle"));
        writeFile(other, "keep me");
        f.prompt.saveFileAnswers.enqueue(other);
        f.action("newProjectAction")->trigger();
        REQUIRE(f.prompt.errors().size() == 1);
        CHECK(f.prompt.errors().first().contains(QStringLiteral("already exists")));
        QFile kept(other);
        REQUIRE(kept.open(QIODevice::ReadOnly));
        CHECK(kept.readAll() == QByteArray("keep me"));
        CHECK(f.window.session()->path() == f.path(QStringLiteral("nowy.osiedle")));
    }
}

TEST_CASE("File > Save a backup copy writes a project file that opens", "[mainwindow]")
{
    WindowFixture f;
    REQUIRE(f.window.openFile(f.newProjectFile()));
    f.window.session()->db().exec("INSERT INTO housing_coop (name, locality) VALUES ('SM Łódź', 'Łódź')");
    const QString copy = f.path(QStringLiteral("copy.osiedle"));
    f.prompt.saveFileAnswers.enqueue(copy);
    f.action("backupAction")->trigger();
    CHECK(f.prompt.errors().isEmpty());
    auto opened = core::Database::open(copy);
    REQUIRE(opened.ok());
    CHECK(opened.value()->scalar("SELECT count(*) FROM housing_coop") == 1);

    SECTION("not over the project itself")
    {
        f.prompt.saveFileAnswers.enqueue(f.window.session()->path());
        f.action("backupAction")->trigger();
        CHECK(f.prompt.errors().size() == 1);
    }
}

TEST_CASE("Help > About names the version, the licence and the EU co-financing", "[mainwindow]")
{
    WindowFixture f;
    f.action("aboutAction")->trigger();
    REQUIRE(f.prompt.informations().size() == 1);
    const QString text = f.prompt.informations().first();
    CHECK(text.contains(QStringLiteral(OSIEDLE_VERSION)));
    // with the commit it was built from, as --version prints it
    CHECK(text.contains(core::ProgramVersion::text()));
    CHECK(text.contains(QStringLiteral("GPL-3.0-or-later")));
    CHECK(text.contains(QStringLiteral("Projekt współfinansowany ze środków Unii Europejskiej w ramach "
                                       "Europejskiego Funduszu Społecznego")));
}

TEST_CASE("The language chosen in the menu is remembered", "[mainwindow]")
{
    WindowFixture f;
    f.settings.setLanguage(ui::AppSettings::english);
    ui::MainWindow window(f.settings, f.prompt);
    QAction* polish = window.findChild<QAction*>(QStringLiteral("language_pl"));
    QAction* english = window.findChild<QAction*>(QStringLiteral("language_en"));
    REQUIRE(polish != nullptr);
    REQUIRE(english != nullptr);
    CHECK(english->isChecked());
    polish->trigger();
    CHECK(f.settings.language() == ui::AppSettings::polish);
    CHECK(polish->isChecked());
    REQUIRE(f.prompt.informations().size() == 1);
    CHECK(f.prompt.informations().first().contains(QStringLiteral("next time")));
}

TEST_CASE("The participants section of the window searches and shows its count in the status bar", "[mainwindow]")
{
    WindowFixture f;
    const QString file = f.newProjectFile();
    {
        auto db = core::Database::open(file);
        REQUIRE(db.ok());
        db.value()->exec("INSERT INTO housing_coop (id, name, locality) VALUES (1, 'SM Śródmieście', 'Łódź');"
                         "INSERT INTO participant (last_name, first_name, housing_coop_id) VALUES "
                         "('Łódzka', 'Anna', 1), ('Nowak', 'Jan', 1), ('Lodowa', 'Ewa', NULL)");
    }
    REQUIRE(f.window.openFile(file));
    REQUIRE(f.window.showSection(QStringLiteral("participants")));
    QWidget* section = f.window.sectionWidget(QStringLiteral("participants"));
    auto* status = f.window.findChild<QLabel*>(QStringLiteral("sectionStatus"));
    REQUIRE(status != nullptr);
    CHECK(status->text() == QStringLiteral("Participants: 3"));

    auto* search = section->findChild<QLineEdit*>(QStringLiteral("search"));
    auto* table = section->findChild<QTableView*>(QStringLiteral("table"));
    REQUIRE(search != nullptr);
    REQUIRE(table != nullptr);
    // Ctrl+F goes to the search box of the section on screen.
    f.navigation()->setFocus();
    QApplication::setActiveWindow(&f.window);
    QTest::keyClick(&f.window, Qt::Key_F, Qt::ControlModifier);
    CHECK(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("lodz"));
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 0).data().toString() == QStringLiteral("Łódzka"));
    CHECK(status->text() == QStringLiteral("Participants: 1 of 3"));

    // Another section has no count; coming back shows it again.
    REQUIRE(f.window.showSection(QStringLiteral("dashboard")));
    CHECK(status->text().isEmpty());
    REQUIRE(f.window.showSection(QStringLiteral("participants")));
    CHECK(status->text() == QStringLiteral("Participants: 1 of 3"));
}

TEST_CASE("The welcome page opens the demo project, making it on first use", "[mainwindow]")
{
    WindowFixture f;
    auto* demo = f.window.findChild<QPushButton*>(QStringLiteral("demoButton"));
    REQUIRE(demo != nullptr);
    CHECK(demo->isHidden());
    int made = 0;
    const QString demoPath = f.path(QStringLiteral("data/demo.osiedle"));
    f.window.setDemoMaker(
        [&made](const QString& path) {
            ++made;
            return core::Database::open(path, core::Database::Mode::CreateNew).ok() ? QString()
                                                                                    : QStringLiteral("failed");
        },
        demoPath);
    CHECK_FALSE(demo->isHidden());

    SECTION("made on first use")
    {
        QTest::mouseClick(demo, Qt::LeftButton);
        REQUIRE(f.window.hasProject());
        CHECK(f.window.session()->path() == demoPath);
        CHECK(made == 1);
    }
    SECTION("opened again when it is there")
    {
        QDir().mkpath(f.path(QStringLiteral("data")));
        REQUIRE(core::Database::open(demoPath, core::Database::Mode::CreateNew).ok());
        QTest::mouseClick(demo, Qt::LeftButton);
        REQUIRE(f.window.hasProject());
        CHECK(f.window.session()->path() == demoPath);
        CHECK(made == 0);
    }
}

TEST_CASE("On the demo project every section fits a 1366-pixel laptop screen", "[mainwindow]")
{
    WindowFixture f;
    REQUIRE(f.window.openFile(test::demoCopy(1, f.dir.path())));
    for (const auto& entry : ui::allSections()) {
        INFO("section " << entry.id.toStdString());
        REQUIRE(f.window.showSection(entry.id));
        QCoreApplication::processEvents();
        CHECK(f.window.minimumSizeHint().width() <= 1366);
        CHECK(f.window.sectionWidget(entry.id)->minimumSizeHint().width() <= 1366 - 220);
    }
}
