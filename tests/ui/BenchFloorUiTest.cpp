// The floors of the attendance figures (tests/bench/floor/attendance-*.sql) do the grid's work:
// the same grid as the grid model, and a saved mark leaves the file as the program's save does.
// The other floors are checked in tests/core/BenchFloorTest.cpp.

#include "BenchData.h"
#include "Floor.h"
#include "FloorConnection.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/Database.h"
#include "support/DemoFiles.h"
#include "support/QtStringMakers.h"
#include "ui/training/AttendanceGridModel.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace osiedle;

namespace {

const char* statusKey(core::AttendanceStatus status)
{
    switch (status) {
    case core::AttendanceStatus::Present:
        return "present";
    case core::AttendanceStatus::Excused:
        return "excused";
    case core::AttendanceStatus::Absent:
        return "absent";
    }
    return "";
}

// What a mark changes: the marks, the starts of participation and the course completions.
QStringList savedState(core::Database& db)
{
    QStringList state;
    for (const char* sql :
         {"SELECT session_id || ' ' || participant_id || ' ' || status FROM attendance",
          "SELECT id || ' ' || coalesce(participation_start, '-') FROM participant",
          "SELECT id || ' ' || coalesce(completed_on, '-') || ' ' || coalesce(certificate_number, '-') "
          "FROM enrolment"}) {
        core::Statement st = db.prepare(sql);
        while (st.step()) {
            state << st.text(0);
        }
    }
    state.sort();
    return state;
}

} // namespace

TEST_CASE("The attendance grid's floor gives the grid the model shows", "[bench][floor]")
{
    QTemporaryDir dir;
    const QString path = test::demoCopy(1, dir.path());
    auto db = std::move(core::Database::open(path).value());
    const qint64 course = bench::BenchData::addBigCourse(*db);
    core::ChangeNotifier changes;
    ui::AttendanceGridModel model(*db, &changes);
    model.load(course);
    REQUIRE(model.participantCount() == 30);
    REQUIRE(model.sessionCount() == 40);

    bench::FloorConnection connection(path);
    const QList<QList<QVariantList>> grid =
        bench::Floor(connection, QStringLiteral("attendance-grid")).bind("course", course).results();
    REQUIRE(grid.size() == 6);
    REQUIRE(grid[1].size() == model.participantCount());
    for (int r = 0; r < model.participantCount(); ++r) {
        CHECK(grid[1][r][0].toLongLong() == model.participantAt(r));
    }
    REQUIRE(grid[2].size() == model.sessionCount());
    for (int c = 0; c < model.sessionCount(); ++c) {
        CHECK(grid[2][c][0].toLongLong() == model.sessionAt(c));
    }
    int marks = 0;
    for (int r = 0; r < model.participantCount(); ++r) {
        for (int c = 0; c < model.sessionCount(); ++c) {
            marks += model.markAt(r, c) ? 1 : 0;
        }
    }
    CHECK(grid[3].size() == marks);
    for (const QVariantList& mark : grid[3]) {
        const int c =
            int(std::find_if(grid[2].cbegin(), grid[2].cend(), [&](const QVariantList& s) { return s[0] == mark[0]; }) -
                grid[2].cbegin());
        const int r =
            int(std::find_if(grid[1].cbegin(), grid[1].cend(), [&](const QVariantList& p) { return p[0] == mark[1]; }) -
                grid[1].cbegin());
        REQUIRE(model.markAt(r, c));
        CHECK(mark[2].toString() == QLatin1String(statusKey(*model.markAt(r, c))));
    }
    for (const QVariantList& attended : grid[4]) {
        const int r = int(
            std::find_if(grid[1].cbegin(), grid[1].cend(), [&](const QVariantList& p) { return p[0] == attended[0]; }) -
            grid[1].cbegin());
        CHECK(attended[1].toLongLong() == model.attendedMinutes(r));
    }
}

TEST_CASE("A mark saved by the floor leaves the file as the program's save does", "[bench][floor]")
{
    QTemporaryDir dir;
    const QString program = test::demoCopy(1, dir.path());
    auto db = std::move(core::Database::open(program).value());
    const qint64 course = bench::BenchData::addBigCourse(*db);
    db.reset();
    const QString floorFile = dir.filePath(QStringLiteral("floor.osiedle"));
    REQUIRE(QFile::copy(program, floorFile));
    db = std::move(core::Database::open(program).value());
    core::ChangeNotifier changes;
    ui::AttendanceGridModel model(*db, &changes);
    model.load(course);
    bench::FloorConnection connection(floorFile);
    bench::Floor floor(connection, QStringLiteral("attendance-mark"));
    const QByteArray historyBefore = QByteArray::number(db->scalar("SELECT coalesce(max(id), 0) FROM change_log"));

    // The last session (nobody marked yet) and one of the 27th: marking the last sessions
    // completes the course for some (a completion date, a certificate number); an absence at
    // an early one can undo a completion.
    struct Mark {
        int row;
        int column;
        core::AttendanceStatus status;
    };
    for (const Mark& m : {Mark{0, 39, core::AttendanceStatus::Present}, Mark{3, 39, core::AttendanceStatus::Absent},
                          Mark{5, 26, core::AttendanceStatus::Absent}, Mark{5, 38, core::AttendanceStatus::Present},
                          Mark{0, 39, core::AttendanceStatus::Excused}}) {
        for (int column = 27; column <= m.column; ++column) {
            // Fill the sessions before it so that the minutes can reach the threshold.
            const qint64 session = model.sessionAt(column);
            const core::AttendanceStatus status = column == m.column ? m.status : core::AttendanceStatus::Present;
            REQUIRE(model.setMark(session, model.participantAt(m.row), status).ok());
            floor.bind("session", session)
                .bind("participant", model.participantAt(m.row))
                .bind("status", QLatin1String(statusKey(status)))
                .run();
        }
        if (m.column < 27) {
            const qint64 session = model.sessionAt(m.column);
            REQUIRE(model.setMark(session, model.participantAt(m.row), m.status).ok());
            floor.bind("session", session)
                .bind("participant", model.participantAt(m.row))
                .bind("status", QLatin1String(statusKey(m.status)))
                .run();
        }
        auto byFloor = core::Database::open(floorFile);
        REQUIRE(byFloor.ok());
        CHECK(savedState(**byFloor) == savedState(*db));
    }
    // The marks' history rows: the same changes, in the same order.
    auto markHistory = [&historyBefore](core::Database& file) {
        QStringList rows;
        core::Statement st = file.prepare("SELECT c.operation, group_concat(j.key || '=' || j.value, ' ') "
                                          "FROM change_log c, json_each(c.changes) j "
                                          "WHERE c.record_kind = 'attendance' AND c.id > " +
                                          historyBefore + " GROUP BY c.id ORDER BY c.id");
        while (st.step()) {
            rows << st.text(0) + QLatin1Char(' ') + st.text(1);
        }
        return rows;
    };
    auto byFloor = core::Database::open(floorFile);
    REQUIRE(byFloor.ok());
    const QStringList programRows = markHistory(*db);
    CHECK(programRows.size() >= 5);
    CHECK(markHistory(**byFloor) == programRows);
    // Someone completed the course on the way, so the completion was checked too.
    CHECK(db->scalar("SELECT count(*) FROM enrolment WHERE course_id = " + QByteArray::number(course) +
                     " AND completed_on IS NOT NULL") > 0);
}
