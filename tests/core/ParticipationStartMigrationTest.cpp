// Migration 2 (the participation start is taken from the support recorded, an imported start is
// kept apart) on a file written at schema version 1, with a period locked under the earlier
// counting rules.

#include "core/indicators/IndicatorCatalogue.h"
#include "core/indicators/LockedReport.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/ReportingPeriodRepository.h"
#include "support/IndicatorStringMakers.h"
#include "support/QtStringMakers.h"

#include <QFile>
#include <QTemporaryDir>
#include <sqlite3.h>

using namespace osiedle;
using core::IndicatorReport;
using core::IndicatorValue;

namespace {

void exec(sqlite3* db, const QByteArray& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message);
    INFO((message != nullptr ? message : ""));
    sqlite3_free(message);
    REQUIRE(rc == SQLITE_OK);
}

// The schema of version 1, as files were written before migration 2.
void createVersion1(sqlite3* db)
{
    for (const QByteArray& part :
         {core::Schema::project(), core::Schema::recruitment(), core::Schema::training(), core::Schema::cooperatives(),
          core::Schema::debts(), core::Schema::products(), core::Schema::indicators()}) {
        exec(db, part);
    }
    exec(db, "PRAGMA user_version = 1");
    exec(db, QByteArray("PRAGMA application_id = ") + QByteArray::number(core::Database::applicationId));
}

IndicatorReport::Row lockedRow(const char* code, const char* name, IndicatorValue period)
{
    IndicatorReport::Row row;
    row.code = QString::fromLatin1(code);
    row.name = QString::fromLatin1(name);
    row.splitBySex = true;
    row.target = {100, 50, 50}; // the catalogue's default
    row.period = period;
    row.cumulative = period;
    return row;
}

} // namespace

TEST_CASE("A period locked under the earlier rules keeps its values and shows what the rules now give",
          "[indicators][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stary.osiedle"));
    {
        sqlite3* raw = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &raw) == SQLITE_OK);
        createVersion1(raw);
        exec(raw, "INSERT INTO project (id, title, start_date, end_date) VALUES (1, 'P', '2011-01-01', '2011-12-31')");
        // Two men with complete data: Jan's start was imported (2011-02-01) with no support
        // recorded; Adam's first session was on 2011-03-03 and his start says so.
        exec(raw, "INSERT INTO participant (id, first_name, last_name, no_pesel, sex, birth_date, education, teryt, "
                  "area, locality, postal_code, mobile, labour_status, consent_on, participation_start) VALUES "
                  "(1, 'Jan', 'Nowak', 1, 'M', '1970-01-01', 'primary', '1465011', 'urban', 'Warszawa', '00-001', "
                  "'600', 'unemployed', '2011-01-01', '2011-02-01'), "
                  "(2, 'Adam', 'Lis', 1, 'M', '1971-01-01', 'primary', '1465011', 'urban', 'Warszawa', '00-001', "
                  "'600', 'unemployed', '2011-01-01', '2011-03-03')");
        exec(raw, "INSERT INTO course (id, support_form_id, name, planned_minutes) VALUES (1, 1, 'Integracja', 600)");
        exec(raw, "INSERT INTO session (id, course_id, date, minutes) VALUES (1, 1, '2011-03-03', 120)");
        exec(raw, "INSERT INTO attendance (session_id, participant_id, status) VALUES (1, 2, 'present')");
        exec(raw, "INSERT INTO reporting_period (id, number, from_date, to_date) VALUES (1, 1, '2011-01-01', "
                  "'2011-03-31')");
        // As the earlier rules counted Q1 and locked it: both men started.
        IndicatorReport locked;
        locked.period.from = QDate(2011, 1, 1);
        locked.period.to = QDate(2011, 3, 31);
        locked.rows << lockedRow("PARTICIPANTS_STARTED", "Participants who started support",
                                 IndicatorValue::bySex(0, 2));
        sqlite3_stmt* st = nullptr;
        REQUIRE(sqlite3_prepare_v2(raw,
                                   "UPDATE reporting_period SET locked_on = '2011-04-10T10:00:00', "
                                   "locked_report = ?1 WHERE id = 1",
                                   -1, &st, nullptr) == SQLITE_OK);
        const QByteArray snapshot = core::LockedReport::snapshot(locked);
        sqlite3_bind_text(st, 1, snapshot.constData(), int(snapshot.size()), SQLITE_TRANSIENT);
        REQUIRE(sqlite3_step(st) == SQLITE_DONE);
        sqlite3_finalize(st);
        sqlite3_close(raw);
    }

    auto opened = core::Database::open(path);
    REQUIRE(opened.ok());
    core::Database& db = *opened.value();
    CHECK(db.userVersion() == core::Migrations::latestVersion());
    CHECK(QFile::exists(path + QStringLiteral(".before-v%1.bak").arg(core::Migrations::latestVersion())));

    // Jan's imported start is kept apart; his participation start is the support recorded (none).
    core::Statement jan = db.prepare("SELECT participation_start, declared_start FROM participant WHERE id = 1");
    REQUIRE(jan.step());
    CHECK(jan.isNull(0));
    CHECK(jan.date(1) == QDate(2011, 2, 1));
    core::Statement adam = db.prepare("SELECT participation_start, declared_start FROM participant WHERE id = 2");
    REQUIRE(adam.step());
    CHECK(adam.date(0) == QDate(2011, 3, 3));
    CHECK(adam.isNull(1));

    core::IndicatorCatalogue::seed(db);
    const auto period = core::ReportingPeriodRepository(db).byId(1);
    REQUIRE(period.has_value());
    const auto report = core::LockedReport::compute(db, *period);
    REQUIRE(report.ok());
    // The locked value stays as it was sent; the data now gives one man, and the difference is
    // shown cell by cell, never applied silently.
    REQUIRE(report.value().lock.has_value());
    REQUIRE(report.value().rows.size() == 1);
    CHECK(report.value().rows.first().period == IndicatorValue::bySex(0, 2));
    REQUIRE(report.value().lock->now.first().has_value());
    CHECK(report.value().lock->now.first()->period == IndicatorValue::bySex(0, 1));
    QStringList differences;
    for (const core::LockDifference& d : core::LockedReport::differences(report.value())) {
        if (d.code == QLatin1String("PARTICIPANTS_STARTED")) {
            differences << QStringLiteral("%1 %2→%3").arg(d.columnKey()).arg(*d.locked).arg(*d.now);
        }
    }
    CHECK(differences == QStringList{QStringLiteral("period.total 2→1"), QStringLiteral("period.men 2→1"),
                                     QStringLiteral("cumulative.total 2→1"), QStringLiteral("cumulative.men 2→1")});
    // And the data quality says why: Jan's imported start has no support.
    REQUIRE(report.value().dataProblems.size() == 1);
    CHECK(report.value().dataProblems.first().kind == IndicatorReport::DataProblem::Kind::StartMismatch);
    CHECK(report.value().dataProblems.first().name == QStringLiteral("Nowak Jan"));
}
