// The change history: one row per record changed, written by the file's own triggers in the
// transaction of the change, with the person working, the program, the action and each
// field's value before and after.

#include "TrainingTestData.h"
#include "core/common/ProgramVersion.h"
#include "core/history/ChangeHistoryText.h"
#include "core/history/ChangeScope.h"
#include "core/io/CsvReader.h"
#include "core/io/DemoGenerator.h"
#include "core/io/ParticipantImport.h"
#include "core/services/AttendanceService.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/HousingCoopService.h"
#include "core/services/ParticipantService.h"
#include "core/services/ProjectSettingsService.h"
#include "core/services/ReportingPeriodService.h"
#include "core/services/ServiceWrite.h"
#include "core/storage/ChangeLogRepository.h"
#include "core/storage/ChangeLogTriggers.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/ParticipantRepository.h"
#include "support/IndicatorTestData.h"
#include "support/QtStringMakers.h"
#include "support/RecruitmentBuilders.h"
#include "support/SchemaBefore.h"
#include "support/TempProject.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace osiedle;
using core::ChangeEntry;
using core::ChangeLogRepository;

namespace {

QList<ChangeEntry> all(core::Database& db)
{
    return ChangeLogRepository(db).entries({});
}

// "column=before→after" for each field, in the JSON's order (by column name).
QStringList fieldsOf(const ChangeEntry& e)
{
    QStringList out;
    for (const core::FieldChange& f : e.fields) {
        out << QStringLiteral("%1=%2→%3")
                   .arg(f.column, f.before.toVariant().toString(), f.after.toVariant().toString());
    }
    return out;
}

QString fieldValue(const ChangeEntry& e, const QString& column, bool after = true)
{
    for (const core::FieldChange& f : e.fields) {
        if (f.column == column) {
            return (after ? f.after : f.before).toVariant().toString();
        }
    }
    return QStringLiteral("<absent>");
}

qint64 historyRows(core::Database& db)
{
    return db.scalar("SELECT count(*) FROM change_log");
}

} // namespace

