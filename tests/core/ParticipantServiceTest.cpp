#include "core/services/ParticipantService.h"

#include "core/domain/Pesel.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/HousingCoopService.h"
#include "core/storage/Database.h"
#include "support/QtStringMakers.h"
#include "support/RecruitmentBuilders.h"
#include "support/TempProject.h"

using namespace osiedle;
using core::FieldError;
using core::Participant;

namespace {

QStringList fieldsOf(const core::FieldErrors& errors)
{
    QStringList out;
    for (const FieldError& e : errors) {
        out.append(e.field);
    }
    return out;
}

QString messageFor(const core::FieldErrors& errors, const QString& field)
{
    for (const FieldError& e : errors) {
        if (e.field == field) {
            return e.message;
        }
    }
    return {};
}

} // namespace

TEST_CASE("Participant fields are validated with a message per field", "[participants]")
{
    test::TempProject project;
    core::ChangeNotifier changes;
    core::ParticipantService service(project.db(), changes);

    SECTION("a complete record has no errors")
    {
        CHECK(service.validate(core::ParticipantService::derived(test::aParticipant())).isEmpty());
    }
    SECTION("each bad field is named")
    {
        Participant p = test::aParticipant(QStringLiteral("44051401358"));
        p.firstName = QStringLiteral("  ");
        p.postalCode = QStringLiteral("05-2000");
        p.email = QStringLiteral("jan.kowalski");
        p.teryt = QStringLiteral("14341");
        p.arrearsAtEntry = core::Money::fromZloty(-5);
        p.completion = core::Completion::DroppedOut;
        const auto errors = service.validate(core::ParticipantService::derived(p));
        CHECK(fieldsOf(errors) == QStringList{QStringLiteral("first_name"), QStringLiteral("pesel"),
                                              QStringLiteral("postal_code"), QStringLiteral("teryt"),
                                              QStringLiteral("email"), QStringLiteral("arrears_at_entry"),
                                              QStringLiteral("participation_end"), QStringLiteral("dropout_reason")});
        CHECK(messageFor(errors, QStringLiteral("pesel")) == QStringLiteral("PESEL 44051401358: wrong check digit"));
        CHECK(messageFor(errors, QStringLiteral("email")) == QStringLiteral("E-mail jan.kowalski is not an address."));
    }
    SECTION("without PESEL, sex and birth date must be typed")
    {
        Participant p = test::aParticipant(QString());
        p.noPesel = true;
        CHECK(fieldsOf(service.validate(core::ParticipantService::derived(p))) ==
              QStringList{QStringLiteral("sex"), QStringLiteral("birth_date")});
        p.sex = core::Sex::Female;
        p.birthDate = QDate(1980, 2, 3);
        CHECK(service.validate(core::ParticipantService::derived(p)).isEmpty());
    }
}

TEST_CASE("Sex and birth date come from the PESEL and the area from the gmina type", "[participants]")
{
    Participant p = test::aParticipant(QStringLiteral(" 02211307589 "));
    p.sex = core::Sex::Male; // typed values are ignored when there is a PESEL
    p.birthDate = QDate(1990, 1, 1);
    p.teryt = QStringLiteral("1434125"); // rural part of Wołomin gmina
    p.postalCode = QStringLiteral("05200");
    const Participant d = core::ParticipantService::derived(p);
    CHECK(d.pesel == QStringLiteral("02211307589"));
    CHECK(d.sex == core::Sex::Female);
    CHECK(d.birthDate == QDate(2002, 1, 13));
    CHECK(d.area == core::Area::Rural);
    CHECK(d.voivodeship == QStringLiteral("mazowieckie"));
    CHECK(d.powiat == QStringLiteral("wołomiński"));
    CHECK(d.gmina == QStringLiteral("Wołomin"));
    CHECK(d.postalCode == QStringLiteral("05-200"));
    p.teryt = QStringLiteral("1465011");
    CHECK(core::ParticipantService::derived(p).area == core::Area::Urban);
    p.teryt = QStringLiteral("1434052"); // Dąbrówka, a rural gmina
    CHECK(core::ParticipantService::derived(p).area == core::Area::Rural);
}

TEST_CASE("Age at entry is taken at the participation start", "[participants]")
{
    Participant p = core::ParticipantService::derived(test::aParticipant());
    CHECK(!p.ageAtEntry());
    p.participationStart = QDate(2011, 5, 13);
    CHECK(p.ageAtEntry() == 66);
    p.participationStart = QDate(2011, 5, 14);
    CHECK(p.ageAtEntry() == 67);
}

TEST_CASE("The same PESEL twice is refused, naming the person already recorded", "[participants]")
{
    test::TempProject project;
    core::ChangeNotifier changes;
    core::ParticipantService service(project.db(), changes);
    REQUIRE(service.create(test::aParticipant()).ok());
    Participant again = test::aParticipant();
    again.firstName = QStringLiteral("Janusz");
    core::FieldErrors errors;
    auto created = service.create(again, &errors);
    REQUIRE(!created.ok());
    CHECK(created.error().message == QStringLiteral("PESEL 44051401359 is already recorded for Kowalski Jan."));
    CHECK(fieldsOf(errors) == QStringList{QStringLiteral("pesel")});
    CHECK(project.db().scalar("SELECT count(*) FROM participant") == 1);
}

