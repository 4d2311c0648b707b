#include "ui/training/AttendanceGrid.h"

#include "../core/TrainingTestData.h"
#include "core/services/AttendanceService.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/AttendanceRepository.h"
#include "core/storage/EnrolmentRepository.h"
#include "support/QtStringMakers.h"
#include "support/ScriptedPrompt.h"
#include "support/TempProject.h"
#include "ui/common/AppContext.h"
#include "ui/training/AttendanceGridModel.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QUndoStack>

using namespace osiedle;
using core::AttendanceStatus;

namespace {

struct GridFixture {
    test::TempProject project;
    core::ChangeNotifier changes;
    QUndoStack undo;
    test::ScriptedPrompt prompt;
    ui::AppContext context{project.db(), changes, undo, prompt};
    qint64 course = 0;
    QList<qint64> people;
    QList<qint64> sessions;

    GridFixture()
    {
        auto& db = project.db();
        course = test::addCourse(db, 0, QStringLiteral("Kurs"), 80, 600); // 10 hours planned
        for (const char* name : {"Celina", "Anna", "Beata"}) {
            people.append(test::addParticipant(db, QString::fromUtf8(name), QStringLiteral("Nowak")));
            test::enrol(db, course, people.last());
        }
        for (int day = 0; day < 4; ++day) {
            sessions.append(test::addSession(db, course, QDate(2011, 3, 1).addDays(7 * day), 120));
        }
    }

    std::optional<AttendanceStatus> stored(int person, int session)
    {
        return core::AttendanceRepository(project.db()).find(sessions[session], people[person]);
    }
};

} // namespace

TEST_CASE("The attendance grid is driven from the keyboard", "[training][grid][ui]")
{
    GridFixture f;
    ui::AttendanceGrid grid(f.context);
    QAbstractItemModelTester tester(grid.gridModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    grid.setCourse(f.course);
    grid.resize(800, 300);
    grid.show();
    grid.activateWindow();
    grid.setFocus();
    auto* model = grid.gridModel();
    REQUIRE(model->participantCount() == 3);
    REQUIRE(model->sessionCount() == 4);
    REQUIRE(model->rowCount() == 4);    // three people and the totals row
    REQUIRE(model->columnCount() == 6); // four sessions, hours, %
    // rows by surname, then first name: Anna, Beata, Celina
    CHECK(model->headerData(0, Qt::Vertical).toString() == QStringLiteral("Nowak Anna"));
    const qint64 anna = f.people[1];
    const qint64 beata = f.people[2];

    // P marks the current cell and moves down; U, N the same
    QTest::keyClick(&grid, Qt::Key_P);
    QTest::keyClick(&grid, Qt::Key_U);
    QTest::keyClick(&grid, Qt::Key_N);
    CHECK(f.stored(1, 0) == AttendanceStatus::Present);
    CHECK(f.stored(2, 0) == AttendanceStatus::Excused);
    CHECK(f.stored(0, 0) == AttendanceStatus::Absent);
    CHECK(model->data(model->index(3, 0)).toString() == QStringLiteral("1"));

    // arrows move; 1/2/3 mark as well
    QTest::keyClick(&grid, Qt::Key_Up);
    QTest::keyClick(&grid, Qt::Key_Up);
    QTest::keyClick(&grid, Qt::Key_Right);
    CHECK(grid.currentIndex() == model->index(0, 1));
    QTest::keyClick(&grid, Qt::Key_1);
    QTest::keyClick(&grid, Qt::Key_3);
    CHECK(f.stored(1, 1) == AttendanceStatus::Present);
    CHECK(f.stored(2, 1) == AttendanceStatus::Absent);

    // Space toggles present and absent, Delete clears
    QTest::keyClick(&grid, Qt::Key_Up);
    QTest::keyClick(&grid, Qt::Key_Space);
    CHECK(f.stored(2, 1) == AttendanceStatus::Present);
    QTest::keyClick(&grid, Qt::Key_Space);
    CHECK(f.stored(2, 1) == AttendanceStatus::Absent);
    QTest::keyClick(&grid, Qt::Key_Delete);
    CHECK_FALSE(f.stored(2, 1).has_value());

    // Anna: 2 sessions × 2 h = 4 h of 10 = 40 %
    CHECK(model->attendedMinutes(0) == 240);
    CHECK(model->data(model->index(0, 4)).toString() == QStringLiteral("4"));
    CHECK(model->data(model->index(0, 5)).toString() == QStringLiteral("40.0\u00A0%"));
    CHECK_FALSE(model->data(model->index(0, 5), ui::AttendanceGridModel::CompletedRole).toBool());

    // all present on the third and fourth columns: Anna reaches 8 h = 80 %, completed
    QTest::keyClick(&grid, Qt::Key_Right);
    QTest::keyClick(&grid, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(&grid, Qt::Key_Right);
    grid.allPresentAction()->trigger();
    CHECK(f.stored(0, 2) == AttendanceStatus::Present);
    CHECK(f.stored(2, 3) == AttendanceStatus::Present);
    CHECK(model->data(model->index(3, 3)).toString() == QStringLiteral("3"));
    CHECK(model->data(model->index(0, 5)).toString() == QStringLiteral("80.0\u00A0%"));
    CHECK(model->data(model->index(0, 5), ui::AttendanceGridModel::CompletedRole).toBool());
    auto annaEnrolment = core::EnrolmentRepository(f.project.db()).find(f.course, anna);
    CHECK(annaEnrolment->completedOn == QDate(2011, 3, 22));
    CHECK(annaEnrolment->certificateNumber.has_value());

    // Ctrl+Z undoes the last "all present", then the mark before
    f.undo.undo();
    CHECK_FALSE(f.stored(0, 3).has_value());
    CHECK(f.stored(0, 2) == AttendanceStatus::Present);
    CHECK(model->data(model->index(0, 5)).toString() == QStringLiteral("60.0\u00A0%"));
    CHECK_FALSE(core::EnrolmentRepository(f.project.db()).find(f.course, anna)->completed());
    f.undo.undo();
    f.undo.undo(); // the Delete
    CHECK(f.stored(2, 1) == AttendanceStatus::Absent);
    f.undo.redo();
    CHECK_FALSE(f.stored(2, 1).has_value());
    CHECK(f.prompt.errors().isEmpty());
    (void)beata;
}

TEST_CASE("The attendance grid follows changes made elsewhere", "[training][grid][ui]")
{
    GridFixture f;
    ui::AttendanceGrid grid(f.context);
    grid.setCourse(f.course);
    REQUIRE_FALSE(grid.gridModel()->markAt(0, 0).has_value());
    REQUIRE(core::AttendanceService(f.project.db(), &f.changes)
                .mark(f.sessions[0], f.people[1], AttendanceStatus::Excused)
                .ok());
    CHECK(grid.gridModel()->markAt(0, 0) == AttendanceStatus::Excused);
}
