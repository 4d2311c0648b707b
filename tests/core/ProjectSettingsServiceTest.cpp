#include "core/services/ProjectSettingsService.h"

#include "core/services/ProjectService.h"
#include "core/services/ReportingPeriodService.h"
#include "core/storage/Database.h"
#include "core/storage/IndicatorRepository.h"
#include "core/storage/Migrations.h"
#include "core/storage/ReportingPeriodRepository.h"
#include "core/storage/Transaction.h"
#include "support/IndicatorTestData.h"
#include "support/QtStringMakers.h"
#include "support/SchemaBefore.h"
#include "support/TempProject.h"

#include <catch2/catch.hpp>

using namespace osiedle;
using core::Project;
using core::ProjectSettingsService;

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QStringList fields(const core::FieldErrors& errors)
{
    QStringList keys;
    for (const core::FieldError& e : errors) {
        keys << e.field;
    }
    return keys;
}

/// A new project as File > New leaves it: title, dates, the default indicators and quarters.
void newProject(core::Database& db)
{
    core::ProjectDetails details;
    details.title = QStringLiteral("nowy");
    details.startDate = day("2012-01-01");
    details.endDate = day("2014-06-30");
    core::Transaction tx(db);
    core::ProjectService::writeStartingState(db, details);
    tx.commit();
}

/// Every field of the settings, each different from a new project's.
Project filledIn(Project p)
{
    p.title = QStringLiteral("Osiedlowe spółdzielnie socjalne – Mokotów");
    p.contractNumber = QStringLiteral("UDA-POKL.07.02.02-14-045/11");
    p.programme = QStringLiteral("Program Operacyjny Kapitał Ludzki");
    p.priority = QStringLiteral("VII Promocja integracji społecznej");
    p.measure = QStringLiteral("7.2.2 Wsparcie ekonomii społecznej");
    p.region = QStringLiteral("mazowieckie (Warszawa)");
    p.beneficiary = QStringLiteral("Fundacja „Dobre Sąsiedztwo”");
    p.beneficiaryAddress = QStringLiteral("ul. Puławska 101, 02-595 Warszawa");
    p.beneficiaryNip = QStringLiteral("856-734-62-15");
    p.beneficiaryRegon = QStringLiteral("192598184");
    p.place = QStringLiteral("Warszawa");
    p.foundingRules = core::FoundingRules::Rules2018;
    p.collected = {true, false, true};
    return p;
}

} // namespace

TEST_CASE("Project settings: every field is saved and read back, identifiers as their digits", "[project]")
{
    test::TempProject file;
    newProject(file.db());
    ProjectSettingsService service(file.db());
    auto before = service.project();
    REQUIRE(before.ok());
    CHECK(before->title == QStringLiteral("nowy"));
    CHECK(before->programme.startsWith(QStringLiteral("Program Operacyjny Kapitał Ludzki")));

    core::ProjectRepository repo(file.db());
    const auto coordinator =
        service.saveStaffMember({0, QStringLiteral("Anna Nowak"), core::StaffRole::Coordinator, {}});
    REQUIRE(coordinator.ok());
    Project wanted = filledIn(*before);
    wanted.signatoryId = coordinator->now.id;
    const auto saved = service.update(wanted);
    REQUIRE(saved.ok());
    CHECK(saved->before == *before);

    const auto read = service.project();
    REQUIRE(read.ok());
    Project expected = wanted;
    expected.beneficiaryNip = QStringLiteral("8567346215");
    CHECK(*read == expected);
    CHECK(read->beneficiaryNip == QStringLiteral("8567346215"));
    CHECK(read->collected.disability);
    CHECK_FALSE(read->collected.minority);
    CHECK(read->signatoryId == coordinator->now.id);
}

