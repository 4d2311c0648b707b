// Migration 6 (questionnaires and tests) on a file written before it. Migration 6 only adds: its
// tables, the three scales and, in a project that has its indicator list, the three indicators
// of the scales. So a file of the version before it is a project with those taken away and
// user_version set back, which is what this test makes before opening it again.

#include "core/indicators/IndicatorCatalogue.h"
#include "core/storage/Database.h"
#include "core/storage/IndicatorRepository.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/Migrations.h"
#include "support/IndicatorTestData.h"
#include "support/QtStringMakers.h"
#include "support/SchemaBefore.h"

#include <QFile>
#include <QTemporaryDir>

using namespace osiedle;

TEST_CASE("A project from before questionnaires keeps its data and gets the scales and their indicators",
          "[surveys][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("przed.osiedle"));
    {
        auto created = core::Database::open(path, core::Database::Mode::CreateNew);
        REQUIRE(created.ok());
        core::Database& db = *created.value();
        test::fillIndicatorTestData(db);
        test::dropQuestionnaires(db);
        db.exec("UPDATE indicator SET target_total = 120, target_women = 60, target_men = 60 "
                "WHERE code = 'PARTICIPANTS_STARTED'");
        db.exec("PRAGMA user_version = 5");
    }

    auto opened = core::Database::open(path);
    REQUIRE(opened.ok());
    core::Database& db = *opened.value();
    CHECK(db.userVersion() == core::Migrations::latestVersion());
    CHECK(QFile::exists(path + QStringLiteral(".before-v%1.bak").arg(core::Migrations::latestVersion())));

    // What was there is there.
    CHECK(db.scalar("SELECT count(*) FROM participant") == 9);
    const auto started = core::IndicatorRepository(db).find(QStringLiteral("PARTICIPANTS_STARTED"));
    REQUIRE(started.has_value());
    CHECK(started->target.total == 120);

    // The scales, and their indicators at the end of the list, in Polish as the office reads them.
    QStringList keys;
    for (const core::SurveyScale& s : core::InstrumentRepository(db).scales()) {
        keys << s.key + QLatin1Char('=') + s.indicatorCode;
    }
    CHECK(keys ==
          QStringList{"attitude=IMPROVED_ATTITUDE", "knowledge=IMPROVED_KNOWLEDGE", "relations=IMPROVED_RELATIONS"});
    const QList<core::IndicatorEntry> all = core::IndicatorRepository(db).all();
    REQUIRE(all.size() == 22);
    CHECK(all[19].code == QStringLiteral("IMPROVED_ATTITUDE"));
    CHECK(all[19].name == QStringLiteral("Uczestnicy, u których wzrósł poziom postaw przedsiębiorczych"));
    CHECK(all[19].kind == core::IndicatorKind::Result);
    CHECK(all[19].splitBySex);
    CHECK(all[19].target.total == 80);
    CHECK(all[20].code == QStringLiteral("IMPROVED_KNOWLEDGE"));
    CHECK(all[21].code == QStringLiteral("IMPROVED_RELATIONS"));
    CHECK(all[21].target.total == 40);
    CHECK(all[19].sortOrder > all[18].sortOrder);
    CHECK(all[20].sortOrder > all[19].sortOrder);
}

TEST_CASE("A new project gets the scales' indicators from the catalogue, in the program's words",
          "[surveys][migration]")
{
    QTemporaryDir dir;
    auto created = core::Database::open(dir.filePath(QStringLiteral("nowy.osiedle")), core::Database::Mode::CreateNew);
    REQUIRE(created.ok());
    core::Database& db = *created.value();
    CHECK(db.scalar("SELECT count(*) FROM indicator") == 0); // nothing before the project is made
    core::IndicatorCatalogue::seed(db);
    const auto knowledge = core::IndicatorRepository(db).find(QStringLiteral("IMPROVED_KNOWLEDGE"));
    REQUIRE(knowledge.has_value());
    CHECK(knowledge->name == QStringLiteral("Participants whose knowledge of the social economy improved"));
    CHECK(knowledge->target.women == 40);
}
