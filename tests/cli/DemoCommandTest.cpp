#include "core/storage/Database.h"
#include "support/CliProcess.h"
#include "support/FileBytes.h"
#include "support/QtStringMakers.h"
#include "support/TableDump.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace osiedle;
using test::runCli;

TEST_CASE("osiedle-cli demo writes a project that opens, and the same seed writes the same data", "[cli][demo]")
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("one.osiedle"));
    const QString second = dir.filePath(QStringLiteral("two.osiedle"));
    const auto run = runCli({QStringLiteral("demo"), first, QStringLiteral("--seed"), QStringLiteral("11")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("participants")));
    REQUIRE(runCli({QStringLiteral("demo"), QStringLiteral("--seed=11"), second}).exitCode == 0);

    auto a = core::Database::open(first);
    auto b = core::Database::open(second);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a.value()->scalar("SELECT count(*) FROM participant") > 100);
    CHECK(test::tableDump(*a.value()) == test::tableDump(*b.value()));
}

TEST_CASE("osiedle-cli demo refuses an existing file with exit 1 and leaves it unchanged", "[cli][demo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.osiedle"));
    test::writeFile(path, "my notes");
    const auto run = runCli({QStringLiteral("demo"), path});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("already exists")));
    CHECK(test::readFile(path) == QByteArray("my notes"));
}

TEST_CASE("osiedle-cli demo answers a wrong call with exit 2 and a usage line", "[cli][demo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.osiedle"));
    const QStringList calls[] = {
        {QStringLiteral("demo")},
        {QStringLiteral("demo"), path, path + QStringLiteral("2")},
        {QStringLiteral("demo"), path, QStringLiteral("--scale"), QStringLiteral("many")},
        {QStringLiteral("demo"), path, QStringLiteral("--scale"), QStringLiteral("0")},
        {QStringLiteral("demo"), path, QStringLiteral("--seed"), QStringLiteral("-5")},
        {QStringLiteral("demo"), path, QStringLiteral("--scale")},
        {QStringLiteral("demo"), path, QStringLiteral("--colour")},
    };
    for (const QStringList& call : calls) {
        INFO(call.join(QLatin1Char(' ')).toStdString());
        const auto run = runCli(call);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("Usage: osiedle-cli demo FILE")));
    }
    CHECK_FALSE(QFileInfo::exists(path));
}