TEST_CASE("Creating, editing and deleting a participant leaves one row each, with only what changed", "[history]")
{
    test::TempProject project;
    core::Database& db = project.db();
    db.setWorkingPerson(QStringLiteral("Anna Nowak"));
    core::ChangeNotifier changes;
    core::ParticipantService service(db, changes);
    REQUIRE(historyRows(db) == 0); // a new file has no history yet

    const auto id = service.create(test::aParticipant());
    REQUIRE(id.ok());
    core::Participant edited = *service.find(*id);
    edited.street = QStringLiteral("Krótka");
    edited.flat = QStringLiteral("3");
    REQUIRE(service.update(edited).ok());
    REQUIRE(service.remove(*id).ok());

    const QList<ChangeEntry> rows = all(db);
    REQUIRE(rows.size() == 3);
    const ChangeEntry& created = rows[2];
    const ChangeEntry& updated = rows[1];
    const ChangeEntry& deleted = rows[0];
    for (const ChangeEntry& e : rows) {
        CHECK(e.person == QStringLiteral("Anna Nowak"));
        CHECK(e.program == QCoreApplication::applicationName() + QLatin1Char(' ') + core::ProgramVersion::number());
        CHECK(e.action == QStringLiteral("edit"));
        CHECK(e.recordKind == QStringLiteral("participant"));
        CHECK(e.recordId == *id);
        CHECK(e.at.isValid());
        CHECK(qAbs(e.at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }
    CHECK(created.operation == QStringLiteral("insert"));
    CHECK(fieldValue(created, QStringLiteral("last_name")) == QStringLiteral("Kowalski"));
    CHECK(fieldValue(created, QStringLiteral("pesel")) == QStringLiteral("44051401359"));
    CHECK(fieldValue(created, QStringLiteral("arrears_at_entry")) == QStringLiteral("250000"));
    CHECK(fieldValue(created, QStringLiteral("notes")) == QStringLiteral("<absent>")); // empty: not listed
    CHECK(updated.operation == QStringLiteral("update"));
    CHECK(fieldsOf(updated) == QStringList{QStringLiteral("flat=12→3"), QStringLiteral("street=Lipowa→Krótka")});
    CHECK(deleted.operation == QStringLiteral("delete"));
    CHECK(fieldValue(deleted, QStringLiteral("street"), false) == QStringLiteral("Krótka"));
    CHECK(fieldValue(deleted, QStringLiteral("street"), true).isEmpty()); // nothing after a delete

    // Saving a record unchanged changes nothing, so it records nothing.
    const auto again = service.create(test::aParticipant());
    REQUIRE(again.ok());
    const qint64 before = historyRows(db);
    REQUIRE(service.update(*service.find(*again)).ok());
    CHECK(historyRows(db) == before);
}

TEST_CASE("A participant's rows hold its values as worked out by hand", "[history]")
{
    test::TempProject project;
    core::Database& db = project.db();
    db.exec("INSERT INTO participant (first_name, last_name, pesel, sex, birth_date, score, notes, street) "
            "VALUES ('Łucja', 'O''Neil \"Kośćińska\"', '02211307589', 'F', '2002-01-13', 7, '', 'Lipowa')");
    db.exec(
        "UPDATE participant SET street = 'Krótka', flat = '3', score = NULL, notes = '', arrears_at_entry = 125050");
    db.exec("UPDATE participant SET street = 'Krótka', notes = ''"); // nothing changes: no row
    db.exec("DELETE FROM participant");

    // Inserted and deleted: the columns holding something (a default 0 included; NULLs and
    // empty texts not), in the table's order; updated: what changed.
    QStringList raw;
    core::Statement rows = db.prepare("SELECT changes FROM change_log WHERE record_kind = 'participant' ORDER BY id");
    while (rows.step()) {
        raw << rows.text(0);
    }
    REQUIRE(raw.size() == 3);
    CHECK(raw[0] ==
          QStringLiteral(R"({"id":[null,1],"first_name":[null,"Łucja"],"last_name":[null,"O'Neil \"Kośćińska\""],)"
                         R"("pesel":[null,"02211307589"],"no_pesel":[null,0],"sex":[null,"F"],)"
                         R"("birth_date":[null,"2002-01-13"],"country":[null,"Polska"],"street":[null,"Lipowa"],)"
                         R"("arrears_at_entry":[null,0],"eviction_risk":[null,0],)"
                         R"("recruitment_status":[null,"candidate"],"score":[null,7]})"));
    CHECK(raw[1] ==
          QStringLiteral(
              R"({"street":["Lipowa","Krótka"],"flat":["","3"],"arrears_at_entry":[0,125050],"score":[7,null]})"));
    CHECK(raw[2] ==
          QStringLiteral(R"({"id":[1,null],"first_name":["Łucja",null],"last_name":["O'Neil \"Kośćińska\"",null],)"
                         R"("pesel":["02211307589",null],"no_pesel":[0,null],"sex":["F",null],)"
                         R"("birth_date":["2002-01-13",null],"country":["Polska",null],"street":["Krótka",null],)"
                         R"("flat":["3",null],"arrears_at_entry":[125050,null],"eviction_risk":[0,null],)"
                         R"("recruitment_status":["candidate",null]})"));
}

TEST_CASE("An undone and a redone change are recorded as such, with the values they wrote", "[history]")
{
    test::TempProject project;
    core::Database& db = project.db();
    core::ChangeNotifier changes;
    core::ParticipantService service(db, changes);
    const auto id = service.create(test::aParticipant());
    REQUIRE(id.ok());
    const core::Participant original = *service.find(*id);
    core::Participant moved = original;
    moved.street = QStringLiteral("Krótka");
    REQUIRE(service.update(moved).ok());
    {
        const core::ChangeScope undo(core::ChangeAction::Undo);
        REQUIRE(service.restore(original).ok());
    }
    {
        const core::ChangeScope redo(core::ChangeAction::Redo);
        REQUIRE(service.restore(moved).ok());
    }
    REQUIRE(service.update(original).ok()); // outside any scope: an edit again

    const QList<ChangeEntry> rows = all(db);
    REQUIRE(rows.size() == 5);
    CHECK(rows[3].action == QStringLiteral("edit"));
    CHECK(fieldsOf(rows[3]) == QStringList{QStringLiteral("street=Lipowa→Krótka")});
    CHECK(rows[2].action == QStringLiteral("undo"));
    CHECK(fieldsOf(rows[2]) == QStringList{QStringLiteral("street=Krótka→Lipowa")});
    CHECK(rows[1].action == QStringLiteral("redo"));
    CHECK(fieldsOf(rows[1]) == QStringList{QStringLiteral("street=Lipowa→Krótka")});
    CHECK(rows[0].action == QStringLiteral("edit"));
}

TEST_CASE("Undoing an import stays an undo inside the import's own scope", "[history]")
{
    CHECK(core::ChangeScope::current() == core::ChangeAction::Edit);
    {
        const core::ChangeScope undo(core::ChangeAction::Undo);
        const core::ChangeScope import(core::ChangeAction::Import);
        CHECK(core::ChangeScope::current() == core::ChangeAction::Undo);
    }
    {
        const core::ChangeScope settings(core::ChangeAction::Settings);
        const core::ChangeScope lock(core::ChangeAction::Lock);
        CHECK(core::ChangeScope::current() == core::ChangeAction::Lock);
    }
    CHECK(core::ChangeScope::current() == core::ChangeAction::Edit);
}

TEST_CASE("An import leaves one history row per participant imported, not one per file", "[history][import]")
{
    test::TempProject project;
    core::Database& db = project.db();
    core::ChangeNotifier changes;
    REQUIRE(core::HousingCoopService(db, changes).create(test::aHousingCoop(QStringLiteral("SM Przyszłość"))).ok());
    const qint64 before = historyRows(db);
    const QByteArray csv = "Imię;Nazwisko;PESEL\r\n"
                           "Łucja;Kośćińska;02211307589\r\n"
                           "Jan;Kowalski;44051401359\r\n"
                           "Ewa;Lis;\r\n";
    core::ParticipantImport import(db, changes);
    const auto table = core::CsvReader::parse(csv);
    REQUIRE(table.ok());
    const auto checked = import.check(*table);
    INFO((checked.problems.isEmpty() ? QString() : checked.problems.first().text()).toStdString());
    const auto written = import.write(checked, true);
    REQUIRE(written.ok());
    const int imported = *written;
    REQUIRE(imported >= 2);

    core::ChangeFilter filter;
    filter.recordKind = QStringLiteral("participant");
    const QList<ChangeEntry> rows = ChangeLogRepository(db).entries(filter);
    CHECK(historyRows(db) - before == imported);
    REQUIRE(rows.size() == imported);
    QStringList names;
    for (const ChangeEntry& e : rows) {
        CHECK(e.action == QStringLiteral("import"));
        CHECK(e.operation == QStringLiteral("insert"));
        names << fieldValue(e, QStringLiteral("last_name"));
    }
    CHECK(names.contains(QStringLiteral("Kośćińska")));
    CHECK(names.contains(QStringLiteral("Kowalski")));
}

TEST_CASE("An attendance mark is recorded on its participant's card, keyed by session and person",
          "[history][attendance]")
{
    test::TempProject project;
    core::Database& db = project.db();
    const qint64 course = test::addCourse(db, 10);
    const qint64 anna = test::addParticipant(db, QStringLiteral("Anna"), QStringLiteral("Nowak"));
    test::enrol(db, course, anna);
    const qint64 session = test::addSession(db, course, QDate(2011, 3, 1), 90);
    const qint64 before = historyRows(db);
    REQUIRE(core::AttendanceService(db).mark(session, anna, core::AttendanceStatus::Present).ok());
    REQUIRE(core::AttendanceService(db).mark(session, anna, core::AttendanceStatus::Excused).ok());

    core::ChangeFilter filter;
    filter.recordKind = QStringLiteral("attendance");
    const QList<ChangeEntry> marks = ChangeLogRepository(db).entries(filter);
    REQUIRE(marks.size() == 2);
    CHECK(marks[1].operation == QStringLiteral("insert"));
    CHECK_FALSE(marks[1].recordId.has_value()); // a composite key: named in the fields
    CHECK(fieldValue(marks[1], QStringLiteral("session_id")) == QString::number(session));
    CHECK(fieldValue(marks[1], QStringLiteral("participant_id")) == QString::number(anna));
    CHECK(fieldValue(marks[1], QStringLiteral("status")) == QStringLiteral("present"));
    CHECK(marks[0].operation == QStringLiteral("update"));
    CHECK(fieldsOf(marks[0]).contains(QStringLiteral("status=present→excused")));
    CHECK(fieldsOf(marks[0]).contains(QStringLiteral("session_id=%1→%1").arg(session)));
    CHECK(marks[0].ownerKind == QStringLiteral("participant"));
    CHECK(marks[0].ownerId == anna);

    // The card's history: the person's own rows and those of what belongs to them.
    core::ChangeFilter card;
    card.recordKind = QStringLiteral("participant");
    card.recordId = anna;
    const QList<ChangeEntry> onCard = ChangeLogRepository(db).entries(card);
    QStringList kinds;
    for (const ChangeEntry& e : onCard) {
        kinds << e.recordKind;
    }
    CHECK(kinds.count(QStringLiteral("attendance")) == 2);
    CHECK(kinds.count(QStringLiteral("participant")) >= 1);
    CHECK(kinds.contains(QStringLiteral("enrolment")));
    CHECK(historyRows(db) > before);
}

TEST_CASE("Locking and unlocking a period and changing settings are recorded as such", "[history][lock]")
{
    test::TempProject project;
    core::Database& db = project.db();
    test::fillIndicatorTestData(db);
    core::ReportingPeriodService periods(db);
    REQUIRE(periods.lock(2, QStringLiteral("Anna")).ok());
    REQUIRE(periods.unlock(2, QStringLiteral("Korekta"), QStringLiteral("Anna")).ok());

    core::ChangeFilter filter;
    filter.recordKind = QStringLiteral("reporting_period");
    const QList<ChangeEntry> rows = ChangeLogRepository(db).entries(filter);
    REQUIRE(rows.size() >= 2);
    CHECK(rows[1].action == QStringLiteral("lock"));
    CHECK(rows[1].recordId == 2);
    CHECK(fieldValue(rows[1], QStringLiteral("locked_on"), false).isEmpty());
    CHECK_FALSE(fieldValue(rows[1], QStringLiteral("locked_on")).isEmpty());
    // The report stored with the lock is derived from the data: not copied into the history.
    CHECK(fieldValue(rows[1], QStringLiteral("locked_report")) == QStringLiteral("<absent>"));
    CHECK(rows[0].action == QStringLiteral("unlock"));
    filter.recordKind = QStringLiteral("period_lock_log");
    const QList<ChangeEntry> log = ChangeLogRepository(db).entries(filter);
    REQUIRE(log.size() == 2);
    CHECK(log[0].action == QStringLiteral("unlock"));
    CHECK(fieldValue(log[0], QStringLiteral("reason")) == QStringLiteral("Korekta"));

    core::ProjectSettingsService settings(db);
    REQUIRE(settings.saveStaffMember({0, QStringLiteral("Beata Lis"), core::StaffRole::Trainer, {}}).ok());
    filter.recordKind = QStringLiteral("office_staff");
    const QList<ChangeEntry> staff = ChangeLogRepository(db).entries(filter);
    REQUIRE(staff.size() == 1);
    CHECK(staff[0].action == QStringLiteral("settings"));
    CHECK(fieldValue(staff[0], QStringLiteral("name")) == QStringLiteral("Beata Lis"));
}

TEST_CASE("History and change share one transaction", "[history]")
{
    test::TempProject project;
    core::Database& db = project.db();
    core::ChangeNotifier changes;
    const auto id = core::ParticipantService(db, changes).create(test::aParticipant());
    REQUIRE(id.ok());
    const qint64 rowsBefore = historyRows(db);

    SECTION("a change that fails half-way leaves neither its first write nor its history")
    {
        const core::Status failed = core::serviceWrite(db, changes, core::Topic::Participants, [&] {
            core::ParticipantRepository repo(db);
            core::Participant p = *repo.find(*id);
            p.street = QStringLiteral("Krótka");
            repo.update(p);                                // written, and its history row too
            core::Participant twin = test::aParticipant(); // the same PESEL: refused by the file
            repo.insert(twin);
        });
        REQUIRE_FALSE(failed.ok());
        CHECK(historyRows(db) == rowsBefore);
        CHECK(core::ParticipantRepository(db).find(*id)->street == QStringLiteral("Lipowa"));
    }
    SECTION("a history row that cannot be written stops the change")
    {
        db.exec("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.change_log "
                "BEGIN SELECT RAISE(ABORT, 'history refused'); END");
        core::ParticipantService service(db, changes);
        core::Participant p = *service.find(*id);
        p.street = QStringLiteral("Krótka");
        CHECK_FALSE(service.update(p).ok());
        db.exec("DROP TRIGGER temp.refuse");
        CHECK(service.find(*id)->street == QStringLiteral("Lipowa"));
        CHECK(historyRows(db) == rowsBefore);
    }
}

TEST_CASE("A demo project's creation is one history row", "[history][demo]")
{
    test::TempProject project;
    core::Database& db = project.db();
    db.setWorkingPerson(QStringLiteral("Demo"));
    const core::DemoSummary summary = core::DemoGenerator::write(db, {1, 7});
    REQUIRE(summary.participants > 100);
    const QList<ChangeEntry> rows = all(db);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].action == QStringLiteral("demo"));
    CHECK(rows[0].operation == QStringLiteral("summary"));
    CHECK(rows[0].person == QStringLiteral("Demo"));
    CHECK(fieldValue(rows[0], QStringLiteral("participants")) == QString::number(summary.participants));
    CHECK(fieldValue(rows[0], QStringLiteral("seed")) == QStringLiteral("7"));

    // After it, changes are recorded one by one again.
    db.exec("UPDATE housing_coop SET notes = 'po demo' WHERE id = 1");
    CHECK(historyRows(db) == 2);
}

