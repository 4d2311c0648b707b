#include "core/services/EnrolmentService.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"
#include "TrainingTestData.h"

using namespace osiedle;

TEST_CASE("Only qualified participants can be enrolled, and the message says why", "[training][enrolment]")
{
    test::TempProject project;
    auto& db = project.db();
    const qint64 course = test::addCourse(db, 40);
    core::EnrolmentService service(db);
    const auto [status, message] = GENERATE(table<QString, QString>({
        {QStringLiteral("reserve"), QStringLiteral("Anna Nowak is on the reserve list, only qualified participants can be enrolled")},
        {QStringLiteral("rejected"), QStringLiteral("Anna Nowak was rejected in recruitment, only qualified participants can be enrolled")},
        {QStringLiteral("candidate"), QStringLiteral("Anna Nowak has not been qualified yet, only qualified participants can be enrolled")},
        {QStringLiteral("resigned"), QStringLiteral("Anna Nowak has resigned from the project, only qualified participants can be enrolled")},
    }));
    const qint64 anna = test::addParticipant(db, QStringLiteral("Anna"), QStringLiteral("Nowak"), status);
    const auto result = service.enrol(course, anna, QDate(2011, 2, 1));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message == message);
    CHECK(db.scalar("SELECT count(*) FROM enrolment") == 0);
}

TEST_CASE("Enrolment, a second enrolment, withdrawal and its undoing", "[training][enrolment]")
{
    test::TempProject project;
    auto& db = project.db();
    const qint64 course = test::addCourse(db, 40, QStringLiteral("Zajęcia integracyjne"));
    const qint64 anna = test::addParticipant(db, QStringLiteral("Anna"), QStringLiteral("Nowak"));
    core::EnrolmentService service(db);
    const auto id = service.enrol(course, anna, QDate(2011, 2, 1));
    REQUIRE(id.ok());
    CHECK(service.enrol(course, anna, QDate(2011, 2, 2)).error().message ==
          QStringLiteral("Anna Nowak is already enrolled on Zajęcia integracyjne."));

    CHECK_FALSE(service.withdraw(*id, QDate(2011, 3, 1), QString()).ok()); // a reason is needed
    CHECK_FALSE(service.withdraw(*id, QDate(2011, 1, 1), QStringLiteral("Praca")).ok()); // before enrolment
    REQUIRE(service.withdraw(*id, QDate(2011, 3, 1), QStringLiteral("Podjęła pracę")).ok());
    auto e = core::EnrolmentRepository(db).find(*id);
    CHECK(e->withdrawnOn == QDate(2011, 3, 1));
    CHECK(e->withdrawalReason == QStringLiteral("Podjęła pracę"));
    REQUIRE(service.cancelWithdrawal(*id).ok());
    CHECK_FALSE(core::EnrolmentRepository(db).find(*id)->withdrawn());
    REQUIRE(service.remove(*id).ok());
    CHECK(db.scalar("SELECT count(*) FROM enrolment") == 0);
}
