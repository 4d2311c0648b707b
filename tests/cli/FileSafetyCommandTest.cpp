// The project file under misuse, through osiedle-cli: a second name, a damaged file, a file a
// program refuses, a read-only file or medium, a pipe given as the project, a lock left on
// another computer.

#include "core/storage/Database.h"
#include "core/storage/ProjectLock.h"
#include "core/storage/Transaction.h"
#include "support/CliProcess.h"
#include "support/DemoFiles.h"
#include "support/FileBytes.h"
#include "support/ProjectTrouble.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <sqlite3.h>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace osiedle;
using test::runCli;

namespace {

const QString kPeriod = QStringLiteral("2012-01-01..2012-03-31");

QString participantsCsv(const QString& folder)
{
    const QString path = QDir(folder).filePath(QStringLiteral("nowi.csv"));
    test::writeFile(path, "first_name;last_name;pesel;recruited_on;education\n"
                          "Jan;Nowy;44051401359;2011-03-01;Wyższe\n");
    return path;
}

qint64 countParticipants(const QString& path)
{
    auto db = core::Database::open(path, core::Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    return (*db)->scalar("SELECT count(*) FROM participant");
}

} // namespace

TEST_CASE("A second name of an open project meets its lock; a hard link is refused", "[cli][lock]")
{
    test::TempProject project;
    const QString input = participantsCsv(project.dir());
    const QString symlink = project.dir() + QStringLiteral("/skrót.osiedle");
    REQUIRE(QFile::link(project.path(), symlink));
    const auto viaLink = runCli({QStringLiteral("import"), symlink, QStringLiteral("participants"), input});
    CHECK(viaLink.exitCode == 1);
    CHECK(viaLink.err.contains(QStringLiteral("open in another program")));
#if defined(Q_OS_UNIX)
    const QString hard = project.dir() + QStringLiteral("/druga.osiedle");
    REQUIRE(::link(QFile::encodeName(project.path()).constData(), QFile::encodeName(hard).constData()) == 0);
    const auto viaHardLink = runCli({QStringLiteral("import"), hard, QStringLiteral("participants"), input});
    CHECK(viaHardLink.exitCode == 1);
    CHECK(viaHardLink.err.contains(QStringLiteral("hard links")));
#endif
    CHECK(project.db().scalar("SELECT count(*) FROM participant") == 0);
}

TEST_CASE("A damaged project is not imported into; check names the damage and how to restore", "[cli][damaged]")
{
    QTemporaryDir dir;
    const QString project = test::demoCopy(1, dir.path());
    // Garbage over a page of the ledger (a disk error, a broken copy): a table the import itself
    // does not read, so that only the check before writing can find it.
    qint64 page = 0;
    {
        sqlite3* raw = nullptr;
        REQUIRE(sqlite3_open_v2(project.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
        sqlite3_stmt* st = nullptr;
        REQUIRE(sqlite3_prepare_v2(raw,
                                   "SELECT pageno FROM dbstat WHERE name = 'debt_entry' AND pagetype = 'leaf' "
                                   "ORDER BY pageno LIMIT 1 OFFSET 20",
                                   -1, &st, nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_step(st) == SQLITE_ROW);
        page = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        sqlite3_close(raw);
    }
    test::damagePage(project, page);
    const QByteArray before = test::fileHash(project);
    const auto imported =
        runCli({QStringLiteral("import"), project, QStringLiteral("participants"), participantsCsv(dir.path())});
    INFO(imported.out.toStdString() + imported.err.toStdString());
    CHECK(imported.exitCode == 1);
    CHECK(imported.err.contains(QStringLiteral("damaged")));
    CHECK(imported.err.contains(QStringLiteral("osiedle-cli restore")));
    CHECK(test::fileHash(project) == before);
    const auto checked = runCli({QStringLiteral("check"), project});
    CHECK(checked.exitCode == 1);
    CHECK(checked.err.contains(QStringLiteral("damaged")));
    CHECK(test::fileHash(project) == before);
}

TEST_CASE("A foreign database with a pending log is refused by every command and left byte for byte", "[cli][refused]")
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.db"));
    const QString foreign = dir.filePath(QStringLiteral("obcy.osiedle"));
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open(live.toUtf8().constData(), &raw) == SQLITE_OK);
    REQUIRE(sqlite3_exec(raw, "PRAGMA journal_mode = WAL; CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr,
                         nullptr, nullptr) == SQLITE_OK);
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        REQUIRE(QFile::copy(live + suffix, foreign + suffix));
    }
    sqlite3_close(raw);
    auto hashes = [&foreign] {
        return test::fileHash(foreign) + test::fileHash(foreign + QStringLiteral("-wal")) +
               test::fileHash(foreign + QStringLiteral("-shm"));
    };
    const QByteArray before = hashes();
    for (const QStringList& call :
         {QStringList{QStringLiteral("check"), foreign},
          QStringList{QStringLiteral("report"), foreign, QStringLiteral("--period"), kPeriod, QStringLiteral("-o"),
                      dir.filePath(QStringLiteral("r.json"))},
          QStringList{QStringLiteral("import"), foreign, QStringLiteral("participants"), participantsCsv(dir.path())},
          QStringList{QStringLiteral("backup"), foreign, QStringLiteral("-o"),
                      dir.filePath(QStringLiteral("k.osiedle"))}}) {
        INFO(call.join(QLatin1Char(' ')).toStdString());
        const auto run = runCli(call);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("another program")));
        CHECK(hashes() == before);
    }
}