TEST_CASE("A file of schema 6 keeps its data when the change history is added", "[history][migration]")
{
    test::TempProject project;
    test::fillIndicatorTestData(project.db());
    test::dropChangeLog(project.db());
    REQUIRE(project.db().userVersion() == 6);
    const qint64 participants = project.db().scalar("SELECT count(*) FROM participant");
    const qint64 marks = project.db().scalar("SELECT count(*) FROM attendance");
    const qint64 entries = project.db().scalar("SELECT count(*) FROM debt_entry");
    REQUIRE(participants == 9);
    project.close();
    project.reopen();
    core::Database& db = project.db();

    CHECK(db.userVersion() == core::Migrations::latestVersion());
    CHECK(db.userVersion() >= 7);
    CHECK(db.scalar("SELECT count(*) FROM participant") == participants);
    CHECK(db.scalar("SELECT count(*) FROM attendance") == marks);
    CHECK(db.scalar("SELECT count(*) FROM debt_entry") == entries);
    // The history starts with the updates of the format, one row for each step.
    const QList<ChangeEntry> rows = all(db);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].action == QStringLiteral("migration"));
    CHECK(fieldsOf(rows[1]) == QStringList{QStringLiteral("schema_version=6→7")});
    CHECK(rows[0].action == QStringLiteral("migration"));
    CHECK(fieldsOf(rows[0]) == QStringList{QStringLiteral("schema_version=7→8")});
    // From then on every change is recorded.
    db.exec("UPDATE participant SET street = 'Nowa' WHERE id = 1");
    CHECK(historyRows(db) == 3);
}

