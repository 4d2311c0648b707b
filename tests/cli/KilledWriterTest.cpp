// Reliability (QUALITY.md): a writer killed (kill -9) while it commits in a loop leaves a file
// that passes the integrity check and holds every transaction it reported committed.

#include "core/storage/Database.h"
#include "support/QtStringMakers.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace osiedle;

namespace {

// The last commit the writer reported in `lines` (its standard output), else `reported`.
int lastReported(const QByteArray& lines, int reported)
{
    for (const QByteArray& line : lines.split('\n')) {
        if (line.startsWith("committed ")) {
            reported = line.mid(10).toInt();
        }
    }
    return reported;
}

// The file after the kill: sound, with every reported commit and at most the one in flight.
void checkAfterKill(const QString& path, int reported)
{
    auto opened = core::Database::open(path);
    REQUIRE(opened);
    core::Database& db = *opened.value();
    CHECK(db.integrityProblems().isEmpty());
    const qint64 rows = db.scalar("SELECT count(*) FROM setting WHERE key GLOB 'writer-[0-9]*'");
    CHECK(rows >= reported);
    CHECK(rows <= reported + 1);
    if (rows > 0) {
        CHECK(db.scalar("SELECT CAST(value AS INTEGER) FROM setting WHERE key = 'writer-last'") == rows);
    }
    CHECK(db.scalar("SELECT count(*) FROM setting WHERE key GLOB 'writer-[0-9]*' AND "
                    "CAST(substr(key, 8) AS INTEGER) BETWEEN 1 AND " +
                    QByteArray::number(rows)) == rows);
}

} // namespace

TEST_CASE("A writer killed while committing in a loop loses no reported commit and leaves a sound file",
          "[cli][reliability]")
{
    // Kill right after the first commit, and later while the log grows.
    const int killAfter = GENERATE(1, 50, 400);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("writer.osiedle"));
    REQUIRE(core::Database::open(path, core::Database::Mode::CreateNew));

    QProcess writer;
    writer.start(QStringLiteral(OSIEDLE_TEST_WRITER_PATH), {path});
    REQUIRE(writer.waitForStarted());
    int reported = 0;
    while (reported < killAfter) {
        if (!writer.canReadLine() && !writer.waitForReadyRead(60000)) {
            FAIL("the writer stopped: " << writer.readAllStandardError().toStdString());
        }
        while (writer.canReadLine()) {
            const QByteArray line = writer.readLine().trimmed();
            REQUIRE(line.startsWith("committed "));
            reported = line.mid(10).toInt();
        }
    }
    writer.kill();
    writer.waitForFinished();
    // Lines printed before the kill landed are commits too.
    reported = lastReported(writer.readAllStandardOutput(), reported);
    REQUIRE(reported >= killAfter);
    checkAfterKill(path, reported);
}

// The same at random moments: a few runs in CI; `scripts/crash-test` runs many
// (OSIEDLE_CRASH_RUNS=N, OSIEDLE_CRASH_SEED=S to repeat a run that failed).
TEST_CASE("A writer killed at random moments never loses a reported commit", "[cli][reliability][crash]")
{
    const int runs =
        qEnvironmentVariableIsSet("OSIEDLE_CRASH_RUNS") ? qEnvironmentVariableIntValue("OSIEDLE_CRASH_RUNS") : 4;
    const quint32 seed = qEnvironmentVariableIsSet("OSIEDLE_CRASH_SEED")
                             ? quint32(qEnvironmentVariableIntValue("OSIEDLE_CRASH_SEED"))
                             : quint32(QDateTime::currentMSecsSinceEpoch());
    INFO("OSIEDLE_CRASH_SEED=" << seed);
    QRandomGenerator random(seed);
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("writer.osiedle"));
        REQUIRE(core::Database::open(path, core::Database::Mode::CreateNew));
        QProcess writer;
        writer.start(QStringLiteral(OSIEDLE_TEST_WRITER_PATH), {path});
        REQUIRE(writer.waitForStarted());
        // Anywhere from while it opens the file to a few hundred commits later.
        const int delayMs = int(random.bounded(400));
        QElapsedTimer clock;
        clock.start();
        int reported = 0;
        while (clock.elapsed() < delayMs && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(5);
            reported = lastReported(writer.readAllStandardOutput(), reported);
        }
        writer.kill();
        writer.waitForFinished();
        reported = lastReported(writer.readAllStandardOutput(), reported);
        INFO("run " << run << ", killed after " << delayMs << " ms, " << reported << " commits reported");
        checkAfterKill(path, reported);
    }
}
