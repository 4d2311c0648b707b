#include "core/services/AttendanceService.h"
#include "core/services/TrainingProgress.h"
#include "core/storage/EnrolmentRepository.h"
#include "core/storage/SessionRepository.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"
#include "TrainingTestData.h"

using namespace osiedle;
using core::AttendanceStatus;

namespace {

core::Enrolment enrolmentOf(core::Database& db, qint64 courseId, qint64 participantId)
{
    const auto e = core::EnrolmentRepository(db).find(courseId, participantId);
    REQUIRE(e.has_value());
    return *e;
}

} // namespace

TEST_CASE("Completion at the edges of the threshold: 79.9 % is not 80 %", "[training][attendance]")
{
    CHECK_FALSE(core::TrainingProgress::reached(799, 1000, 80));
    CHECK(core::TrainingProgress::reached(800, 1000, 80));
    CHECK_FALSE(core::TrainingProgress::reached(0, 0, 80));

    test::TempProject project;
    auto& db = project.db();
    const qint64 course = test::addCourse(db, 0, QStringLiteral("Kurs"), 80, 1000);
    const qint64 anna = test::addParticipant(db, QStringLiteral("Anna"), QStringLiteral("Nowak"));
    test::enrol(db, course, anna);
    const qint64 first = test::addSession(db, course, QDate(2011, 3, 1), 799);
    const qint64 second = test::addSession(db, course, QDate(2011, 3, 8), 1);
    core::AttendanceService service(db);

    REQUIRE(service.mark(first, anna, AttendanceStatus::Present).ok());
    CHECK_FALSE(enrolmentOf(db, course, anna).completed()); // 79.9 %

    SECTION("excused does not count")
    {
        REQUIRE(service.mark(second, anna, AttendanceStatus::Excused).ok());
        CHECK_FALSE(enrolmentOf(db, course, anna).completed());
    }
    SECTION("present reaches 80 % at the second session")
    {
        const auto outcome = service.mark(second, anna, AttendanceStatus::Present);
        REQUIRE(outcome.ok());
        CHECK(outcome->completionChanged);
        const auto e = enrolmentOf(db, course, anna);
        CHECK(e.completedOn == QDate(2011, 3, 8));
        CHECK(e.certificateNumber == 1);
    }
}

TEST_CASE("Participation start follows the first attended session", "[training][attendance]")
{
    test::TempProject project;
    auto& db = project.db();
    const qint64 course = test::addCourse(db, 10);
    const qint64 anna = test::addParticipant(db, QStringLiteral("Anna"), QStringLiteral("Nowak"));
    test::enrol(db, course, anna);
    const qint64 march = test::addSession(db, course, QDate(2011, 3, 1), 120);
    const qint64 april = test::addSession(db, course, QDate(2011, 4, 5), 120);
    core::AttendanceService service(db);
    core::AttendanceRepository attendance(db);

    CHECK_FALSE(attendance.participationStart(anna).has_value());
    auto outcome = service.mark(april, anna, AttendanceStatus::Present);
    REQUIRE(outcome.ok());
    CHECK(outcome->participationStartChanged);
    CHECK(attendance.participationStart(anna) == QDate(2011, 4, 5));

    // an absence does not start participation
    REQUIRE(service.mark(march, anna, AttendanceStatus::Absent).ok());
    CHECK(attendance.participationStart(anna) == QDate(2011, 4, 5));
    // attending the earlier session moves the start back
    REQUIRE(service.mark(march, anna, AttendanceStatus::Present).ok());
    CHECK(attendance.participationStart(anna) == QDate(2011, 3, 1));
    // clearing it moves it forward again
    REQUIRE(service.mark(march, anna, std::nullopt).ok());
    CHECK(attendance.participationStart(anna) == QDate(2011, 4, 5));
    CHECK_FALSE(attendance.find(march, anna).has_value());

    SECTION("moving the session moves the start")
    {
        auto session = *core::SessionRepository(db).find(april);
        session.date = QDate(2011, 4, 12);
        REQUIRE(core::CourseService(db).updateSession(session).ok());
        CHECK(attendance.participationStart(anna) == QDate(2011, 4, 12));
    }
    SECTION("deleting the session clears it")
    {
        REQUIRE(core::CourseService(db).removeSession(april).ok());
        CHECK_FALSE(attendance.participationStart(anna).has_value());
    }
}

