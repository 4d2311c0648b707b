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
        const auto run = runCli({QStringLiteral("backup"), dir.filePath(QStringLiteral("none.osiedle")),
                                 QStringLiteral("-o"), copy});
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
         {QStringList{QStringLiteral("backup")}, QStringList{QStringLiteral("backup"), QStringLiteral("a.osiedle")},
          QStringList{QStringLiteral("backup"), QStringLiteral("a.osiedle"), QStringLiteral("-o")},
          QStringList{QStringLiteral("backup"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("-o"),
                      QStringLiteral("c")}}) {
        const auto run = runCli(call);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("Usage: osiedle-cli backup FILE -o OUT")));
    }
}
