// Reliability (QUALITY.md): a writer killed in the middle of writing leaves a file that is either
// refused cleanly or sound, and never half-written in a way that passes as complete.

#include "core/storage/Database.h"
#include "support/CliProcess.h"
#include "support/QtStringMakers.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

using namespace osiedle;

namespace {

// Waits until the demo's transaction has written a good part of its pages to the log, so the
// kill lands in the middle of the write; false when the process ended first.
bool waitUntilWriting(QProcess& process, const QString& path, qint64 logBytes)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000) {
        if (process.state() == QProcess::NotRunning) {
            return false;
        }
        if (QFileInfo(path + QStringLiteral("-wal")).size() >= logBytes) {
            return true;
        }
        QThread::msleep(5);
    }
    return false;
}

} // namespace

TEST_CASE("A demo killed while writing leaves a file that is refused or sound, never half complete",
          "[cli][demo][reliability]")
{
    // Kill once early in the transaction and once well into it.
    const qint64 logBytes = GENERATE(qint64(256 * 1024), qint64(4 * 1024 * 1024));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("killed.osiedle"));
    QProcess process;
    process.start(test::cliPath(), {QStringLiteral("demo"), path, QStringLiteral("--scale"), QStringLiteral("4")});
    REQUIRE(process.waitForStarted());
    const bool killedMidWrite = waitUntilWriting(process, path, logBytes);
    process.kill();
    process.waitForFinished();
    if (!killedMidWrite) {
        WARN("the demo finished before it could be killed; checking the finished file instead");
    }

    auto opened = core::Database::open(path);
    if (!opened) {
        // Refused: with a message, and the command line says so too.
        CHECK_FALSE(opened.error().message.isEmpty());
        const auto check = test::runCli({QStringLiteral("check"), path});
        CHECK(check.exitCode == 1);
        return;
    }
    core::Database& db = *opened.value();
    CHECK(db.integrityProblems().isEmpty());
    const qint64 projects = db.scalar("SELECT count(*) FROM project");
    const qint64 marker = db.scalar("SELECT count(*) FROM setting WHERE key = 'demo'");
    const qint64 participants = db.scalar("SELECT count(*) FROM participant");
    const qint64 ledger = db.scalar("SELECT count(*) FROM debt_entry");
    if (killedMidWrite) {
        // The demo is one transaction: nothing of it is there.
        CHECK(projects == 0);
        CHECK(marker == 0);
        CHECK(participants == 0);
        CHECK(ledger == 0);
    } else {
        // Finished before the kill: all of it is there.
        CHECK(projects == 1);
        CHECK(marker == 1);
        CHECK(participants > 400);
    }
    opened.value().reset();
    const auto check = test::runCli({QStringLiteral("check"), path});
    CHECK(check.exitCode == 0);
    CHECK_FALSE(check.crashed);
    CHECK(check.out.contains(QStringLiteral("Integrity: ok")));
}
