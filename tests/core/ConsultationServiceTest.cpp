#include "core/services/ConsultationService.h"
#include "core/storage/AttendanceRepository.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"
#include "TrainingTestData.h"

using namespace osiedle;
using core::Consultation;
using core::ConsultationArea;

namespace {

qint64 addCoop(core::Database& db, const QString& name)
{
    core::Statement st = db.prepare("INSERT INTO social_coop (name) VALUES (?)");
    st.bind(1, name);
    st.exec();
    return db.lastInsertId();
}

Consultation consultation(const QDate& date, ConsultationArea area, std::optional<qint64> coop,
                          std::optional<qint64> person, int minutes = 60, const QString& adviser = QStringLiteral("Jan Doradca"))
{
    Consultation c;
    c.date = date;
    c.area = area;
    c.socialCoopId = coop;
    c.participantId = person;
    c.minutes = minutes;
    c.adviser = adviser;
    return c;
}

} // namespace

TEST_CASE("A consultation needs a date and someone to advise", "[training][consultations]")
{
    Consultation c;
    c.minutes = 0;
    c.date = QDate(2011, 5, 1);
    c.followUpOn = QDate(2011, 4, 1);
    QStringList fields;
    for (const auto& e : core::ConsultationService::validate(c)) {
        fields.append(e.field);
    }
    CHECK(fields == QStringList{QStringLiteral("whom"), QStringLiteral("minutes"), QStringLiteral("followUp")});
}

TEST_CASE("A consultation with a participant sets their participation start", "[training][consultations]")
{
    test::TempProject project;
    auto& db = project.db();
    const qint64 anna = test::addParticipant(db, QStringLiteral("Anna"), QStringLiteral("Nowak"));
    core::ConsultationService service(db);
    core::AttendanceRepository attendance(db);
    const auto id = service.save(consultation(QDate(2011, 6, 1), ConsultationArea::Legal, std::nullopt, anna));
    REQUIRE(id.ok());
    CHECK(attendance.participationStart(anna) == QDate(2011, 6, 1));
    auto moved = *core::ConsultationRepository(db).find(*id);
    moved.date = QDate(2011, 5, 20);
    REQUIRE(service.save(moved).ok());
    CHECK(attendance.participationStart(anna) == QDate(2011, 5, 20));
    REQUIRE(service.remove(*id).ok());
    CHECK_FALSE(attendance.participationStart(anna).has_value());
}

TEST_CASE("The consultation log filters, totals and follow-ups", "[training][consultations]")
{
    test::TempProject project;
    auto& db = project.db();
    const qint64 alfa = addCoop(db, QStringLiteral("OSS Alfa"));
    const qint64 beta = addCoop(db, QStringLiteral("OSS Beta"));
    core::ConsultationService service(db);
    REQUIRE(service.save(consultation(QDate(2011, 1, 10), ConsultationArea::Legal, alfa, std::nullopt, 60)).ok());
    REQUIRE(service.save(consultation(QDate(2011, 2, 10), ConsultationArea::Legal, beta, std::nullopt, 90)).ok());
    REQUIRE(service.save(consultation(QDate(2011, 2, 11), ConsultationArea::Accounting, alfa, std::nullopt, 30,
                                      QStringLiteral("Ewa Księgowa")))
                .ok());
    auto withFollowUp = consultation(QDate(2011, 3, 1), ConsultationArea::Funding, beta, std::nullopt, 45);
    withFollowUp.followUpOn = QDate(2011, 3, 15);
    const auto followUpId = service.save(withFollowUp);
    REQUIRE(followUpId.ok());
    core::ConsultationRepository log(db);

    CHECK(log.list().size() == 4);
    CHECK(log.list({alfa, std::nullopt, {}, {}, {}}).size() == 2);
    CHECK(log.list({std::nullopt, ConsultationArea::Legal, {}, {}, {}}).size() == 2);
    CHECK(log.list({std::nullopt, std::nullopt, QStringLiteral("Ewa Księgowa"), {}, {}}).size() == 1);
    CHECK(log.list({std::nullopt, std::nullopt, {}, QDate(2011, 2, 1), QDate(2011, 2, 28)}).size() == 2);

    const auto byArea = log.totalsByArea(QDate(2011, 1, 1), QDate(2011, 2, 28));
    REQUIRE(byArea.size() == 2);
    CHECK(byArea[0].key == QStringLiteral("legal"));
    CHECK(byArea[0].count == 2);
    CHECK(byArea[0].minutes == 150);
    const auto byCoop = log.totalsBySocialCoop({}, {});
    REQUIRE(byCoop.size() == 2);
    CHECK(byCoop[0].name == QStringLiteral("OSS Alfa"));
    CHECK(byCoop[0].minutes == 90);
    CHECK(byCoop[1].count == 2);

    CHECK(log.openFollowUps(QDate(2011, 3, 14)).isEmpty());
    CHECK(log.openFollowUps(QDate(2011, 3, 15)).size() == 1);
    REQUIRE(service.setFollowUpDone(*followUpId, true).ok());
    CHECK(log.openFollowUps().isEmpty());
}
