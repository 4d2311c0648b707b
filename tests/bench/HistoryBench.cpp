// What the change history costs: one attendance mark saved and the import of 10 000
// participants, each in a file that records its history and in the same file with the
// history's triggers taken away, in the same run. The ratio is the history's price; the
// targets (QUALITY.md: ≤ 16 ms a mark, ≤ 2 s the import) apply to the figures with history.
#include "Bench.h"
#include "BenchData.h"
#include "core/services/AttendanceService.h"
#include "core/storage/ChangeLogTriggers.h"
#include "core/storage/Database.h"

#include <QTemporaryDir>

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

std::vector<double> markTimes(bool withHistory)
{
    const QString path = bench::demoFile(1, true);
    auto opened = core::Database::open(path);
    if (!opened) {
        qFatal("cannot open %s", qPrintable(path));
    }
    core::Database& db = **opened;
    if (!withHistory) {
        dropHistoryTriggers(db);
    }
    qint64 session = 0;
    qint64 participant = 0;
    {
        core::Statement any = db.prepare("SELECT session_id, participant_id FROM attendance "
                                         "ORDER BY session_id DESC, participant_id LIMIT 1");
        if (!any.step()) {
            qFatal("the demo has no attendance");
        }
        session = any.int64(0);
        participant = any.int64(1);
    }
    const qint64 logBefore = db.scalar("SELECT count(*) FROM change_log");
    core::AttendanceService service(db);
    bool present = false;
    constexpr int runs = 50;
    const auto times = bench::sample(runs, [&] {
        present = !present;
        const auto done = service.mark(session, participant,
                                       present ? core::AttendanceStatus::Present : core::AttendanceStatus::Absent);
        if (!done) {
            qFatal("cannot save a mark: %s", qPrintable(done.error().message));
        }
    });
    const qint64 logged = db.scalar("SELECT count(*) FROM change_log") - logBefore;
    // At least one row per mark saved (the warm-up call included; a mark that completes or
    // reopens an enrolment changes that too), none without the triggers.
    if (withHistory ? logged < runs + 1 : logged != 0) {
        qFatal("unexpected history rows: %lld", static_cast<long long>(logged));
    }
    return times;
}

std::vector<double> importTimes(bool withHistory, const QString& folder, const QString& csvPath)
{
    const QString projectPath = folder + QStringLiteral("/history-bench.osiedle");
    std::vector<double> times;
    for (int run = 0; run < 5; ++run) {
        auto db = bench::freshProject(projectPath);
        if (!withHistory) {
            dropHistoryTriggers(*db);
        }
        times.push_back(bench::timedParticipantImport(*db, csvPath));
        const qint64 logged = db->scalar("SELECT count(*) FROM change_log WHERE action = 'import'");
        if (logged != (withHistory ? bench::participantRows : 0)) {
            qFatal("unexpected history rows: %lld", static_cast<long long>(logged));
        }
    }
    return times;
}

} // namespace

OSIEDLE_BENCHMARK("history/one attendance mark saved")
{
    const auto without = markTimes(false);
    const auto with = markTimes(true);
    bench::report(QStringLiteral("history/scale 1/one attendance mark saved, with its history row"), with,
                  QStringLiteral("the same mark without the history triggers"), without);
}

OSIEDLE_BENCHMARK("history/import of 10000 participants")
{
    QTemporaryDir dir;
    const QString csvPath = bench::writeParticipantsCsv(dir.path());
    const auto without = importTimes(false, dir.path(), csvPath);
    const auto with = importTimes(true, dir.path(), csvPath);
    bench::report(QStringLiteral("history/import of 10000 participants (CSV), with 10000 history rows"), with,
                  QStringLiteral("the same import without the history triggers"), without);
}
