#include "core/services/CourseService.h"
#include "core/storage/SessionRepository.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"
#include "TrainingTestData.h"

using namespace osiedle;

TEST_CASE("A course is validated field by field", "[training][course]")
{
    core::Course course;
    course.thresholdPercent = 0;
    course.startDate = QDate(2011, 5, 1);
    course.endDate = QDate(2011, 4, 1);
    QStringList fields;
    for (const auto& e : core::CourseService::validate(course)) {
        fields.append(e.field);
    }
    CHECK(fields == QStringList{QStringLiteral("name"), QStringLiteral("supportForm"), QStringLiteral("plannedHours"),
                                QStringLiteral("threshold"), QStringLiteral("dates")});
}

TEST_CASE("Planned sessions fill the planned hours that are still missing", "[training][course]")
{
    test::TempProject project;
    auto& db = project.db();
    const qint64 course = test::addCourse(db, 40);
    db.exec("INSERT INTO day_off (date, reason) VALUES ('2012-05-02', 'Biuro nieczynne')");
    test::addSession(db, course, QDate(2012, 4, 17), 240); // 4 of the 40 hours already there
    core::CourseService service(db);
    core::ScheduleRequest request{{2, 3, 4}, QTime(16, 0), 240, QDate(2012, 4, 24), 0};
    const auto schedule = service.planSchedule(course, request);
    REQUIRE(schedule.ok());
    CHECK(schedule->totalMinutes() == 36 * 60);
    QStringList skipped;
    for (const auto& d : schedule->skipped) {
        skipped.append(d.reason);
    }
    CHECK(skipped == QStringList{QStringLiteral("Labour Day"), QStringLiteral("Biuro nieczynne"),
                                 QStringLiteral("Constitution Day")});
    REQUIRE(service.addSessions(course, schedule->sessions, QStringLiteral("Zajęcia")).ok());
    CHECK(core::SessionRepository(db).scheduledMinutes(course) == 40 * 60);
    const auto again = service.planSchedule(course, request);
    CHECK_FALSE(again.ok());
}