TEST_CASE("Project settings: bad values are refused field by field and nothing is written", "[project]")
{
    test::TempProject file;
    newProject(file.db());
    ProjectSettingsService service(file.db());
    const Project before = *service.project();

    Project bad = filledIn(before);
    bad.title = QStringLiteral("   ");
    bad.beneficiaryNip = QStringLiteral("8567346216");
    bad.beneficiaryRegon = QStringLiteral("12345");
    bad.startDate = day("2014-01-01");
    bad.endDate = day("2013-12-31");
    bad.signatoryId = 77;
    core::FieldErrors errors;
    const auto refused = service.update(bad, &errors);
    REQUIRE_FALSE(refused.ok());
    CHECK(fields(errors) == QStringList{QStringLiteral("title"), QStringLiteral("end_date"),
                                        QStringLiteral("beneficiary_nip"), QStringLiteral("beneficiary_regon"),
                                        QStringLiteral("signatory")});
    CHECK(errors[1].message.contains(QStringLiteral("31.12.2013")));
    CHECK(errors[2].message.contains(QStringLiteral("8567346216")));
    CHECK(*service.project() == before);

    Project typo = before;
    typo.startDate = QDate(213, 1, 1);
    CHECK(fields(ProjectSettingsService::validateFields(typo)) == QStringList{QStringLiteral("start_date")});
}

TEST_CASE("Changing the project's dates names what falls outside, by kind, count and example", "[project]")
{
    test::TempProject file;
    test::fillIndicatorTestData(file.db()); // 01.10.2010 – 30.06.2013, periods 1..3 (quarters to 30.06.2011)
    file.db().exec("INSERT INTO course (id, support_form_id, name, planned_minutes) "
                   "SELECT 1, id, 'Zajęcia integracyjne A', 2400 FROM support_form WHERE kind = 'integration'");
    file.db().exec("INSERT INTO session (course_id, date, minutes) VALUES (1, '2010-12-20', 240), "
                   "(1, '2011-01-10', 240), (1, '2013-05-06', 240)");
    ProjectSettingsService service(file.db());

    const auto change = service.previewDates(day("2011-01-01"), day("2013-03-31"));
    REQUIRE(change.ok());
    REQUIRE(change->needsConfirmation());
    QStringList kinds;
    for (const auto& outside : change->outside) {
        kinds << QStringLiteral("%1=%2").arg(outside.kind).arg(outside.count);
    }
    // Started support 15.11.2010 and 31.12.2010; KRS filing 01.11.2010, registration 01.12.2010;
    // sessions 20.12.2010 and 06.05.2013.
    CHECK(kinds == QStringList{QStringLiteral("participants who started support=2"),
                               QStringLiteral("training sessions=2"),
                               QStringLiteral("founding steps of social cooperatives=2")});
    CHECK(change->outside[0].examples == QStringList{QStringLiteral("Nazwisko1 Osoba1 (15.11.2010)"),
                                                     QStringLiteral("Nazwisko2 Osoba2 (31.12.2010)")});
    CHECK(change->outside[1].examples == QStringList{QStringLiteral("Zajęcia integracyjne A (20.12.2010)"),
                                                     QStringLiteral("Zajęcia integracyjne A (06.05.2013)")});
    // Period 1 (Q4 2010) is removed, 2 and 3 become 1 and 2; the project gains no days.
    REQUIRE(change->periods.removed.size() == 1);
    CHECK(change->periods.removed[0].number == 1);
    CHECK(change->periods.changed.size() == 2);
    CHECK(change->periods.added.isEmpty());
    const QString text = change->describe().join(QLatin1Char('\n'));
    CHECK(text.contains(QStringLiteral("training sessions: 2, e.g. Zajęcia integracyjne A (20.12.2010)")));
    CHECK(text.contains(QStringLiteral("period no. 1 (01.10.2010 – 31.12.2010) is removed")));

    const auto unchanged = service.previewDates(day("2010-10-01"), day("2013-06-30"));
    REQUIRE(unchanged.ok());
    CHECK_FALSE(unchanged->needsConfirmation());
}

