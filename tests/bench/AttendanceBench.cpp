// The attendance grid of a course with 30 participants × 40 sessions: opened (model loaded)
// and one mark saved, in a scale-1 and a scale-100 demo file (DOMAIN: ≤ 100 ms / ≤ 16 ms).
#include "Bench.h"

#include "core/services/AttendanceService.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/CourseService.h"
#include "core/services/EnrolmentService.h"
#include "core/storage/Database.h"
#include "ui/training/AttendanceGridModel.h"

using namespace osiedle;

namespace {

/// Adds a 160-hour course with 40 sessions and 30 enrolled participants, two thirds marked.
qint64 addBigCourse(core::Database& db)
{
    core::Course course;
    course.supportFormId = 1;
    course.name = QStringLiteral("Benchmark course");
    course.plannedMinutes = 40 * 240;
    const auto courseId = core::CourseService(db).save(course);
    if (!courseId) {
        qFatal("cannot add the course: %s", qPrintable(courseId.error().message));
    }
    QList<core::PlannedSession> planned;
    for (int i = 0; i < 40; ++i) {
        planned.append({QDate(2011, 1, 3).addDays(3 * i), QTime(16, 0), 240});
    }
    const auto sessions = core::CourseService(db).addSessions(*courseId, planned);
    if (!sessions) {
        qFatal("cannot add sessions");
    }
    db.exec("UPDATE participant SET recruitment_status = 'qualified' "
            "WHERE id IN (SELECT id FROM participant ORDER BY id LIMIT 30)");
    core::Statement st = db.prepare("SELECT id FROM participant ORDER BY id LIMIT 30");
    QList<qint64> people;
    while (st.step()) {
        people.append(st.int64(0));
    }
    for (const qint64 p : people) {
        if (!core::EnrolmentService(db).enrol(*courseId, p, QDate(2011, 1, 1))) {
            qFatal("cannot enrol");
        }
    }
    for (int s = 0; s < 27; ++s) {
        QList<core::MarkChange> marks;
        for (int i = 0; i < people.size(); ++i) {
            marks.append({people[i], (i + s) % 7 == 0 ? core::AttendanceStatus::Absent : core::AttendanceStatus::Present});
        }
        if (!core::AttendanceService(db).markMany(sessions->at(s), marks)) {
            qFatal("cannot mark");
        }
    }
    return *courseId;
}

void gridBenchmark(int scale)
{
    const QString path = bench::demoFile(scale, true);
    auto opened = core::Database::open(path);
    if (!opened) {
        qFatal("cannot open %s", qPrintable(path));
    }
    core::Database& db = **opened;
    const qint64 courseId = addBigCourse(db);
    core::ChangeNotifier changes;
    ui::AttendanceGridModel model(db, &changes);
    const QString prefix = QStringLiteral("attendance/scale %1/").arg(scale);

    const auto open = bench::sample(20, [&] { model.load(courseId); });
    if (model.participantCount() != 30 || model.sessionCount() != 40) {
        qFatal("unexpected grid %d × %d", model.participantCount(), model.sessionCount());
    }
    const auto bare = bench::sample(20, [&] {
        core::Statement st = db.prepare("SELECT a.session_id, a.participant_id, a.status FROM session s "
                                        "JOIN attendance a ON a.session_id = s.id WHERE s.course_id = ?");
        st.bind(1, courseId);
        int rows = 0;
        while (st.step()) {
            ++rows;
        }
        if (rows == 0) {
            qFatal("no marks");
        }
    });
    bench::report(prefix + QStringLiteral("grid 30×40 opened (model loaded)"), open,
                  QStringLiteral("the marks query alone"), bare);

    // one mark, saved through the model as the grid does: toggles a cell of the last session
    const qint64 session = model.sessionAt(39);
    const qint64 participant = model.participantAt(0);
    bool present = false;
    const auto mark = bench::sample(50, [&] {
        present = !present;
        const auto done = model.setMark(session, participant,
                                        present ? core::AttendanceStatus::Present : core::AttendanceStatus::Absent);
        if (!done) {
            qFatal("cannot save a mark: %s", qPrintable(done.error().message));
        }
    });
    bench::report(prefix + QStringLiteral("one mark saved"), mark);
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