TEST_CASE("A file of schema 7 gets the triggers that build the changes in one call", "[history][migration]")
{
    test::TempProject project;
    test::fillIndicatorTestData(project.db());
    {
        // The file as schema 7 left it: its triggers gathered the changes by one sub-select per
        // column (here the participant's street only, enough to tell them apart).
        core::Database& old = project.db();
        core::ChangeLogTriggers::remove(old);
        old.exec("CREATE TRIGGER change_log_participant_update AFTER UPDATE ON participant "
                 "WHEN osiedle_change_recorded() BEGIN "
                 "INSERT INTO change_log (at, person, program, action, operation, record_kind, record_id, changes) "
                 "SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), osiedle_change_person(), osiedle_change_program(), "
                 "osiedle_change_action(), 'update', 'participant', NEW.id, j "
                 "FROM (SELECT json_group_object(c, json_array(o, n)) AS j, max(ch) AS anything "
                 "FROM (SELECT 'street' AS c, OLD.street AS o, NEW.street AS n, 1 AS ch "
                 "WHERE OLD.street IS NOT NEW.street)) WHERE anything; END");
        old.exec("UPDATE participant SET street = 'Stara' WHERE id = 1");
        old.exec("PRAGMA user_version = 7");
    }
    const qint64 participants = project.db().scalar("SELECT count(*) FROM participant");
    const qint64 rowsBefore = historyRows(project.db());
    project.close();
    project.reopen();
    core::Database& db = project.db();

    CHECK(db.userVersion() == core::Migrations::latestVersion());
    CHECK(db.userVersion() >= 8);
    CHECK(QFile::exists(project.path() + QStringLiteral(".before-v%1.bak").arg(core::Migrations::latestVersion())));
    CHECK(db.scalar("SELECT count(*) FROM participant") == participants);
    CHECK(db.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%json_group_object%'") ==
          0);
    const qint64 tables = db.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                    "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> 'change_log'");
    CHECK(db.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'change\\_log\\_%' "
                    "ESCAPE '\\' AND sql LIKE '%osiedle_changes(%'") == 3 * tables);
    // The history kept, and the update of the format added to it as one row.
    CHECK(historyRows(db) == rowsBefore + 1);
    const QList<ChangeEntry> rows = all(db);
    REQUIRE(rows.size() >= 2);
    CHECK(rows[0].action == QStringLiteral("migration"));
    CHECK(fieldsOf(rows[0]) == QStringList{QStringLiteral("schema_version=7→8")});
    CHECK(rows[1].operation == QStringLiteral("update"));
    CHECK(fieldValue(rows[1], QStringLiteral("street")) == QStringLiteral("Stara"));

    db.exec("UPDATE participant SET street = 'Nowa', flat = flat WHERE id = 1");
    core::Statement last = db.prepare("SELECT operation, record_id, changes FROM change_log ORDER BY id DESC LIMIT 1");
    REQUIRE(last.step());
    CHECK(last.text(0) == QStringLiteral("update"));
    CHECK(last.int64(1) == 1);
    CHECK(last.text(2) == QStringLiteral(R"({"street":["Stara","Nowa"]})"));
}

