// What durable commits cost (synchronous=FULL, as the program opens every file), and the file's
// safety work: the check before the first write and the backup copy made before imports and on
// the first opening of a day. The durability figures compare the program with itself under
// synchronous=NORMAL (which may lose the last commits on a power cut): their ratio is the cost of
// durability, and their verdict rests on QUALITY.md's absolute targets. The safety figures have
// floors doing the same work through the bare sqlite3 C API.
#include "Bench.h"
#include "BenchData.h"
#include "FloorConnection.h"
#include "core/io/ParticipantImport.h"
#include "core/services/AttendanceService.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/BackupStore.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <sqlite3.h>

using namespace osiedle;

namespace {

constexpr int markRuns = 50;
constexpr int importRuns = 3;

void setSynchronous(core::Database& db, const char* mode)
{
    db.exec(QByteArray("PRAGMA synchronous = ") + mode);
}

// Steps through `pragma` on a bare connection; fails the run unless it says "ok".
void bareCheck(sqlite3* db)
{
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &st, nullptr);
    bool ok = true;
    while (sqlite3_step(st) == SQLITE_ROW) {
        ok = ok && qstrcmp(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), "ok") == 0;
    }
    sqlite3_finalize(st);
    if (!ok) {
        qFatal("the floor's check found problems");
    }
}

} // namespace

OSIEDLE_BENCHMARK("durability/one attendance mark saved")
{
    auto opened = core::Database::open(bench::demoCopy(1));
    if (!opened) {
        qFatal("cannot open the demo copy");
    }
    core::Database& db = **opened;
    core::Statement any = db.prepare("SELECT session_id, participant_id FROM attendance LIMIT 1");
    if (!any.step()) {
        qFatal("no attendance in the demo");
    }
    const qint64 session = any.int64(0);
    const qint64 participant = any.int64(1);
    bool present = false;
    auto mark = [&](const char* mode) {
        return [&db, &present, session, participant, mode] {
            setSynchronous(db, mode);
            present = !present;
            const auto done = core::AttendanceService(db).mark(
                session, participant, present ? core::AttendanceStatus::Present : core::AttendanceStatus::Absent);
            if (!done) {
                qFatal("cannot save a mark: %s", qPrintable(done.error().message));
            }
        };
    };
    bench::Verdict verdict{1.5, 16};
    verdict.onTarget = true;
    bench::figure(QStringLiteral("durability/one mark saved, synchronous=FULL (as shipped)"),
                  bench::sampleBoth(markRuns, mark("FULL"), mark("NORMAL")),
                  QStringLiteral("the program's same save with synchronous=NORMAL (no sync at each commit): the ratio "
                                 "is what durability costs"),
                  verdict);
}

OSIEDLE_BENCHMARK("durability/import of 10000 participants")
{
    const QString projectPath = bench::tempPath(QStringLiteral("durability.osiedle"));
    const QString csvPath = bench::writeParticipantsCsv(QFileInfo(projectPath).absolutePath());
    auto importWith = [&](const char* mode) {
        return [&projectPath, &csvPath, mode] {
            auto db = bench::freshProject(projectPath);
            setSynchronous(*db, mode);
            core::ChangeNotifier changes;
            core::ParticipantImport import(*db, changes);
            QElapsedTimer timer;
            timer.start();
            const auto checked = import.checkFile(csvPath);
            const auto written = import.write(checked);
            if (!checked.problems.isEmpty() || !written || *written != bench::participantRows) {
                qFatal("the benchmark import failed");
            }
            return static_cast<double>(timer.nsecsElapsed()) / 1e6;
        };
    };
    bench::Verdict verdict{1.5, 2000};
    verdict.onTarget = true;
    bench::figure(QStringLiteral("durability/import of 10000 participants, synchronous=FULL (as shipped)"),
                  bench::measureBoth(importRuns, importWith("FULL"), importWith("NORMAL")),
                  QStringLiteral("the program's same import with synchronous=NORMAL: the ratio is what durability "
                                 "costs"),
                  verdict);
}

OSIEDLE_BENCHMARK("safety/check and copy")
{
    for (const int scale : {1, 100}) {
        const QString path = bench::demoFile(scale);
        auto opened = core::Database::open(path, core::Database::Mode::ReadOnly);
        if (!opened) {
            qFatal("cannot open %s", qPrintable(path));
        }
        core::Database& db = **opened;
        bench::FloorConnection bare(path);
        const int runs = scale == 1 ? 10 : 3;
        const QString prefix = QStringLiteral("safety/scale %1/").arg(scale);

        const auto check = bench::sampleBoth(
            runs,
            [&] {
                if (!db.quickCheckProblems().isEmpty()) {
                    qFatal("the demo file is damaged");
                }
            },
            [&] { bareCheck(bare.handle()); });
        bench::figure(prefix + QStringLiteral("check before the first write (quick_check)"), check,
                      QStringLiteral("PRAGMA quick_check stepped to its end on a bare connection"), {1.5, {}});

        QTemporaryDir dir;
        const QString floorCopy = dir.filePath(QStringLiteral("floor-copy.osiedle"));
        const auto copy = bench::sampleBoth(
            runs,
            [&] {
                const auto made = core::BackupStore::make(db, dir.path(), core::BackupCopy::Reason::Manual);
                if (!made) {
                    qFatal("cannot make the copy: %s", qPrintable(made.error().message));
                }
                QFile::remove(made->path);
            },
            [&] {
                QFile::remove(floorCopy);
                sqlite3* target = nullptr;
                sqlite3_open_v2(QDir::toNativeSeparators(floorCopy).toUtf8().constData(), &target,
                                SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
                sqlite3_backup* backup = sqlite3_backup_init(target, "main", bare.handle(), "main");
                if (backup == nullptr || sqlite3_backup_step(backup, -1) != SQLITE_DONE) {
                    qFatal("the floor's copy failed");
                }
                sqlite3_backup_finish(backup);
                sqlite3_exec(target, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
                bareCheck(target);
                sqlite3_close_v2(target);
            });
        bench::figure(prefix + QStringLiteral("backup copy made and checked"), copy,
                      QStringLiteral("an SQLite online backup of the file into a new file by the bare C API, then "
                                     "PRAGMA quick_check of the copy"),
                      {1.5, {}});
    }
}