TEST_CASE("Certificate numbers are per course, sequential and never reused", "[training][attendance]")
{
    test::TempProject project;
    auto& db = project.db();
    const qint64 course = test::addCourse(db, 2);
    const qint64 other = test::addCourse(db, 2, QStringLiteral("Inny kurs"));
    const qint64 s1 = test::addSession(db, course, QDate(2011, 3, 1), 120);
    const qint64 o1 = test::addSession(db, other, QDate(2011, 3, 2), 120);
    QList<qint64> people;
    for (const char* name : {"Anna", "Beata", "Cezary"}) {
        people.append(test::addParticipant(db, QString::fromUtf8(name), QStringLiteral("Kowalska")));
        test::enrol(db, course, people.last());
    }
    core::AttendanceService service(db);
    REQUIRE(service.mark(s1, people[1], AttendanceStatus::Present).ok());
    REQUIRE(service.mark(s1, people[0], AttendanceStatus::Present).ok());
    CHECK(enrolmentOf(db, course, people[1]).certificateNumber == 1);
    CHECK(enrolmentOf(db, course, people[0]).certificateNumber == 2);

    // another course counts from 1
    test::enrol(db, other, people[2]);
    REQUIRE(service.mark(o1, people[2], AttendanceStatus::Present).ok());
    CHECK(enrolmentOf(db, other, people[2]).certificateNumber == 1);

    // Beata loses completion: her number stays hers, and the next person gets 3, not 1
    REQUIRE(service.mark(s1, people[1], AttendanceStatus::Absent).ok());
    CHECK_FALSE(enrolmentOf(db, course, people[1]).completed());
    CHECK(enrolmentOf(db, course, people[1]).certificateNumber == 1);
    REQUIRE(service.mark(s1, people[2], AttendanceStatus::Present).ok());
    CHECK(enrolmentOf(db, course, people[2]).certificateNumber == 3);
    // and Beata gets her own number back
    REQUIRE(service.mark(s1, people[1], AttendanceStatus::Present).ok());
    CHECK(enrolmentOf(db, course, people[1]).certificateNumber == 1);
    // an enrolment holding a number cannot be removed
    CHECK_FALSE(core::EnrolmentService(db).remove(enrolmentOf(db, course, people[1]).id).ok());
}

TEST_CASE("All present marks everyone in one action and can be undone", "[training][attendance]")
{
    test::TempProject project;
    auto& db = project.db();
    const qint64 course = test::addCourse(db, 10);
    const qint64 s1 = test::addSession(db, course, QDate(2011, 3, 1), 120);
    const qint64 a = test::addParticipant(db, QStringLiteral("Anna"), QStringLiteral("Nowak"));
    const qint64 b = test::addParticipant(db, QStringLiteral("Bolek"), QStringLiteral("Lis"));
    test::enrol(db, course, a);
    test::enrol(db, course, b);
    core::AttendanceService service(db);
    core::AttendanceRepository attendance(db);
    REQUIRE(service.mark(s1, b, AttendanceStatus::Excused).ok());
    const auto previous = service.markAllPresent(s1);
    REQUIRE(previous.ok());
    CHECK(previous->size() == 2);
    CHECK(attendance.find(s1, a) == AttendanceStatus::Present);
    CHECK(attendance.find(s1, b) == AttendanceStatus::Present);
    REQUIRE(service.markMany(s1, *previous).ok());
    CHECK_FALSE(attendance.find(s1, a).has_value());
    CHECK(attendance.find(s1, b) == AttendanceStatus::Excused);
}

TEST_CASE("Only enrolled participants can be marked", "[training][attendance]")
{
    test::TempProject project;
    auto& db = project.db();
    const qint64 course = test::addCourse(db, 10);
    const qint64 s1 = test::addSession(db, course, QDate(2011, 3, 1), 120);
    const qint64 a = test::addParticipant(db, QStringLiteral("Anna"), QStringLiteral("Nowak"));
    const auto result = core::AttendanceService(db).mark(s1, a, AttendanceStatus::Present);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message == QStringLiteral("Anna Nowak is not enrolled on this course."));
}
