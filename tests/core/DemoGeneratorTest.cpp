#include "core/io/DemoGenerator.h"

#include "core/domain/Enums.h"
#include "core/domain/FoundingPath.h"
#include "core/domain/KrsNumber.h"
#include "core/domain/Nip.h"
#include "core/domain/Pesel.h"
#include "core/domain/Regon.h"
#include "core/domain/TerytCatalogue.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/MembershipService.h"
#include "core/storage/Database.h"
#include "core/storage/FoundingStepRepository.h"
#include "core/storage/MembershipRepository.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/SocialCoopRepository.h"
#include "core/storage/Transaction.h"
#include "support/FileBytes.h"
#include "support/QtStringMakers.h"
#include "support/TableDump.h"
#include "support/TempProject.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace osiedle;
using core::Database;
using core::Statement;

namespace {

std::unique_ptr<Database> makeDemo(const QTemporaryDir& dir, const QString& name, int scale, std::uint64_t seed)
{
    const QString path = dir.filePath(name);
    const auto written = core::DemoGenerator::createFile(path, {scale, seed});
    REQUIRE(written.ok());
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    return std::move(opened.value());
}

qint64 count(Database& db, const char* sql)
{
    return db.scalar(sql);
}

} // namespace

TEST_CASE("The demo is deterministic: the same seed gives the same content, another seed other content", "[demo]")
{
    QTemporaryDir dir;
    auto first = makeDemo(dir, QStringLiteral("a.osiedle"), 1, 42);
    auto second = makeDemo(dir, QStringLiteral("b.osiedle"), 1, 42);
    auto other = makeDemo(dir, QStringLiteral("c.osiedle"), 1, 43);
    const QByteArray a = test::tableDump(*first);
    CHECK(a == test::tableDump(*second));
    CHECK(a != test::tableDump(*other));
}

TEST_CASE("The demo refuses an existing file and leaves it untouched", "[demo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("taken.osiedle"));
    test::writeFile(path, "not a project");
    const auto written = core::DemoGenerator::createFile(path, {});
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message.contains(QStringLiteral("already exists")));
    CHECK(QFileInfo(path).size() == 13);
    CHECK_FALSE(core::DemoGenerator::createFile(dir.filePath(QStringLiteral("x.osiedle")), {0, 1}).ok());
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.osiedle"))));
}

