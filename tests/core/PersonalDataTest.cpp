#include "core/indicators/DataProblems.h"
#include "core/indicators/LockedReport.h"
#include "core/indicators/ProjectParticipants.h"
#include "core/io/IndicatorReportJson.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/ParticipantService.h"
#include "core/services/PersonalDataService.h"
#include "core/services/ProjectSettingsService.h"
#include "core/services/ReportingPeriodService.h"
#include "core/storage/Database.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/ReportingPeriodRepository.h"
#include "support/DemoFiles.h"
#include "support/FileBytes.h"
#include "support/PrivacyChecks.h"
#include "support/QtStringMakers.h"
#include "support/RecruitmentBuilders.h"
#include "support/SchemaBefore.h"
#include "support/TempProject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace osiedle;

namespace {

// Every row of every table that names the person.
qint64 rowsOf(core::Database& db, qint64 id)
{
    qint64 total = 0;
    for (const char* table :
         {"participant", "attendance", "enrolment", "consultation", "membership", "employment", "work_hours",
          "debt_account", "eviction_case", "nomination", "event_attendee", "survey_respondent", "survey_answer"}) {
        const QByteArray column = QByteArray(table) == "participant" ? "id" : "participant_id";
        total += test::countFor(db, QByteArray("SELECT count(*) FROM ") + table + " WHERE " + column + " = ?1", id);
    }
    return total;
}

// A copy of the demo project, open.
struct OpenDemo {
    OpenDemo() : path(test::demoCopy(1, dir.path()))
    {
        auto opened = core::Database::open(path);
        REQUIRE(opened.ok());
        db = std::move(opened.value());
    }
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<core::Database> db;
    core::ChangeNotifier changes;
};

void setKeepUntil(core::Database& db, const QDate& date)
{
    core::Statement st = db.prepare("UPDATE project SET keep_documents_until = ?1");
    st.bind(1, date);
    st.exec();
}

// The JSON report of every period, with the names of people taken out (the only thing an
// anonymisation may change, and with them the order of the lists sorted by name).
QStringList reportsWithoutNames(core::Database& db)
{
    QStringList reports;
    for (const core::ReportingPeriod& period : core::ReportingPeriodRepository(db).all()) {
        const auto report = core::LockedReport::compute(db, period);
        REQUIRE(report.ok());
        QJsonObject json = core::IndicatorReportJson::toJson(*report);
        QJsonArray quality = json.value(QStringLiteral("data_quality")).toArray();
        for (qsizetype i = 0; i < quality.size(); ++i) {
            QJsonObject item = quality.at(i).toObject();
            for (const char* key : {"name", "first_name", "last_name"}) {
                item.remove(QLatin1String(key));
            }
            quality.replace(i, item);
        }
        QStringList items;
        for (const QJsonValue& item : quality) {
            items << QString::fromUtf8(QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact));
        }
        items.sort();
        json.insert(QStringLiteral("data_quality"), QJsonArray::fromStringList(items));
        reports << QString::fromUtf8(QJsonDocument(json).toJson());
    }
    return reports;
}

} // namespace

TEST_CASE("Migration 5 adds the withdrawal of consent and the archiving date and keeps the data",
          "[privacy][migration]")
{
    test::TempProject project;
    core::ChangeNotifier changes;
    const auto id = core::ParticipantService(project.db(), changes).create(test::aParticipant());
    REQUIRE(id.ok());
    // Back to the schema before migration 5: from version 3, and a file of version 6 made before
    // migration 5 existed.
    const int version = GENERATE(3, 6);
    // The change history (migration 7) goes first: its triggers name every column.
    if (version == 3) {
        test::dropQuestionnaires(project.db()); // and with them the change history
    } else {
        test::dropChangeLog(project.db());
    }
    project.db().exec("ALTER TABLE participant DROP COLUMN consent_withdrawn_on");
    project.db().exec("ALTER TABLE project DROP COLUMN keep_documents_until");
    project.db().exec(QByteArray("PRAGMA user_version = ") + QByteArray::number(version));
    project.close();
    project.reopen();
    core::Database& db = project.db();
    CHECK(db.userVersion() == core::Database::currentSchemaVersion());
    CHECK(db.scalar("SELECT count(*) FROM pragma_table_info('participant') WHERE name = 'consent_withdrawn_on'") == 1);
    CHECK(db.scalar("SELECT count(*) FROM pragma_table_info('project') WHERE name = 'keep_documents_until'") == 1);
    const auto kept = core::ParticipantService(db, changes).find(*id);
    REQUIRE(kept);
    CHECK(kept->lastName == QStringLiteral("Kowalski"));
    CHECK(kept->consentOn == QDate(2011, 3, 1));
    CHECK_FALSE(kept->consentWithdrawnOn.isValid());
    // The columns work: a withdrawal is stored and read back.
    core::Participant withdrawn = *kept;
    withdrawn.consentWithdrawnOn = QDate(2012, 5, 7);
    REQUIRE(core::ParticipantService(db, changes).update(withdrawn).ok());
    CHECK(core::ParticipantService(db, changes).find(*id)->consentWithdrawnOn == QDate(2012, 5, 7));
}