TEST_CASE("The history in people's words", "[history]")
{
    using core::ChangeHistoryText;
    CHECK(ChangeHistoryText::value(QStringLiteral("participant"), QStringLiteral("consent_on"),
                                   QJsonValue(QStringLiteral("2011-03-05"))) == QStringLiteral("05.03.2011"));
    CHECK(ChangeHistoryText::value(QStringLiteral("participant"), QStringLiteral("arrears_at_entry"),
                                   QJsonValue(123456)) == QStringLiteral("1\u00a0234,56\u00a0zł"));
    CHECK(ChangeHistoryText::value(QStringLiteral("participant"), QStringLiteral("eviction_risk"), QJsonValue(1)) ==
          QStringLiteral("yes"));
    CHECK(ChangeHistoryText::value(QStringLiteral("participant"), QStringLiteral("recruitment_status"),
                                   QJsonValue(QStringLiteral("qualified"))) ==
          core::label(core::RecruitmentStatus::Qualified));
    CHECK(ChangeHistoryText::value(QStringLiteral("participant"), QStringLiteral("street"), QJsonValue()) ==
          QStringLiteral("—"));
    CHECK(ChangeHistoryText::field(QStringLiteral("participant"), QStringLiteral("street")) ==
          QStringLiteral("Street"));
    CHECK(ChangeHistoryText::field(QStringLiteral("x"), QStringLiteral("some_new_column")) ==
          QStringLiteral("Some new column"));
    CHECK(ChangeHistoryText::recordKind(QStringLiteral("housing_coop")) == QStringLiteral("Housing cooperative"));

    ChangeEntry e;
    e.recordKind = QStringLiteral("participant");
    e.recordId = 17;
    e.operation = QStringLiteral("update");
    e.fields = {{QStringLiteral("street"), QJsonValue(QStringLiteral("Lipowa")), QJsonValue(QStringLiteral("Krótka"))},
                {QStringLiteral("flat"), QJsonValue(QStringLiteral("12")), QJsonValue(QStringLiteral("3"))}};
    CHECK(ChangeHistoryText::summary(e) == QStringLiteral("Street: Lipowa → Krótka; Flat no.: 12 → 3"));
    CHECK(ChangeHistoryText::record(e) == QStringLiteral("Participant no. 17"));
}
