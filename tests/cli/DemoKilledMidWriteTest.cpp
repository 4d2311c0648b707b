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

// Waits until the demo is in the middle of its work: for logBytes 0 shortly after the file was
// opened, otherwise once the transaction has written that much of its pages to the log. False
// when the process ended first.
bool waitUntilWriting(QProcess& process, const QString& path, qint64 logBytes)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000) {
        if (process.state() == QProcess::NotRunning) {
            return false;
        }
        const QFileInfo log(path + QStringLiteral("-wal"));
        if (logBytes == 0 && log.exists()) {
            // Early: the file is open and the transaction is filling the page cache.
            QThread::msleep(150);
            return process.state() != QProcess::NotRunning;
        }
        if (logBytes > 0 && log.size() >= logBytes) {
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
    // Kill while the transaction fills the cache, and twice while its pages go to the log.
    const qint64 logBytes = GENERATE(qint64(0), qint64(256 * 1024), qint64(2 * 1024 * 1024));
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
    // The demo is one transaction: after the kill either nothing of it is there, or (when it had
    // just committed) all of it, the marker it writes last included.
    const bool nothing = projects == 0 && marker == 0 && participants == 0 && ledger == 0;
    const bool everything = projects == 1 && marker == 1 && participants > 400 && ledger > 0;
    CHECK((nothing || everything));
    if (everything && killedMidWrite) {
        WARN("the demo had committed just before the kill");
    }
    opened.value().reset();
    const auto check = test::runCli({QStringLiteral("check"), path});
    CHECK(check.exitCode == 0);
    CHECK_FALSE(check.crashed);
    CHECK(check.out.contains(QStringLiteral("Integrity: ok")));
}
