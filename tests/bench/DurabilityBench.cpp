// What durable commits cost (synchronous=FULL, as the program opens every file, against
// NORMAL, which may lose the last commits on a power cut): one attendance mark saved and an
// import of 10 000 participants, each beside its floor (the same write as bare SQL through the
// sqlite3 C API, with FULL).
#include "Bench.h"
#include "BenchData.h"
#include "core/io/ParticipantImport.h"
#include "core/services/AttendanceService.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/BackupStore.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
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

std::vector<double> marks(core::Database& db, qint64 session, qint64 participant)
{
    bool present = false;
    return bench::sample(markRuns, [&] {
        present = !present;
        const auto done = core::AttendanceService(db).mark(
            session, participant, present ? core::AttendanceStatus::Present : core::AttendanceStatus::Absent);
        if (!done) {
            qFatal("cannot save a mark: %s", qPrintable(done.error().message));
        }
    });
}

} // namespace

OSIEDLE_BENCHMARK("durability/one attendance mark saved")
{
    const QString path = bench::demoFile(1, true);
    auto opened = core::Database::open(path);
    if (!opened) {
        qFatal("cannot open %s", qPrintable(path));
    }
    core::Database& db = **opened;
    core::Statement any = db.prepare("SELECT session_id, participant_id FROM attendance LIMIT 1");
    if (!any.step()) {
        qFatal("no attendance in the demo");
    }
    const qint64 session = any.int64(0);
    const qint64 participant = any.int64(1);

    // The floor: the same row updated by bare SQL, one autocommit statement, FULL.
    setSynchronous(db, "FULL");
    bool present = false;
    const auto bare = bench::sample(markRuns, [&] {
        present = !present;
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(db.handle(), "UPDATE attendance SET status = ? WHERE session_id = ? AND participant_id = ?",
                           -1, &st, nullptr);
        sqlite3_bind_text(st, 1, present ? "present" : "absent", -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 2, session);
        sqlite3_bind_int64(st, 3, participant);
        if (sqlite3_step(st) != SQLITE_DONE) {
            qFatal("bare update failed: %s", sqlite3_errmsg(db.handle()));
        }
        sqlite3_finalize(st);
    });
    const auto full = marks(db, session, participant);
    setSynchronous(db, "NORMAL");
    const auto normal = marks(db, session, participant);
    bench::report(QStringLiteral("durability/one mark saved, synchronous=FULL (as shipped)"), full,
                  QStringLiteral("bare SQL update of the mark, FULL"), bare);
    bench::report(QStringLiteral("durability/one mark saved, synchronous=NORMAL (for comparison)"), normal,
                  QStringLiteral("the same with FULL"), full);
}

OSIEDLE_BENCHMARK("durability/import of 10000 participants")
{
    QTemporaryDir dir;
    const QString csvPath = bench::writeParticipantsCsv(dir.path());
    const QString projectPath = dir.filePath(QStringLiteral("bench.osiedle"));
    auto importWith = [&](const char* mode) {
        std::vector<double> times;
        for (int run = 0; run < importRuns; ++run) {
            auto db = bench::freshProject(projectPath);
            setSynchronous(*db, mode);
            times.push_back(bench::timedParticipantImport(*db, csvPath));
        }
        return times;
    };
    // The floor: one bare transaction of 10 000 small inserts, FULL.
    std::vector<double> bare;
    for (int run = 0; run < importRuns; ++run) {
        auto db = bench::freshProject(projectPath);
        QElapsedTimer timer;
        timer.start();
        sqlite3* h = db->handle();
        sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(h, "INSERT INTO participant (first_name, last_name) VALUES ('Anna', 'Nowak')", -1, &st,
                           nullptr);
        for (int i = 0; i < bench::participantRows; ++i) {
            sqlite3_step(st);
            sqlite3_reset(st);
        }
        sqlite3_finalize(st);
        if (sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
            qFatal("bare import failed");
        }
        bare.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    const auto full = importWith("FULL");
    const auto normal = importWith("NORMAL");
    bench::report(QStringLiteral("durability/import of 10000 participants, synchronous=FULL (as shipped)"), full,
                  QStringLiteral("bare transaction of 10000 inserts, FULL"), bare);
    bench::report(QStringLiteral("durability/import of 10000 participants, synchronous=NORMAL (for comparison)"),
                  normal, QStringLiteral("the same with FULL"), full);
}

// The check before the first write of a session (PRAGMA quick_check) and the backup copy made
// before imports and on the first opening of a day (copy + quick_check of the copy), at both
// scales, beside the floor: reading every byte of the file once.
OSIEDLE_BENCHMARK("safety/check and copy")
{
    for (const int scale : {1, 100}) {
        const QString path = bench::demoFile(scale);
        auto opened = core::Database::open(path, core::Database::Mode::ReadOnly);
        if (!opened) {
            qFatal("cannot open %s", qPrintable(path));
        }
        core::Database& db = **opened;
        const int runs = scale == 1 ? 10 : 3;
        const auto bytes = bench::sample(runs, [&] {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                qFatal("cannot read the file");
            }
            while (!file.read(1 << 20).isEmpty()) {
            }
        });
        const auto check = bench::sample(runs, [&] {
            if (!db.quickCheckProblems().isEmpty()) {
                qFatal("the demo file is damaged");
            }
        });
        QTemporaryDir dir;
        const auto copy = bench::sample(runs, [&] {
            const auto made = core::BackupStore::make(db, dir.path(), core::BackupCopy::Reason::Manual);
            if (!made) {
                qFatal("cannot make the copy: %s", qPrintable(made.error().message));
            }
            QFile::remove(made->path);
        });
        const QString prefix = QStringLiteral("safety/scale %1/").arg(scale);
        bench::report(prefix + QStringLiteral("check before the first write (quick_check)"), check,
                      QStringLiteral("reading every byte of the file"), bytes);
        bench::report(prefix + QStringLiteral("backup copy made and checked"), copy,
                      QStringLiteral("reading every byte of the file"), bytes);
    }
}
