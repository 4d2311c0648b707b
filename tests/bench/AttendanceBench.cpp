// The attendance grid of a course with 30 participants × 40 sessions: opened (model loaded,
// ≤ 100 ms) and one mark saved (≤ 16 ms), in a scale-1 and a scale-100 demo file, each next to
// its floor.
#include "Bench.h"
#include "BenchData.h"
#include "Floor.h"
#include "FloorConnection.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/Database.h"
#include "ui/training/AttendanceGridModel.h"

using namespace osiedle;

namespace {

void gridBenchmark(int scale)
{
    const QString path = bench::demoCopy(scale);
    auto opened = core::Database::open(path);
    if (!opened) {
        qFatal("cannot open %s", qPrintable(path));
    }
    core::Database& db = **opened;
    const qint64 courseId = bench::BenchData::addBigCourse(db);
    core::ChangeNotifier changes;
    ui::AttendanceGridModel model(db, &changes);
    bench::FloorConnection connection(path);
    const QString prefix = QStringLiteral("attendance/scale %1/").arg(scale);

    bench::Floor grid(connection, QStringLiteral("attendance-grid"));
    grid.bind("course", courseId);
    const auto open = bench::sampleBoth(
        20, [&] { model.load(courseId); }, [&] { grid.run(); });
    if (model.participantCount() != 30 || model.sessionCount() != 40) {
        qFatal("unexpected grid %d × %d", model.participantCount(), model.sessionCount());
    }
    bench::figure(prefix + QStringLiteral("grid 30×40 opened (model loaded)"), open, grid.description(), {1.5, 100});

    // One mark, saved through the model as the grid does: the first participant at the last
    // session, toggled between present and absent; the floor toggles the second participant.
    const qint64 session = model.sessionAt(39);
    bench::Floor mark(connection, QStringLiteral("attendance-mark"));
    mark.bind("session", session).bind("participant", model.participantAt(1));
    bool present = false;
    bool floorPresent = false;
    const auto saved = bench::sampleBoth(
        50,
        [&] {
            present = !present;
            const auto done = model.setMark(session, model.participantAt(0),
                                            present ? core::AttendanceStatus::Present : core::AttendanceStatus::Absent);
            if (!done) {
                qFatal("cannot save a mark: %s", qPrintable(done.error().message));
            }
        },
        [&] {
            floorPresent = !floorPresent;
            mark.bind("status", floorPresent ? QStringLiteral("present") : QStringLiteral("absent")).run();
        });
    bench::figure(prefix + QStringLiteral("one mark saved"), saved, mark.description(), {1.5, 16});
}

} // namespace

OSIEDLE_BENCHMARK("attendance/scale 1")
{
    gridBenchmark(1);
}

OSIEDLE_BENCHMARK("attendance/scale 100")
{
    gridBenchmark(100);
}