TEST_CASE("Changing the dates fits the periods, is undone with them, and is refused while a locked one would move",
          "[project]")
{
    test::TempProject file;
    test::fillIndicatorTestData(file.db());
    core::IndicatorRepository(file.db()).setManualValue(
        {QStringLiteral("DELIVERABLES"), 1, core::IndicatorValue{2, std::nullopt, std::nullopt}});
    ProjectSettingsService service(file.db());
    core::ReportingPeriodRepository periods(file.db());
    const Project before = *service.project();

    SECTION("open periods move with the dates and come back on undo")
    {
        Project later = before;
        later.startDate = day("2011-01-01");
        const auto change = service.update(later);
        REQUIRE(change.ok());
        REQUIRE(change->periodsBefore.has_value());
        CHECK(periods.all().size() == 2); // the quarters of 2011 that were periods 2 and 3
        CHECK(periods.all().first().from == day("2011-01-01"));
        CHECK(periods.all().first().number == 1);
        CHECK(periods.all().first().claimNumber == QStringLiteral("WNP-2/2011"));

        REQUIRE(service.restore(change->before, change->periodsBefore).ok());
        CHECK(*service.project() == before);
        const auto back = periods.all();
        REQUIRE(back.size() == 3);
        CHECK(back[0].claimNumber == QStringLiteral("WNP-1/2011"));
        CHECK(back[0].from == day("2010-10-01"));
        CHECK(core::IndicatorRepository(file.db()).manualValuesOfPeriod(1).size() == 1);

        REQUIRE(service.restore(change->after, change->periodsAfter).ok());
        CHECK(service.project()->startDate == day("2011-01-01"));
        CHECK(periods.all().size() == 2);
    }
    SECTION("a locked period that would fall outside refuses the change and nothing is written")
    {
        REQUIRE(core::ReportingPeriodService(file.db()).lock(1, QStringLiteral("Anna")).ok());
        Project later = before;
        later.startDate = day("2011-01-01");
        later.title = QStringLiteral("Changed too");
        const auto change = service.update(later);
        REQUIRE_FALSE(change.ok());
        CHECK(change.error().message.contains(QStringLiteral("no. 1 (01.10.2010 – 31.12.2010)")));
        CHECK(change.error().message.contains(QStringLiteral("locked")));
        CHECK(*service.project() == before);
        CHECK(periods.all().size() == 3);
        CHECK_FALSE(service.previewDates(day("2011-01-01"), day("2013-06-30")).ok());
    }
    SECTION("the end can move while the first period is locked")
    {
        REQUIRE(core::ReportingPeriodService(file.db()).lock(1, QStringLiteral("Anna")).ok());
        Project longer = before;
        longer.endDate = day("2013-09-30");
        REQUIRE(service.update(longer).ok());
        const auto now = periods.all();
        REQUIRE(now.size() == 4); // the quarter gained is added; the locked period stays as it was
        CHECK(now[0].locked);
        CHECK(now[0].number == 1);
        CHECK(now[3].from == day("2013-07-01"));
    }
}

TEST_CASE("Generated periods: quarters with claim numbers, undone as a whole", "[project]")
{
    test::TempProject file;
    newProject(file.db()); // 01.01.2012 – 30.06.2014: ten quarters
    ProjectSettingsService service(file.db());
    core::ReportingPeriodRepository periods(file.db());
    REQUIRE(periods.all().size() == 10);

    const auto preview = service.previewPeriods(6, QStringLiteral("WNP/{n}/2012"));
    REQUIRE(preview.ok());
    CHECK(preview->periods.size() == 5);
    CHECK(periods.all().size() == 10); // a preview writes nothing

    const auto halves = service.generatePeriods(6, QStringLiteral("WNP/{n}/2012"));
    REQUIRE(halves.ok());
    const auto now = periods.all();
    REQUIRE(now.size() == 5);
    CHECK(now[4].from == day("2014-01-01"));
    CHECK(now[4].claimNumber == QStringLiteral("WNP/5/2012"));

    REQUIRE(service.restorePeriods(halves->before).ok());
    CHECK(periods.all().size() == 10);
    REQUIRE(service.restorePeriods(halves->after).ok());
    CHECK(periods.all().size() == 5);
}

