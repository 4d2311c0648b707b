// Golden tests: the indicator report of the demo project (scale 1, default seed) for two
// reporting periods, as JSON and CSV, compared byte for byte with the reference files in
// tests/data/golden/. A difference fails with a line diff.
//
// When a change of the report is intended (a new field, a corrected rule, a changed demo),
// regenerate the references deliberately and review the diff before committing them:
//
//     OSIEDLE_UPDATE_GOLDEN=1 build/dev/tests/osiedle_core_tests "[golden]"
//     git diff tests/data/golden/
//
// The report holds nothing that depends on the day or the machine (no generation time), so
// the same data always gives the same bytes.

#include "core/indicators/IndicatorCalculator.h"
#include "core/io/IndicatorReportCsv.h"
#include "core/io/IndicatorReportJson.h"
#include "core/storage/Database.h"
#include "core/storage/ReportingPeriodRepository.h"
#include "support/DemoFiles.h"
#include "support/TextDiff.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace osiedle;

namespace {

// The claims compared: an early quarter and one late in the project.
constexpr int goldenPeriods[] = {2, 7};

QString goldenPath(const QString& name)
{
    return QDir(QStringLiteral(OSIEDLE_SOURCE_DIR_PATH "/tests/data/golden")).absoluteFilePath(name);
}

void compareWithGolden(const QString& name, const QByteArray& actual)
{
    const QString path = goldenPath(name);
    if (qEnvironmentVariable("OSIEDLE_UPDATE_GOLDEN") == QLatin1String("1")) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(file.write(actual) == actual.size());
        WARN("golden file rewritten: " << path.toStdString());
        return;
    }
    QFile file(path);
    INFO("reference " << path.toStdString() << " (regenerate with OSIEDLE_UPDATE_GOLDEN=1, see this file's top)");
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray expected = file.readAll();
    if (expected != actual) {
        const QString diff = test::lineDiff(QString::fromUtf8(expected), QString::fromUtf8(actual));
        FAIL_CHECK(name.toStdString()
                   << " differs from the reference (- reference, + now):\n"
                   << (diff.isEmpty() ? QStringLiteral("(line endings or bytes only)") : diff).toStdString());
    }
}

} // namespace

TEST_CASE("Golden: the demo's indicator report as JSON and CSV matches the reference files", "[golden][demo]")
{
    QTemporaryDir dir;
    auto opened = core::Database::open(test::demoCopy(1, dir.path()));
    REQUIRE(opened.ok());
    core::Database& db = *opened.value();
    core::IndicatorCalculator calculator(db);
    for (const int number : goldenPeriods) {
        INFO("period " << number);
        const auto period = core::ReportingPeriodRepository(db).byNumber(number);
        REQUIRE(period.has_value());
        const auto report = calculator.compute(*period);
        REQUIRE(report.ok());
        const QString base = QStringLiteral("demo-period-%1").arg(number);
        compareWithGolden(base + QStringLiteral(".json"), core::IndicatorReportJson::toBytes(report.value()));
        compareWithGolden(base + QStringLiteral(".csv"), core::IndicatorReportCsv::toBytes(report.value()));
    }
}

TEST_CASE("Golden: computing the same period twice gives the same bytes", "[golden][demo]")
{
    QTemporaryDir dir;
    auto opened = core::Database::open(test::demoCopy(1, dir.path()));
    REQUIRE(opened.ok());
    core::Database& db = *opened.value();
    const auto period = core::ReportingPeriodRepository(db).byNumber(goldenPeriods[1]);
    REQUIRE(period.has_value());
    core::IndicatorCalculator calculator(db);
    const auto first = calculator.compute(*period);
    const auto second = core::IndicatorCalculator(db).compute(*period);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(core::IndicatorReportJson::toBytes(first.value()) == core::IndicatorReportJson::toBytes(second.value()));
    CHECK(core::IndicatorReportCsv::toBytes(first.value()) == core::IndicatorReportCsv::toBytes(second.value()));
}