TEST_CASE("A withdrawal of consent is checked and listed with the persons without consent", "[privacy][consent]")
{
    test::TempProject project;
    core::ChangeNotifier changes;
    core::ParticipantService service(project.db(), changes);
    core::Participant p = test::aParticipant();
    p.consentWithdrawnOn = QDate(2011, 2, 1); // before the consent of 01.03.2011
    core::FieldErrors errors;
    CHECK_FALSE(service.create(p, &errors).ok());
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().field == QStringLiteral("consent_withdrawn_on"));
    CHECK(errors.first().message.contains(QStringLiteral("01.02.2011")));
    CHECK(errors.first().message.contains(QStringLiteral("01.03.2011")));
    p.consentOn = QDate();
    errors.clear();
    CHECK_FALSE(service.create(p, &errors).ok());
    CHECK(errors.first().field == QStringLiteral("consent_withdrawn_on"));

    p = test::aParticipant();
    p.consentWithdrawnOn = QDate(2012, 4, 2);
    const auto withdrew = service.create(p);
    REQUIRE(withdrew.ok());
    core::Participant none = test::aParticipant(QStringLiteral("02070803628"));
    none.lastName = QStringLiteral("Bez Zgody");
    none.consentOn = QDate();
    const auto without = service.create(none);
    REQUIRE(without.ok());
    core::Participant fine = test::aParticipant(QStringLiteral("85010112345"));
    const auto given = service.create(fine);
    REQUIRE(given.ok());

    using Kind = core::IndicatorReport::DataProblem::Kind;
    QList<qint64> noConsent;
    QList<qint64> withdrawn;
    for (const auto& problem : core::DataProblems::read(project.db())) {
        if (problem.kind == Kind::NoConsent) {
            noConsent << problem.recordId;
        } else if (problem.kind == Kind::ConsentWithdrawn) {
            withdrawn << problem.recordId;
            CHECK(problem.date == QDate(2012, 4, 2));
            CHECK(core::DataProblems::describe(problem, QDate()).contains(QStringLiteral("02.04.2012")));
        }
    }
    CHECK(noConsent == QList<qint64>{*without});
    CHECK(withdrawn == QList<qint64>{*withdrew});
}

TEST_CASE("The archiving date is not before the project's end", "[privacy][settings]")
{
    OpenDemo demo;
    core::ProjectSettingsService service(*demo.db);
    auto current = service.project();
    REQUIRE(current.ok());
    core::Project p = *current;
    p.keepDocumentsUntil = p.endDate.addDays(-1);
    const core::FieldErrors refused = core::ProjectSettingsService::validateFields(p);
    REQUIRE(refused.size() == 1);
    CHECK(refused.first().field == QStringLiteral("keep_documents_until"));
    p.keepDocumentsUntil = QDate(2020, 12, 31);
    REQUIRE(service.update(p).ok());
    CHECK(core::ProjectRepository(*demo.db).project()->keepDocumentsUntil == QDate(2020, 12, 31));
}