TEST_CASE("Partners: added, edited, removed and put back, with their register numbers checked", "[project]")
{
    test::TempProject file;
    newProject(file.db());
    ProjectSettingsService service(file.db());
    core::ProjectRepository repo(file.db());

    core::Partner leader{0,
                         QStringLiteral("Fundacja „Dobre Sąsiedztwo”"),
                         core::PartnerRole::Leader,
                         QStringLiteral("413516"),
                         QStringLiteral("PL 856-734-62-15"),
                         QStringLiteral("192598184"),
                         QStringLiteral("ul. Puławska 101, Warszawa"),
                         QStringLiteral("Anna Nowak, 22 111 22 33"),
                         QStringLiteral("Zarządzanie projektem, szkolenia")};
    const auto saved = service.savePartner(leader);
    REQUIRE(saved.ok());
    CHECK_FALSE(saved->before.has_value());
    const core::Partner added = saved->now;
    CHECK(added.krs == QStringLiteral("0000413516"));
    CHECK(added.nip == QStringLiteral("8567346215"));
    CHECK(repo.partners().size() == 1);

    core::Partner edited = added;
    edited.responsibility = QStringLiteral("Rekrutacja");
    const auto changed = service.savePartner(edited);
    REQUIRE(changed.ok());
    REQUIRE(changed->before.has_value());
    CHECK(changed->before->responsibility == QStringLiteral("Zarządzanie projektem, szkolenia"));
    CHECK(repo.partner(added.id)->responsibility == QStringLiteral("Rekrutacja"));
    REQUIRE(service.restorePartner(*changed->before).ok());
    CHECK(repo.partner(added.id)->responsibility == QStringLiteral("Zarządzanie projektem, szkolenia"));

    const auto removed = service.removePartner(added.id);
    REQUIRE(removed.ok());
    CHECK(repo.partners().isEmpty());
    CHECK_FALSE(service.savePartner(edited).ok()); // a partner removed meanwhile is not written back by an edit
    REQUIRE(service.restorePartner(*removed).ok());
    REQUIRE(repo.partners().size() == 1);
    CHECK(repo.partners().first() == added);

    core::FieldErrors errors;
    core::Partner bad{0, {}, core::PartnerRole::Partner, QStringLiteral("12a"), QStringLiteral("123"), {}, {}, {}, {}};
    CHECK_FALSE(service.savePartner(bad, &errors).ok());
    CHECK(fields(errors) == QStringList{QStringLiteral("name"), QStringLiteral("krs"), QStringLiteral("nip")});
    CHECK(repo.partners().size() == 1);
}

TEST_CASE("Office staff: the default signatory is the chosen one, else the first coordinator", "[project]")
{
    test::TempProject file;
    newProject(file.db());
    ProjectSettingsService service(file.db());
    CHECK_FALSE(service.defaultSignatory().has_value());

    const auto trainerSaved = service.saveStaffMember({0, QStringLiteral("Beata Lis"), core::StaffRole::Trainer, {}});
    REQUIRE(trainerSaved.ok());
    const core::StaffMember trainer = trainerSaved->now;
    CHECK(service.defaultSignatory()->name == QStringLiteral("Beata Lis"));
    const auto coordinator = service.saveStaffMember(
        {0, QStringLiteral("Zenon Wójcik"), core::StaffRole::Coordinator, QStringLiteral("Koordynator projektu")});
    REQUIRE(coordinator.ok());
    CHECK(service.defaultSignatory()->name == QStringLiteral("Zenon Wójcik"));
    CHECK(coordinator->now.signatureLine() == QStringLiteral("Zenon Wójcik, Koordynator projektu"));

    Project p = *service.project();
    p.signatoryId = trainer.id;
    REQUIRE(service.update(p).ok());
    CHECK(service.defaultSignatory()->name == QStringLiteral("Beata Lis"));

    // Removing the signatory clears the choice; putting the person back restores it.
    const auto removed = service.removeStaffMember(trainer.id);
    REQUIRE(removed.ok());
    CHECK(removed->wasSignatory);
    CHECK_FALSE(service.project()->signatoryId.has_value());
    CHECK(service.defaultSignatory()->name == QStringLiteral("Zenon Wójcik"));
    REQUIRE(service.restoreStaffMember(*removed).ok());
    CHECK(service.project()->signatoryId == trainer.id);

    core::FieldErrors errors;
    CHECK_FALSE(service.saveStaffMember({0, QStringLiteral(" "), core::StaffRole::Adviser, {}}, &errors).ok());
    CHECK(fields(errors) == QStringList{QStringLiteral("name")});
}

