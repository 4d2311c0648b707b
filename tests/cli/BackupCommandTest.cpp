#include "core/io/DemoGenerator.h"
#include "core/storage/Database.h"
#include "support/CliProcess.h"
#include "support/FileBytes.h"
#include "support/QtStringMakers.h"
#include "support/TableDump.h"
#include "support/TempProject.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace osiedle;
using test::runCli;

TEST_CASE("osiedle-cli backup makes a copy that restores exactly the data", "[cli][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.osiedle"));
    const QString copy = dir.filePath(QStringLiteral("copy.osiedle"));
    REQUIRE(core::DemoGenerator::createFile(path, {1, 9}).ok());
    const auto run = runCli({QStringLiteral("backup"), path, QStringLiteral("-o"), copy});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("copy.osiedle")));
    // The copy is one self-contained file: no log beside it.
    CHECK_FALSE(QFileInfo::exists(copy + QStringLiteral("-wal")));

    // Restoring: the copy, opened as a project, holds the same rows.
    const QString restored = dir.filePath(QStringLiteral("restored.osiedle"));
    REQUIRE(QFile::copy(copy, restored));
    auto original = core::Database::open(path);
    auto back = core::Database::open(restored);
    REQUIRE(original.ok());
    REQUIRE(back.ok());
    CHECK(back.value()->integrityProblems().isEmpty());
    CHECK(test::tableDump(*original.value()) == test::tableDump(*back.value()));
    CHECK(back.value()->scalar("SELECT count(*) FROM participant") > 100);
}

TEST_CASE("osiedle-cli backup refuses what it cannot do with exit 1", "[cli][backup]")
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.osiedle"));
    SECTION("missing file")
    {
        const auto run = runCli(
            {QStringLiteral("backup"), dir.filePath(QStringLiteral("none.osiedle")), QStringLiteral("-o"), copy});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("does not exist")));
        CHECK_FALSE(QFileInfo::exists(copy));
    }
    SECTION("the output exists already")
    {
        test::TempProject project;
        project.close();
        test::writeFile(copy, "older backup");
        const auto run = runCli({QStringLiteral("backup"), project.path(), QStringLiteral("-o"), copy});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("already exists")));
        CHECK(QFileInfo(copy).size() == 12);
    }
    SECTION("a file open in another program")
    {
        test::TempProject project;
        const auto run = runCli({QStringLiteral("backup"), project.path(), QStringLiteral("-o"), copy});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("open in another program")));
        CHECK_FALSE(QFileInfo::exists(copy));
    }
}

TEST_CASE("osiedle-cli backup answers a wrong call with exit 2 and a usage line", "[cli][backup]")
{
    for (const QStringList& call :
         {QStringList{QStringLiteral("backup")},
          QStringList{QStringLiteral("backup"), QStringLiteral("a.osiedle"), QStringLiteral("-o")},
          QStringList{QStringLiteral("backup"), QStringLiteral("a.osiedle"), QStringLiteral("--list"),
                      QStringLiteral("--verify")},
          QStringList{QStringLiteral("backup"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("-o"),
                      QStringLiteral("c")}}) {
        const auto run = runCli(call);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("Usage: osiedle-cli backup FILE [-o OUT] [--verify]")));
    }
}

TEST_CASE("osiedle-cli backup without -o makes a checked copy in the backup folder; --list shows it", "[cli][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.osiedle"));
    REQUIRE(core::DemoGenerator::createFile(path, {1, 9}).ok());
    const auto made = runCli({QStringLiteral("backup"), path, QStringLiteral("--verify")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(QStringLiteral("checked in full")));
    const QDir folder(dir.filePath(QStringLiteral("Kopie zapasowe")));
    const QStringList copies = folder.entryList({QStringLiteral("demo * reczna.osiedle")}, QDir::Files);
    REQUIRE(copies.size() == 1);
    const auto listed = runCli({QStringLiteral("backup"), path, QStringLiteral("--list")});
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.contains(copies.first()));
    CHECK(listed.out.contains(QStringLiteral("made by hand")));
}

TEST_CASE("osiedle-cli import and lock make a copy first; restore puts a copy back and keeps the project",
          "[cli][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.osiedle"));
    REQUIRE(core::DemoGenerator::createFile(path, {1, 9}).ok());
    QByteArray original;
    {
        auto db = core::Database::open(path, core::Database::Mode::ReadOnly);
        REQUIRE(db.ok());
        original = test::tableDump(*db.value());
    }
    const QString input = dir.filePath(QStringLiteral("nowi.csv"));
    test::writeFile(input, "first_name;last_name;pesel;recruited_on\nJan;Nowy;44051401359;2011-03-01\n");
    const auto imported = runCli({QStringLiteral("import"), path, QStringLiteral("participants"), input});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("Backup copy made first")));
    const QDir folder(dir.filePath(QStringLiteral("Kopie zapasowe")));
    const QStringList beforeImport = folder.entryList({QStringLiteral("demo * przed-importem.osiedle")}, QDir::Files);
    REQUIRE(beforeImport.size() == 1);
    const QString copy = folder.filePath(beforeImport.first());

    const auto restored = runCli({QStringLiteral("restore"), path, QStringLiteral("--from"), copy});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.out.contains(QStringLiteral("kept as")));
    {
        auto db = core::Database::open(path);
        REQUIRE(db.ok());
        CHECK(test::tableDump(*db.value()) == original); // exactly the data from before the import
    }
    const QStringList kept = folder.entryList({QStringLiteral("demo * przed-przywroceniem.osiedle")}, QDir::Files);
    REQUIRE(kept.size() == 1);
    auto keptDb = core::Database::open(folder.filePath(kept.first()), core::Database::Mode::ReadOnly);
    REQUIRE(keptDb.ok());
    CHECK(keptDb.value()->scalar("SELECT count(*) FROM participant WHERE pesel = '44051401359'") == 1);

    CHECK(runCli({QStringLiteral("restore"), path}).exitCode == 2);
    const auto missing = runCli(
        {QStringLiteral("restore"), path, QStringLiteral("--from"), dir.filePath(QStringLiteral("none.osiedle"))});
    CHECK(missing.exitCode == 1);
}
