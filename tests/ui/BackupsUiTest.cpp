// Backups in the window: the day's copy made in the background when a project opens, File ›
// Restore from a backup… (look at a copy, restore one), a lock left on another computer, a
// damaged project.

#include "core/storage/BackupStore.h"
#include "core/storage/Database.h"
#include "core/storage/ProjectLock.h"
#include "core/storage/Transaction.h"
#include "support/FileBytes.h"
#include "support/ProjectTrouble.h"
#include "support/QtStringMakers.h"
#include "support/ScriptedPrompt.h"
#include "support/TableDump.h"
#include "ui/backup/BackupsDialog.h"
#include "ui/common/AppSettings.h"
#include "ui/main/MainWindow.h"
#include "ui/main/OpeningCheck.h"
#include "ui/main/ProjectSession.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace osiedle;
using test::ScriptedPrompt;

namespace {

struct WindowFixture {
    QTemporaryDir dir;
    ui::AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    ScriptedPrompt prompt;
    ui::MainWindow window{settings, prompt};

    WindowFixture() { window.show(); }

    /// A closed project file with two housing cooperatives.
    QString project()
    {
        const QString file = dir.filePath(QStringLiteral("Osiedle Wola.osiedle"));
        auto db = core::Database::open(file, core::Database::Mode::CreateNew);
        REQUIRE(db.ok());
        db.value()->exec("INSERT INTO housing_coop (name) VALUES ('SM Wola'), ('SM Ursus')");
        return file;
    }

    QString backups() const { return dir.filePath(QStringLiteral("Kopie zapasowe")); }

    /// Waits for the background work of the opened project and its report to the window.
    void settle()
    {
        REQUIRE(window.session() != nullptr);
        if (window.session()->openingCheck() != nullptr) {
            window.session()->openingCheck()->wait();
        }
        QCoreApplication::processEvents();
    }

    QStringList copies(const QString& kind) const
    {
        return QDir(backups()).entryList({QStringLiteral("Osiedle Wola * ") + kind + QStringLiteral(".osiedle")},
                                         QDir::Files);
    }

    /// Opens File › Restore from a backup…, selects the copy in `row` and presses `button`.
    void restoreDialog(int row, const char* button)
    {
        bool seen = false;
        QTimer::singleShot(0, [&seen, row, button] {
            auto* dialog = qobject_cast<ui::BackupsDialog*>(QApplication::activeModalWidget());
            if (dialog == nullptr) {
                return;
            }
            seen = true;
            auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("backupCopies"));
            table->selectRow(row);
            dialog->findChild<QPushButton*>(QString::fromLatin1(button))->click();
        });
        window.findChild<QAction*>(QStringLiteral("restoreAction"))->trigger();
        REQUIRE(seen);
    }
};

} // namespace

TEST_CASE("Opening a project makes the day's checked copy once, in the background", "[backup][mainwindow]")
{
    WindowFixture f;
    const QString file = f.project();
    QStringList daily;
    {
        ui::MainWindow first(f.settings, f.prompt);
        REQUIRE(first.openFile(file));
        REQUIRE(first.session()->openingCheck() != nullptr);
        first.session()->openingCheck()->wait();
        QCoreApplication::processEvents();
        daily = f.copies(QStringLiteral("dzienna"));
        REQUIRE(daily.size() == 1);
        CHECK(first.statusBar()->currentMessage().contains(QStringLiteral("Today's backup copy was made")));
        CHECK(f.prompt.shown.isEmpty());
        // A change goes through once the check has answered.
        core::Transaction tx(first.session()->db());
        first.session()->db().exec("INSERT INTO housing_coop (name) VALUES ('SM Bemowo')");
        tx.commit();
    }
    // Opened again the same day: no second copy; the project is checked instead.
    ui::MainWindow again(f.settings, f.prompt);
    REQUIRE(again.openFile(file));
    again.session()->openingCheck()->wait();
    QCoreApplication::processEvents();
    CHECK(f.copies(QStringLiteral("dzienna")) == daily);
    CHECK(again.statusBar()->currentMessage().contains(QStringLiteral("checked: it is sound")));
}