TEST_CASE("report and check only read: a backup copy stays byte for byte, with nothing beside it", "[cli][readonly]")
{
    QTemporaryDir dir;
    const QString project = test::demoCopy(1, dir.path());
    const QString copy = dir.filePath(QStringLiteral("kopia.osiedle"));
    REQUIRE(runCli({QStringLiteral("backup"), project, QStringLiteral("-o"), copy}).exitCode == 0);
    const QByteArray before = test::fileHash(copy);
    const QStringList files = test::filesIn(dir.path());
    REQUIRE(runCli({QStringLiteral("report"), copy, QStringLiteral("--period"), kPeriod, QStringLiteral("--format"),
                    QStringLiteral("json"), QStringLiteral("-o"), QStringLiteral("-")})
                .exitCode == 0);
    REQUIRE(runCli({QStringLiteral("check"), copy}).exitCode == 0);
    CHECK(test::fileHash(copy) == before);
    CHECK(test::filesIn(dir.path()) == files);
}

#if defined(Q_OS_UNIX)
TEST_CASE("On a read-only medium check, report and backup work, and leave nothing behind", "[cli][readonly]")
{
    QTemporaryDir dir;
    const QString project = test::demoCopy(1, dir.path());
    QFile::setPermissions(project, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    test::allowReading(dir.path()); // others may read, not write: a read-only medium for them
    QTemporaryDir out;
    QFile::setPermissions(out.path(), QFileDevice::Permissions(0x7777));
    const QByteArray before = test::fileHash(project);
    const QStringList files = test::filesIn(dir.path());
    test::CliOptions noRights;
    noRights.withoutRights = true;
    noRights.timeoutMs = 30000;

    const auto checked = runCli({QStringLiteral("check"), project}, noRights);
    INFO(checked.err.toStdString());
    CHECK(checked.exitCode == 0);
    const auto reported = runCli({QStringLiteral("report"), project, QStringLiteral("--period"), kPeriod,
                                  QStringLiteral("-o"), out.filePath(QStringLiteral("r.json"))},
                                 noRights);
    INFO(reported.err.toStdString());
    CHECK(reported.exitCode == 0);
    // It once spun at full speed forever here and left a ".part" file and a lock behind.
    const auto copied = runCli(
        {QStringLiteral("backup"), project, QStringLiteral("-o"), out.filePath(QStringLiteral("k.osiedle"))}, noRights);
    INFO(copied.err.toStdString());
    CHECK(copied.exitCode == 0);
    CHECK(test::filesIn(out.path()) == QStringList({QStringLiteral("k.osiedle"), QStringLiteral("r.json")}));
    CHECK(test::fileHash(project) == before);
    CHECK(test::filesIn(dir.path()) == files);
    // A command that changes the project is refused with the reason.
    const auto imported = runCli(
        {QStringLiteral("import"), project, QStringLiteral("participants"), participantsCsv(out.path())}, noRights);
    CHECK(imported.exitCode == 1);
    CHECK(imported.err.contains(QStringLiteral("read-only")));
}

TEST_CASE("A pipe given as the project is refused at once", "[cli][refused]")
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("projekt.osiedle"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QElapsedTimer clock;
    clock.start();
    test::CliOptions quick;
    quick.timeoutMs = 20000;
    const auto run = runCli({QStringLiteral("check"), fifo}, quick);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("not a regular file")));
    CHECK_FALSE(QFileInfo::exists(fifo + QStringLiteral(".lock")));
}
#endif

TEST_CASE("A lock left on another computer names the computer and the user and says how to take it over", "[cli][lock]")
{
    QTemporaryDir dir;
    const QString project = test::demoCopy(1, dir.path());
    test::writeFile(core::ProjectLock::lockPathFor(QFileInfo(project).canonicalFilePath()),
                    core::ProjectLock::contentsFor(test::ownerOnAnotherComputer()));
    const auto run =
        runCli({QStringLiteral("import"), project, QStringLiteral("participants"), participantsCsv(dir.path())});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("anna.nowak on the computer BIURO-2")));
    CHECK(run.err.contains(QStringLiteral("taken over")));
}

TEST_CASE("Polish words of a list are accepted when the program runs in English", "[cli][import]")
{
    QTemporaryDir dir;
    const QString project = test::demoCopy(1, dir.path());
    const qint64 before = countParticipants(project);
    const auto run =
        runCli({QStringLiteral("import"), project, QStringLiteral("participants"), participantsCsv(dir.path())});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(countParticipants(project) == before + 1);
    auto db = core::Database::open(project, core::Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    CHECK((*db)->scalar("SELECT count(*) FROM participant WHERE pesel = '44051401359' AND education = 'higher'") == 1);
}