TEST_CASE("The demo project at scale 1 is valid and has the sizes of QUALITY.md", "[demo]")
{
    QTemporaryDir dir;
    auto db = makeDemo(dir, QStringLiteral("demo.osiedle"), 1, 2010);
    Database& d = *db;

    // Every foreign key resolves, the file is sound, and the run completed.
    CHECK(d.integrityProblems().isEmpty());
    CHECK(count(d, "SELECT count(*) FROM setting WHERE key = 'demo'") == 1);
    CHECK(count(d, "SELECT count(*) FROM project") == 1);

    // Sizes per scale unit.
    CHECK(count(d, "SELECT count(*) FROM housing_coop WHERE status = 'qualified'") == 10);
    CHECK(count(d, "SELECT count(*) FROM social_coop") == 10);
    const qint64 participants = count(d, "SELECT count(*) FROM participant");
    CHECK(participants >= 100);
    CHECK(participants <= 140);
    CHECK(count(d, "SELECT count(*) FROM course") >= 35);
    CHECK(count(d, "SELECT count(*) FROM course") <= 45);
    CHECK(count(d, "SELECT count(*) FROM session") >= 550);
    CHECK(count(d, "SELECT count(*) FROM session") <= 800);
    CHECK(count(d, "SELECT count(*) FROM attendance") >= 6000);
    CHECK(count(d, "SELECT count(*) FROM work_order") >= 1000);
    CHECK(count(d, "SELECT count(*) FROM work_order") <= 1800);
    CHECK(count(d, "SELECT count(*) FROM debt_entry") >= 8000);
    CHECK(count(d, "SELECT count(*) FROM debt_entry") <= 14000);
    CHECK(count(d, "SELECT count(*) FROM consultation") >= 350);
    CHECK(count(d, "SELECT count(*) FROM consultation") <= 450);
    CHECK(count(d, "SELECT count(*) FROM indicator") >= 19);
    // Every kind of support form has courses.
    CHECK(count(d, "SELECT count(DISTINCT f.kind) FROM course c JOIN support_form f ON f.id = c.support_form_id") == 6);

    // Quarterly reporting periods 1..11 over the project.
    CHECK(count(d, "SELECT count(*) FROM reporting_period") == 11);
    CHECK(count(d, "SELECT count(*) FROM reporting_period WHERE number = 1 AND from_date = '2010-10-01' "
                   "AND to_date = '2010-12-31'") == 1);
    CHECK(count(d, "SELECT count(*) FROM reporting_period WHERE number = 11 AND from_date = '2013-04-01' "
                   "AND to_date = '2013-06-30'") == 1);

    // Social cooperatives at different stages: most registered, some still founding.
    const qint64 registered = count(d, "SELECT count(*) FROM founding_step WHERE step = 'registered'");
    CHECK(registered >= 7);
    CHECK(registered <= 9);
    CHECK(count(d, "SELECT count(*) FROM social_coop WHERE krs IS NULL") >= 1);
    CHECK(count(d, "SELECT count(*) FROM cooperation_agreement") >= 5);
    CHECK(count(d, "SELECT count(DISTINCT status) FROM work_order") >= 6);
    CHECK(count(d, "SELECT count(*) FROM instalment_plan") > 0);
    CHECK(count(d, "SELECT count(*) FROM eviction_case") > 0);
    CHECK(count(d, "SELECT count(*) FROM deliverable WHERE status = 'done'") >= 7);
    CHECK(count(d, "SELECT count(*) FROM event WHERE kind = 'study_trip'") == 1);
    CHECK(count(d, "SELECT count(*) FROM nomination") >= 6);
    CHECK(count(d, "SELECT count(*) FROM jury_score") == count(d, "SELECT count(*) FROM nomination") * 9);

    // Sessions on working days within the project.
    CHECK(count(d, "SELECT count(*) FROM session WHERE strftime('%w', date) IN ('0', '6') "
                   "OR date < '2010-10-01' OR date > '2013-06-30'") == 0);

    // Participation starts on the first support actually received.
    CHECK(count(d, R"(
        SELECT count(*) FROM participant p
        WHERE p.participation_start IS NOT (
            SELECT min(day) FROM (
                SELECT s.date AS day FROM attendance a JOIN session s ON s.id = a.session_id
                WHERE a.participant_id = p.id AND a.status = 'present'
                UNION ALL SELECT c.date FROM consultation c WHERE c.participant_id = p.id)))") == 0);
    // A course is completed only when the attended minutes reach its threshold.
    CHECK(count(d, R"(
        SELECT count(*) FROM enrolment e JOIN course c ON c.id = e.course_id
        WHERE e.completed_on IS NOT NULL AND (
            SELECT coalesce(sum(s.minutes), 0) FROM attendance a JOIN session s ON s.id = a.session_id
            WHERE a.participant_id = e.participant_id AND s.course_id = e.course_id AND a.status = 'present')
            * 100 < c.planned_minutes * c.threshold_percent)") == 0);
    CHECK(count(d, "SELECT count(*) FROM enrolment WHERE certificate_number IS NOT NULL AND completed_on IS NULL") ==
          0);
    CHECK(count(d, "SELECT count(*) FROM enrolment WHERE completed_on IS NOT NULL") > 200);

    // Arrears fall over the project.
    const qint64 atEntry = count(d, "SELECT sum(amount) FROM debt_entry WHERE kind = 'opening'");
    const qint64 atEnd = count(d, "SELECT sum(amount) FROM debt_entry");
    CHECK(atEnd < atEntry);
    CHECK(count(d, "SELECT count(*) FROM debt_entry WHERE kind = 'wage_payment'") > 0);

    // Some records are deliberately incomplete, so the data-quality section has something to show.
    CHECK(count(d, "SELECT count(*) FROM participant_missing WHERE missing <> 0") >= 1);
    CHECK(count(d, "SELECT count(*) FROM participant_missing WHERE missing <> 0") <= participants / 5);
}

TEST_CASE("Demo participants have valid PESELs that agree with sex and birth date", "[demo]")
{
    QTemporaryDir dir;
    auto db = makeDemo(dir, QStringLiteral("demo.osiedle"), 1, 7);
    Statement rows =
        db->prepare("SELECT pesel, sex, birth_date, last_name, teryt, area, recruited_on FROM participant ORDER BY id");
    int people = 0;
    int women = 0;
    const auto& teryt = core::TerytCatalogue::builtIn();
    while (rows.step()) {
        ++people;
        const QString text = rows.text(0);
        INFO(text.toStdString());
        const auto pesel = core::Pesel::parse(text);
        REQUIRE(pesel.ok());
        CHECK(core::sexKey(pesel->sex()) == rows.text(1));
        CHECK(pesel->birthDate() == rows.date(2));
        const qint64 age = rows.date(2).daysTo(rows.date(6)) / 365;
        CHECK(age >= 18);
        CHECK(age <= 64);
        if (pesel->sex() == core::Sex::Female) {
            ++women;
            // Polish surnames take the feminine form.
            CHECK_FALSE(rows.text(3).endsWith(QLatin1String("ski")));
            CHECK_FALSE(rows.text(3).endsWith(QLatin1String("cki")));
        }
        if (!rows.isNull(4)) {
            const auto area = teryt.areaOf(rows.text(4));
            REQUIRE(area.has_value());
            CHECK(rows.text(4).startsWith(QLatin1String("14")));
            CHECK((*area == core::Area::Rural) == (rows.text(5) == QLatin1String("rural")));
        }
    }
    CHECK(people > 100);
    CHECK(women * 100 / people >= 45);
    CHECK(women * 100 / people <= 70);

    // The identifiers of the organisations are valid too.
    Statement organisations = db->prepare("SELECT nip, regon, krs FROM housing_coop UNION ALL SELECT nip, regon, krs "
                                          "FROM social_coop WHERE krs IS NOT NULL "
                                          "UNION ALL SELECT nip, regon, krs FROM partner WHERE nip IS NOT NULL");
    int checked = 0;
    while (organisations.step()) {
        ++checked;
        INFO(organisations.text(0).toStdString() << " " << organisations.text(1).toStdString());
        CHECK(core::Nip::parse(organisations.text(0)).ok());
        CHECK(core::Regon::parse(organisations.text(1)).ok());
        CHECK(core::KrsNumber::parse(organisations.text(2)).ok());
    }
    CHECK(checked >= 17);
    Statement places = db->prepare("SELECT teryt FROM housing_coop UNION SELECT teryt FROM institution");
    while (places.step()) {
        CHECK(teryt.find(places.text(0)).has_value());
    }
}

TEST_CASE("A larger scale multiplies the demo", "[demo]")
{
    QTemporaryDir dir;
    auto db = makeDemo(dir, QStringLiteral("demo2.osiedle"), 2, 5);
    CHECK(db->scalar("SELECT count(*) FROM housing_coop") == 20);
    CHECK(db->scalar("SELECT count(*) FROM social_coop") == 20);
    CHECK(db->scalar("SELECT count(*) FROM participant") >= 200);
    CHECK(db->scalar("SELECT count(DISTINCT name) FROM housing_coop") == 20);
    CHECK(db->scalar("SELECT count(*) FROM reporting_period") == 11);
    CHECK(db->integrityProblems().isEmpty());
}

TEST_CASE("The demo leaves the schema exactly as the migrations made it", "[demo]")
{
    auto schema = [](Database& db) {
        Statement rows = db.prepare(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name");
        QStringList entries;
        while (rows.step()) {
            entries << rows.text(0) + QLatin1Char(' ') + rows.text(1) + QLatin1Char(' ') + rows.text(2) +
                           QLatin1Char(' ') + rows.text(3);
        }
        return entries;
    };
    test::TempProject fresh;
    test::TempProject target;
    const QStringList expected = schema(fresh.db());
    CHECK(expected.filter(QStringLiteral("index debt_entry_wage_month")).size() == 1);
    const qint64 cache = target.db().scalar("PRAGMA cache_size");
    {
        core::Transaction transaction(target.db());
        core::DemoGenerator::write(target.db(), {1, 1});
        transaction.commit();
    }
    CHECK(target.db().scalar("SELECT count(*) FROM participant") > 100);
    CHECK(schema(target.db()) == expected);
    CHECK(target.db().scalar("PRAGMA cache_size") == cache);
}

TEST_CASE("Every demo OSS keeps the founding rules of the project", "[demo][coops]")
{
    const auto seed = GENERATE(std::uint64_t(2010), std::uint64_t(42), std::uint64_t(7));
    INFO("seed " << seed);
    QTemporaryDir dir;
    auto db = makeDemo(dir, QStringLiteral("rules.osiedle"), 1, seed);
    Database& d = *db;
    core::ChangeNotifier changes;
    const core::MembershipService members(d, changes);
    const core::SocialCoopRepository coops(d);
    const core::FoundingRules rules = coops.foundingRules();
    CHECK(rules == core::FoundingRules::Rules2009); // the demo project keeps the default setting
    const QDate projectEnd = core::ProjectRepository(d).endDate();
    const auto all = coops.all();
    REQUIRE(all.size() == 10);
    for (const auto& oss : all) {
        INFO(oss.name.toStdString());
        const core::FoundingPath path(core::FoundingStepRepository(d).forCoop(oss.id));
        // every OSS has at least formed its founding group, with enough natural persons as founders
        REQUIRE(path.isDone(core::FoundingStep::FoundingGroup));
        CHECK(core::MembershipRepository(d).naturalFounders(oss.id) >= core::FoundingPath::minimumFounders(rules));
        // each step dated no earlier than the steps it needs
        for (const auto& step : path.steps()) {
            CHECK(path.checkDate(step.kind, step.doneOn) == QString());
        }
        // never more members from outside the eligible groups than half, on any day a member joins
        // or the day after one leaves
        QList<QDate> days{path.step(core::FoundingStep::FoundingGroup)->doneOn, projectEnd};
        Statement joined = d.prepare("SELECT from_date FROM membership WHERE social_coop_id = ?1 UNION "
                                     "SELECT date(to_date, '+1 day') FROM membership WHERE social_coop_id = ?1 "
                                     "AND to_date IS NOT NULL");
        joined.bind(1, oss.id);
        while (joined.step()) {
            days.append(joined.date(0));
        }
        for (const QDate& day : days) {
            INFO(day.toString(Qt::ISODate).toStdString());
            CHECK(members.memberShareWarning(oss.id, day) == QString());
        }
    }
}