TEST_CASE("File › Restore from a backup… puts a copy back and keeps the project as it was", "[backup][mainwindow]")
{
    WindowFixture f;
    const QString file = f.project();
    REQUIRE(f.window.openFile(file));
    f.settle();
    const QByteArray atCopy = test::tableDump(f.window.session()->db());
    f.window.session()->db().exec("DELETE FROM housing_coop WHERE name = 'SM Wola'");
    const QByteArray changed = test::tableDump(f.window.session()->db());

    f.prompt.confirmAnswers.enqueue(true); // yes, restore
    f.restoreDialog(0, "restoreCopy");
    REQUIRE(f.window.hasProject());
    CHECK(test::tableDump(f.window.session()->db()) == atCopy);
    REQUIRE(f.prompt.informations().size() == 1);
    CHECK(f.prompt.informations().first().contains(QStringLiteral("The copy was restored")));
    const QStringList kept = f.copies(QStringLiteral("przed-przywroceniem"));
    REQUIRE(kept.size() == 1);
    auto before = core::Database::open(QDir(f.backups()).filePath(kept.first()), core::Database::Mode::ReadOnly);
    REQUIRE(before.ok());
    CHECK(test::tableDump(*before.value()) == changed);
}

TEST_CASE("A backup copy opens read-only to look at it", "[backup][mainwindow]")
{
    WindowFixture f;
    const QString file = f.project();
    REQUIRE(f.window.openFile(file));
    f.settle();
    f.restoreDialog(0, "lookAtCopy");
    REQUIRE(f.window.hasProject());
    CHECK(f.window.windowTitle().contains(QStringLiteral("backup copy, read-only")));
    CHECK(f.window.session()->db().isReadOnly());
    CHECK(f.window.session()->copyOf() == QFileInfo(file).canonicalFilePath());
    CHECK(f.window.session()->db().scalar("SELECT count(*) FROM housing_coop") == 2);
    // Nothing can be written to it; the copy is not among the recent files.
    CHECK_THROWS(core::Transaction(f.window.session()->db()));
    CHECK_FALSE(f.settings.recentFiles().contains(f.window.session()->path()));
}

TEST_CASE("A project locked on another computer is taken over only after the user confirms", "[backup][lock]")
{
    WindowFixture f;
    const QString file = f.project();
    test::writeFile(core::ProjectLock::lockPathFor(file),
                    core::ProjectLock::contentsFor(test::ownerOnAnotherComputer()));

    f.prompt.confirmAnswers.enqueue(false);
    CHECK_FALSE(f.window.openFile(file));
    REQUIRE(f.prompt.shown.size() == 1);
    CHECK(f.prompt.shown.first().kind == ScriptedPrompt::Kind::Confirm);
    CHECK(f.prompt.shown.first().text.contains(QStringLiteral("anna.nowak on the computer BIURO-2")));
    CHECK(core::ProjectLock::ownerOf(file)->computer == QStringLiteral("BIURO-2"));

    f.prompt.confirmAnswers.enqueue(true);
    REQUIRE(f.window.openFile(file));
    f.settle();
    CHECK(core::ProjectLock::ownerOf(file)->pid == QCoreApplication::applicationPid());
}

TEST_CASE("A damaged project is said to be damaged when it opens, and nothing is written to it", "[backup][mainwindow]")
{
    WindowFixture f;
    const QString file = f.project();
    {
        auto db = core::Database::open(file);
        REQUIRE(db.ok());
        test::addFillerRows(*db.value());
    }
    test::damageMiddlePage(file);
    const QByteArray before = test::fileHash(file);
    f.prompt.confirmAnswers.enqueue(false); // no restore now
    REQUIRE(f.window.openFile(file));
    f.settle();
    REQUIRE_FALSE(f.prompt.shown.isEmpty());
    CHECK(f.prompt.shown.last().text.contains(QStringLiteral("is damaged")));
    CHECK(f.copies(QStringLiteral("dzienna")).isEmpty()); // a copy that failed its check is not kept
    CHECK_THROWS(core::Transaction(f.window.session()->db()));
    f.window.close();
    CHECK(test::fileHash(file) == before);
}
