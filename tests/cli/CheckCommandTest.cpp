#include "core/io/DemoGenerator.h"
#include "core/storage/Database.h"
#include "support/CliProcess.h"
#include "support/FileBytes.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace osiedle;
using test::runCli;

using test::fileHash;
using test::writeFile;

TEST_CASE("osiedle-cli check reports version, integrity, counts and data quality of a good file", "[cli][check]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.osiedle"));
    REQUIRE(core::DemoGenerator::createFile(path, {1, 3}).ok());
    const auto run = runCli({QStringLiteral("check"), path});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Schema version: %1").arg(core::Database::currentSchemaVersion())));
    CHECK(run.out.contains(QStringLiteral("Integrity: ok")));
    CHECK(run.out.contains(QStringLiteral("POKL.07.02.02-14-123/10")));
    CHECK(run.out.contains(QRegularExpression(QStringLiteral("Housing cooperatives +10\\n"))));
    CHECK(run.out.contains(QRegularExpression(QStringLiteral("Attendance marks +\\d{4,}\\n"))));
    CHECK(run.out.contains(QStringLiteral("Data quality:")));
    CHECK(run.out.contains(QStringLiteral("missing")));
}

TEST_CASE("osiedle-cli check lists what the indicators leave out: records before the project, imported starts",
          "[cli][check]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.osiedle"));
    REQUIRE(core::DemoGenerator::createFile(path, {1, 3}).ok());
    {
        auto db = core::Database::open(path);
        REQUIRE(db.ok());
        // An SM qualified a week before the project start (2010-10-01), an imported start with no
        // support recorded.
        db.value()->exec("UPDATE housing_coop SET status_on = '2010-09-24' WHERE id = 1 AND status = 'qualified'");
        db.value()->exec("UPDATE participant SET declared_start = '2011-01-10' WHERE id = (SELECT min(id) FROM "
                         "participant WHERE participation_start IS NULL)");
    }
    const auto run = runCli({QStringLiteral("check"), path});
    INFO(run.out.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Records not counted or to correct: 2")));
    CHECK(run.out.contains(QStringLiteral("Housing cooperative qualified on 24.09.2010, before the project start "
                                          "(01.10.2010): not counted by any indicator.")));
    CHECK(run.out.contains(QStringLiteral("The imported start of participation 10.01.2011 has no support recorded")));
}

TEST_CASE("osiedle-cli check refuses bad files with exit 1 and leaves them untouched", "[cli][check]")
{
    QTemporaryDir dir;
    SECTION("missing file")
    {
        const QString path = dir.filePath(QStringLiteral("nowhere.osiedle"));
        const auto run = runCli({QStringLiteral("check"), path});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("nowhere.osiedle does not exist")));
        CHECK_FALSE(QFile::exists(path));
    }
    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.osiedle"));
        writeFile(path, "Lista obecności\nJan Kowalski\n");
        const QByteArray before = fileHash(path);
        const auto run = runCli({QStringLiteral("check"), path});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("not an Osiedle project file")));
        CHECK(fileHash(path) == before);
    }
    SECTION("a file from a newer version")
    {
        QString path;
        {
            test::TempProject project;
            project.db().exec("PRAGMA user_version = 99");
            project.close();
            path = dir.filePath(QStringLiteral("newer.osiedle"));
            REQUIRE(QFile::copy(project.path(), path));
        }
        const QByteArray before = fileHash(path);
        const auto run = runCli({QStringLiteral("check"), path});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("newer version")));
        CHECK(fileHash(path) == before);
    }
    SECTION("a corrupt file")
    {
        const QString path = dir.filePath(QStringLiteral("corrupt.osiedle"));
        REQUIRE(core::DemoGenerator::createFile(path, {1, 3}).ok());
        QByteArray bytes = test::readFile(path);
        // Overwrite the middle of the file, keeping the header.
        for (qsizetype i = bytes.size() / 3; i < bytes.size() / 3 + 20000 && i < bytes.size(); ++i) {
            bytes[i] = static_cast<char>(0xA5);
        }
        writeFile(path, bytes);
        const QByteArray before = fileHash(path);
        const auto run = runCli({QStringLiteral("check"), path});
        CHECK(run.exitCode == 1);
        CHECK_FALSE(run.crashed);
        CHECK_FALSE(run.err.isEmpty());
        CHECK(fileHash(path) == before);
    }
    SECTION("a file open in another program")
    {
        test::TempProject project; // holds the lock
        const auto run = runCli({QStringLiteral("check"), project.path()});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("open in another program")));
    }
}

TEST_CASE("osiedle-cli check answers a wrong call with exit 2 and a usage line", "[cli][check]")
{
    for (const QStringList& call :
         {QStringList{QStringLiteral("check")},
          QStringList{QStringLiteral("check"), QStringLiteral("a"), QStringLiteral("b")},
          QStringList{QStringLiteral("check"), QStringLiteral("a"), QStringLiteral("--fast")}}) {
        const auto run = runCli(call);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("Usage: osiedle-cli check FILE")));
    }
}