TEST_CASE("A person who never started support is erased with every record of theirs", "[privacy][erasure]")
{
    OpenDemo demo;
    core::Database& db = *demo.db;
    core::PersonalDataService service(db, demo.changes);
    // A candidate on the reserve list, never supported, with a debt case and a course place.
    const qint64 reserve =
        db.scalar("SELECT id FROM participant WHERE participation_start IS NULL ORDER BY id LIMIT 1");
    REQUIRE(reserve > 0);
    REQUIRE(core::ProjectParticipants(db).find(reserve) == nullptr);
    {
        core::Statement st = db.prepare("INSERT INTO debt_account (participant_id, housing_coop_id, account_number, "
                                        "flat, opened_on) VALUES (?1, (SELECT min(id) FROM housing_coop), "
                                        "'ERASE-1', '7', '2010-01-01')");
        st.bind(1, reserve);
        st.exec();
        const qint64 account = db.lastInsertId();
        core::Statement entry =
            db.prepare("INSERT INTO debt_entry (account_id, date, kind, amount) VALUES (?1, '2011-02-01', 'charge', "
                       "35000)");
        entry.bind(1, account);
        entry.exec();
        core::Statement eviction = db.prepare("INSERT INTO eviction_case (participant_id, account_id, court) "
                                              "VALUES (?1, ?2, 'Sąd Rejonowy w Wołominie')");
        eviction.bind(1, reserve).bind(2, account);
        eviction.exec();
        core::Statement enrolment = db.prepare("INSERT INTO enrolment (course_id, participant_id, enrolled_on) "
                                               "VALUES ((SELECT min(id) FROM course), ?1, '2011-01-03')");
        enrolment.bind(1, reserve);
        enrolment.exec();
    }
    const auto contents = service.erasureContents(reserve);
    REQUIRE(contents.ok());
    CHECK(contents->size() >= 4); // the record, the enrolment, the case, the account
    const qint64 accounts = test::countFor(db, "SELECT count(*) FROM debt_account WHERE participant_id = ?1", reserve);
    CHECK(contents->join(QLatin1Char('\n')).contains(QStringLiteral("%1 debt account(s)").arg(accounts)));
    REQUIRE(rowsOf(db, reserve) >= 4);
    const qint64 others = db.scalar("SELECT count(*) FROM participant");
    const core::Status erased = service.erase(reserve, QDate(2012, 1, 1)); // within the archiving obligation
    INFO((erased.ok() ? QString() : erased.error().message).toStdString());
    REQUIRE(erased.ok());
    CHECK(rowsOf(db, reserve) == 0);
    CHECK(db.scalar("SELECT count(*) FROM debt_entry WHERE account_id NOT IN (SELECT id FROM debt_account)") == 0);
    CHECK(db.scalar("SELECT count(*) FROM participant") == others - 1);
    CHECK(db.integrityProblems().isEmpty());
    // Their records' history held their data (the account 'ERASE-1' was recorded when added): it
    // goes with them; the erasure itself is one row without a name.
    CHECK(db.scalar("SELECT count(*) FROM change_log WHERE changes LIKE '%ERASE-1%'") == 0);
    CHECK(test::countFor(db,
                         "SELECT count(*) FROM change_log WHERE (owner_kind = 'participant' AND owner_id = ?1) "
                         "OR (record_kind = 'participant' AND record_id = ?1)",
                         reserve) == 0);
    CHECK(db.scalar("SELECT count(*) FROM change_log WHERE action = 'erasure' AND operation = 'summary'") == 1);
}

TEST_CASE("A participant cannot be erased before the archiving date, which the message names", "[privacy][erasure]")
{
    OpenDemo demo;
    core::Database& db = *demo.db;
    core::PersonalDataService service(db, demo.changes);
    const qint64 participant = core::ProjectParticipants(db).all().front().id;
    const qint64 rows = rowsOf(db, participant);
    REQUIRE(rows > 1);

    SECTION("no archiving date set")
    {
        const core::Status refused = service.erase(participant, QDate(2030, 1, 1));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("Keep documents until")));
        CHECK(rowsOf(db, participant) == rows);
    }
    SECTION("before the date, and on it")
    {
        setKeepUntil(db, QDate(2020, 12, 31));
        for (const QDate& today : {QDate(2014, 1, 1), QDate(2020, 12, 31)}) {
            const core::Status refused = service.erase(participant, today);
            REQUIRE_FALSE(refused.ok());
            CHECK(refused.error().message.contains(QStringLiteral("31.12.2020")));
            CHECK(refused.error().message.contains(QStringLiteral("participant")));
        }
        CHECK(rowsOf(db, participant) == rows);
    }
    SECTION("after the date")
    {
        setKeepUntil(db, QDate(2020, 12, 31));
        REQUIRE(service.erase(participant, QDate(2021, 1, 1)).ok());
        CHECK(rowsOf(db, participant) == 0);
        CHECK(db.integrityProblems().isEmpty());
    }
}