TEST_CASE("Create, edit and delete a participant, delete refused when records use them", "[participants]")
{
    test::TempProject project;
    core::ChangeNotifier changes;
    int notified = 0;
    QObject::connect(&changes, &core::ChangeNotifier::changed,
                     [&](core::Topic t) { notified += t == core::Topic::Participants ? 1 : 0; });
    core::ParticipantService service(project.db(), changes);
    auto id = service.create(test::aParticipant());
    INFO((id.ok() ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    CHECK(notified == 1);
    auto stored = service.find(*id);
    REQUIRE(stored);
    CHECK(stored->sex == core::Sex::Male);
    CHECK(stored->birthDate == QDate(1944, 5, 14));
    CHECK(stored->area == core::Area::Urban);
    CHECK(service.repository().missingMask(*id) == 0);

    stored->street = QStringLiteral("Długa");
    REQUIRE(service.update(*stored).ok());
    CHECK(service.find(*id)->street == QStringLiteral("Długa"));

    project.db().exec("INSERT INTO housing_coop (id, name) VALUES (1, 'SM')");
    project.db().exec(QByteArray("INSERT INTO debt_account (participant_id, housing_coop_id, opened_on) VALUES (") +
                      QByteArray::number(*id) + ", 1, '2011-01-01')");
    auto refused = service.remove(*id);
    REQUIRE(!refused.ok());
    CHECK(refused.error().message == QStringLiteral("Kowalski Jan cannot be deleted: used by 1 debt account(s)."));
    project.db().exec("DELETE FROM debt_account");
    REQUIRE(service.remove(*id).ok());
    CHECK(!service.find(*id));
    // undo of the delete brings back the same record with the same id
    REQUIRE(service.restore(*stored).ok());
    CHECK(service.find(*id) == stored);
}

TEST_CASE("Completeness: what is missing is known per participant", "[participants]")
{
    test::TempProject project;
    core::ChangeNotifier changes;
    core::ParticipantService service(project.db(), changes);
    Participant p = test::aParticipant();
    p.education.reset();
    p.consentOn = QDate();
    auto id = service.create(p);
    REQUIRE(id.ok());
    CHECK(service.repository().missingMask(*id) == (16 | 256));
}

TEST_CASE("Completion: end date, completed or dropped out with a reason", "[participants]")
{
    test::TempProject project;
    core::ChangeNotifier changes;
    core::ParticipantService service(project.db(), changes);
    auto id = service.create(test::aParticipant());
    REQUIRE(id.ok());
    auto refused = service.complete(*id, QDate(2012, 6, 30), core::Completion::DroppedOut);
    CHECK(refused.error().message == QStringLiteral("Give the reason for dropping out."));
    REQUIRE(service.complete(*id, QDate(2012, 6, 30), core::Completion::DroppedOut, QStringLiteral("moved away")).ok());
    const auto p = service.find(*id);
    CHECK(p->completion == core::Completion::DroppedOut);
    CHECK(p->participationEnd == QDate(2012, 6, 30));
    CHECK(p->dropoutReason == QStringLiteral("moved away"));
}

TEST_CASE("The card refuses an end without its outcome, and an outcome without its end", "[participants]")
{
    Participant p = test::aParticipant();
    p.participationEnd = QDate(2012, 6, 30);
    const core::FieldErrors noOutcome = core::ParticipantService::validateFields(core::ParticipantService::derived(p));
    CHECK(fieldsOf(noOutcome) == QStringList{QStringLiteral("completion")});
    CHECK(messageFor(noOutcome, QStringLiteral("completion")).contains(QStringLiteral("how the participation ended")));

    p.participationEnd = QDate();
    p.completion = core::Completion::Completed;
    CHECK(fieldsOf(core::ParticipantService::validateFields(core::ParticipantService::derived(p))) ==
          QStringList{QStringLiteral("participation_end")});

    p.participationEnd = QDate(2012, 6, 30);
    CHECK(core::ParticipantService::validateFields(core::ParticipantService::derived(p)).isEmpty());
}

TEST_CASE("The card refuses a PESEL whose birth date lies after the day of entry", "[participants]")
{
    // 2088-01-12, checksum valid: after any day of entry.
    Participant p = test::aParticipant(core::Pesel::fromParts(QDate(2088, 1, 12), core::Sex::Female, 7).digits());
    const core::FieldErrors future = core::ParticipantService::validateFields(core::ParticipantService::derived(p));
    CHECK(fieldsOf(future) == QStringList{QStringLiteral("pesel")});
    CHECK(
        messageFor(future, QStringLiteral("pesel")).contains(QStringLiteral("nobody is recruited before being born")));

    // Born on the recruitment day: allowed; a day later: refused.
    p = test::aParticipant(core::Pesel::fromParts(QDate(2011, 3, 1), core::Sex::Male, 8).digits());
    p.recruitedOn = QDate(2011, 3, 1);
    CHECK(core::ParticipantService::validateFields(core::ParticipantService::derived(p)).isEmpty());
    p.recruitedOn = QDate(2011, 2, 28);
    CHECK(fieldsOf(core::ParticipantService::validateFields(core::ParticipantService::derived(p))) ==
          QStringList{QStringLiteral("pesel")});
}