TEST_CASE("Days off and the logo strip: set, changed and put back", "[project]")
{
    test::TempProject file;
    newProject(file.db());
    ProjectSettingsService service(file.db());
    core::ProjectRepository repo(file.db());

    const auto first = service.putDayOff({day("2012-05-02"), QStringLiteral("Biuro nieczynne")});
    REQUIRE(first.ok());
    CHECK_FALSE(first->has_value());
    const auto second = service.putDayOff({day("2012-05-02"), QStringLiteral("Inwentaryzacja")});
    REQUIRE(second.ok());
    CHECK((*second)->reason == QStringLiteral("Biuro nieczynne"));
    REQUIRE(service.restoreDayOff(day("2012-05-02"), *second).ok());
    CHECK(repo.daysOff().first().reason == QStringLiteral("Biuro nieczynne"));
    REQUIRE(service.restoreDayOff(day("2012-05-02"), std::nullopt).ok());
    CHECK(repo.daysOff().isEmpty());
    core::FieldErrors errors;
    CHECK_FALSE(service.putDayOff({day("2012-05-02"), QString()}, &errors).ok());
    CHECK(fields(errors) == QStringList{QStringLiteral("reason")});
    CHECK_FALSE(service.removeDayOff(day("2012-05-03")).ok());

    const core::LogoStrip strip{QByteArray("<svg width='400' height='40'/>"), core::LogoFormat::Svg};
    const auto none = service.setLogo(strip);
    REQUIRE(none.ok());
    CHECK_FALSE(none->has_value());
    CHECK(repo.logo() == strip);
    CHECK(repo.printedIdentity().logo == strip);
    const auto previous = service.setLogo(std::nullopt);
    REQUIRE(previous.ok());
    CHECK(*previous == strip);
    CHECK_FALSE(repo.logo().has_value());
}

TEST_CASE("Migration 3 brings a file of the previous schema up, keeping its partners' notes", "[project][storage]")
{
    test::TempProject file;
    newProject(file.db());
    // Back to the schema before migration 3 (so also before 6), with a partner whose notes must
    // survive.
    test::dropQuestionnaires(file.db());
    file.db().exec("DROP TABLE office_staff;"
                   "ALTER TABLE project DROP COLUMN signatory_id;"
                   "ALTER TABLE project DROP COLUMN logo_format;"
                   "ALTER TABLE project DROP COLUMN logo;"
                   "ALTER TABLE project DROP COLUMN beneficiary_regon;"
                   "ALTER TABLE project DROP COLUMN beneficiary_nip;"
                   "ALTER TABLE partner RENAME COLUMN responsibility TO notes;"
                   "INSERT INTO partner (name, role, notes) VALUES ('Lider', 'leader', 'Rekrutacja i szkolenia');"
                   "PRAGMA user_version = 2");
    file.close();
    file.reopen();
    CHECK(file.db().userVersion() == core::Migrations::latestVersion());
    core::ProjectRepository repo(file.db());
    REQUIRE(repo.partners().size() == 1);
    CHECK(repo.partners().first().responsibility == QStringLiteral("Rekrutacja i szkolenia"));
    CHECK(repo.partners().first().role == core::PartnerRole::Leader);
    CHECK(repo.project()->title == QStringLiteral("nowy"));
    CHECK(repo.project()->beneficiaryNip.isEmpty());
    CHECK(repo.staff().isEmpty());
    CHECK_FALSE(repo.logo().has_value());
}