TEST_CASE("Anonymisation keeps every report of every period, apart from names", "[privacy][anonymise]")
{
    OpenDemo demo;
    core::Database& db = *demo.db;
    core::PersonalDataService service(db, demo.changes);
    const QString& path = demo.path;

    // Refused while the documents must be kept.
    CHECK(service.canAnonymise(QDate(2030, 1, 1)).error().message.contains(QStringLiteral("Keep documents until")));
    setKeepUntil(db, QDate(2020, 12, 31));
    CHECK(service.canAnonymise(QDate(2020, 12, 31)).error().message.contains(QStringLiteral("31.12.2020")));
    REQUIRE(service.anonymise(QDate(2020, 12, 31)).error().message.contains(QStringLiteral("31.12.2020")));

    // The first periods locked, as their claims were sent: their stored reports must stay too.
    for (const core::ReportingPeriod& period : core::ReportingPeriodRepository(db).all().mid(0, 3)) {
        REQUIRE(core::ReportingPeriodService(db).lock(*period.id, QStringLiteral("Koordynator")).ok());
    }
    const QStringList before = reportsWithoutNames(db);
    REQUIRE(before.size() >= 4);
    REQUIRE(db.scalar("SELECT count(*) FROM reporting_period WHERE locked_report IS NOT NULL") == 3);
    REQUIRE(db.scalar("SELECT count(*) FROM reporting_period WHERE locked_report LIKE '%first_name%'") > 0);
    QStringList pesels;
    {
        core::Statement st = db.prepare("SELECT pesel FROM participant WHERE pesel IS NOT NULL");
        while (st.step()) {
            pesels << st.text(0);
        }
    }
    REQUIRE(pesels.size() > 50);
    const qint64 people = db.scalar("SELECT count(*) FROM participant");
    const qint64 attendance = db.scalar("SELECT count(*) FROM attendance");

    // A change recorded before: the history holds the street as it was and as it became.
    db.exec("UPDATE participant SET street = 'Testowa 99' WHERE id = (SELECT min(id) FROM participant)");
    REQUIRE(db.scalar("SELECT count(*) FROM change_log WHERE changes LIKE '%Testowa 99%'") == 1);

    const auto done = service.anonymise(QDate(2021, 1, 1));
    REQUIRE(done.ok());
    // The history keeps which record changed when, not what the persons' fields held.
    CHECK(db.scalar("SELECT count(*) FROM change_log WHERE changes LIKE '%Testowa 99%'") == 0);
    CHECK(db.scalar("SELECT count(*) FROM change_log WHERE record_kind = 'participant' AND operation = 'update'") >= 1);
    CHECK(db.scalar("SELECT count(*) FROM change_log WHERE action = 'anonymisation' AND operation = 'summary'") == 1);
    CHECK(*done == people);

    CHECK(reportsWithoutNames(db) == before);
    CHECK(db.scalar("SELECT count(*) FROM attendance") == attendance);
    CHECK(db.scalar("SELECT count(*) FROM participant WHERE pesel IS NOT NULL OR street <> '' OR notes <> '' "
                    "OR first_name <> 'Osoba'") == 0);
    CHECK(db.scalar("SELECT count(*) FROM participant WHERE last_name <> '#' || id") == 0);
    // The names listed by a locked report are the new ones.
    {
        core::Statement st = db.prepare("SELECT locked_report FROM reporting_period WHERE locked_report IS NOT NULL");
        while (st.step()) {
            const auto restored = core::LockedReport::restore(st.text(0).toUtf8());
            REQUIRE(restored.ok());
            for (const auto& item : restored->dataQuality) {
                CHECK(item.firstName == QStringLiteral("Osoba"));
                CHECK(item.lastName == QStringLiteral("#%1").arg(item.participantId));
            }
        }
    }
    // Not a PESEL is left in the file's bytes (overwritten, not only unlinked).
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const QByteArray bytes = test::readFile(path) + test::readFile(path + QStringLiteral("-wal"));
    int left = 0;
    for (const QString& pesel : pesels) {
        left += bytes.contains(pesel.toLatin1()) ? 1 : 0;
    }
    CHECK(left == 0);
}
