// What the change history costs: one attendance mark saved and the import of 10 000
// participants, each in a file that records its history and, as the floor, in the same file with
// the history's triggers taken away, alternately in the same run. The ratio is the history's
// price, at most 2× (every row written gets a history row of about its size); the targets
// (QUALITY.md: ≤ 16 ms a mark, ≤ 2 s the import) apply to the figures with history.
#include "Bench.h"
#include "BenchData.h"
#include "core/io/ParticipantImport.h"
#include "core/services/AttendanceService.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/ChangeLogTriggers.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

using namespace osiedle;

namespace {

// The file as it would be without the change history: its triggers dropped (the table stays).
void dropHistoryTriggers(core::Database& db)
{
    core::ChangeLogTriggers::remove(db);
    if (db.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'") != 0) {
        qFatal("history triggers left");
    }
}

std::unique_ptr<core::Database> openDemoCopy(bool withHistory)
{
    // Two copies open side by side: each its own file.
    const QString path = bench::tempPath(withHistory ? QStringLiteral("history-with-demo.osiedle")
                                                     : QStringLiteral("history-without-demo.osiedle"));
    QFile::remove(path);
    if (!QFile::copy(bench::demoFile(1), path)) {
        qFatal("cannot copy the demo file");
    }
    auto opened = core::Database::open(path);
    if (!opened) {
        qFatal("cannot open %s", qPrintable(path));
    }
    if (!withHistory) {
        dropHistoryTriggers(**opened);
    }
    return std::move(opened.value());
}

// The last attendance mark of the demo: saved again and again, present and absent in turn.
std::pair<qint64, qint64> lastMark(core::Database& db)
{
    core::Statement any = db.prepare("SELECT session_id, participant_id FROM attendance "
                                     "ORDER BY session_id DESC, participant_id LIMIT 1");
    if (!any.step()) {
        qFatal("the demo has no attendance");
    }
    return {any.int64(0), any.int64(1)};
}

double timedImport(bool withHistory, const QString& projectPath, const QString& csvPath)
{
    auto db = bench::freshProject(projectPath);
    if (!withHistory) {
        dropHistoryTriggers(*db);
    }
    core::ChangeNotifier changes;
    core::ParticipantImport import(*db, changes);
    QElapsedTimer timer;
    timer.start();
    const auto checked = import.checkFile(csvPath);
    const auto written = import.write(checked);
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (!checked.problems.isEmpty() || !written || *written != bench::participantRows) {
        qFatal("the benchmark import failed");
    }
    const qint64 logged = db->scalar("SELECT count(*) FROM change_log WHERE action = 'import'");
    if (logged != (withHistory ? bench::participantRows : 0)) {
        qFatal("unexpected history rows: %lld", static_cast<long long>(logged));
    }
    return ms;
}

} // namespace

OSIEDLE_BENCHMARK("history/one attendance mark saved")
{
    auto with = openDemoCopy(true);
    auto without = openDemoCopy(false);
    const auto [session, participant] = lastMark(*with);
    core::AttendanceService withService(*with);
    core::AttendanceService withoutService(*without);
    // Each file its own mark, present and absent in turn, so that every save changes it.
    auto mark = [session = session, participant = participant](core::AttendanceService& service, bool& present) {
        present = !present;
        const auto done = service.mark(session, participant,
                                       present ? core::AttendanceStatus::Present : core::AttendanceStatus::Absent);
        if (!done) {
            qFatal("cannot save a mark: %s", qPrintable(done.error().message));
        }
    };
    bool withPresent = false;
    bool withoutPresent = false;
    const qint64 withBefore = with->scalar("SELECT count(*) FROM change_log");
    const qint64 withoutBefore = without->scalar("SELECT count(*) FROM change_log");
    constexpr int runs = 50;
    const auto samples = bench::sampleBoth(
        runs, [&] { mark(withService, withPresent); }, [&] { mark(withoutService, withoutPresent); });
    // At least one row per mark saved with the history (the warm-up call included), none without.
    if (with->scalar("SELECT count(*) FROM change_log") - withBefore < runs + 1 ||
        without->scalar("SELECT count(*) FROM change_log") != withoutBefore) {
        qFatal("unexpected history rows");
    }
    bench::figure(QStringLiteral("history/scale 1/one attendance mark saved, with its history row"), samples,
                  QStringLiteral("the same mark in a copy of the file without the history triggers"), {2.0, 16});
}

OSIEDLE_BENCHMARK("history/import of 10000 participants")
{
    const QString withPath = bench::tempPath(QStringLiteral("history-with.osiedle"));
    const QString withoutPath = bench::tempPath(QStringLiteral("history-without.osiedle"));
    const QString csvPath = bench::writeParticipantsCsv(QFileInfo(withPath).absolutePath());
    const auto samples = bench::measureBoth(
        5, [&] { return timedImport(true, withPath, csvPath); },
        [&] { return timedImport(false, withoutPath, csvPath); });
    bench::figure(QStringLiteral("history/import of 10000 participants (CSV), with 10000 history rows"), samples,
                  QStringLiteral("the same import into a file without the history triggers"), {2.0, 2000});
}
