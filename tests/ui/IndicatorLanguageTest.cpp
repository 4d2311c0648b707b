#include "core/indicators/IndicatorCalculator.h"
#include "core/indicators/IndicatorCatalogue.h"
#include "core/storage/Database.h"
#include "core/storage/IndicatorRepository.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"
#include "ui/common/AppSettings.h"
#include "ui/common/AppTranslator.h"

#include <QLocale>

using namespace osiedle;

namespace {

QString nameOf(QList<core::IndicatorEntry> entries, const QString& code, QString core::IndicatorEntry::*field)
{
    for (const core::IndicatorEntry& e : entries) {
        if (e.code == code) {
            return e.*field;
        }
    }
    return {};
}

} // namespace

TEST_CASE("A project made in English shows its built-in indicators in Polish, edited names as typed",
          "[indicators][translations]")
{
    test::TempProject project;
    core::Database& db = project.db();
    db.exec("DELETE FROM indicator");
    core::IndicatorCatalogue::seed(db); // no translation installed: the English texts are stored
    db.exec("UPDATE indicator SET name = 'Spółdzielnie zarejestrowane (nasza nazwa)' WHERE code = 'OSS_REGISTERED'");
    core::IndicatorRepository indicators(db);
    CHECK(nameOf(indicators.all(), QStringLiteral("PARTICIPANTS_STARTED"), &core::IndicatorEntry::name) ==
          QStringLiteral("Participants who started support"));

    const QLocale before;
    {
        ui::AppTranslator translator;
        REQUIRE(translator.install(ui::AppSettings::polish));
        const QList<core::IndicatorEntry> shown = indicators.all();
        CHECK(nameOf(shown, QStringLiteral("PARTICIPANTS_STARTED"), &core::IndicatorEntry::name) ==
              QStringLiteral("Uczestnicy, którzy rozpoczęli udział we wsparciu"));
        CHECK(nameOf(shown, QStringLiteral("PARTICIPANTS_STARTED"), &core::IndicatorEntry::unit) ==
              QStringLiteral("osoby"));
        CHECK(nameOf(shown, QStringLiteral("OSS_REGISTERED"), &core::IndicatorEntry::name) ==
              QStringLiteral("Spółdzielnie zarejestrowane (nasza nazwa)"));
        // The report (and so the dashboard, the PDF and the JSON) reads them the same way.
        const auto report = core::IndicatorCalculator(db).compute(QDate(2011, 1, 1), QDate(2011, 3, 31));
        REQUIRE(report.ok());
        bool seen = false;
        for (const auto& row : report->rows) {
            if (row.code == QStringLiteral("PARTICIPANTS_STARTED")) {
                seen = true;
                CHECK(row.name == QStringLiteral("Uczestnicy, którzy rozpoczęli udział we wsparciu"));
            }
        }
        CHECK(seen);
    }
    QLocale::setDefault(before);
}
