// The indicator report (QUALITY.md): all indicators of the last period computed with the flow
// table and the data quality (≤ 30 ms at scale 1, ≤ 1 s at scale 100, within 1.5× of its floor),
// the monthly series of its charts, and the whole `osiedle-cli report` process writing JSON and
// PDF (≤ 1.5 s / ≤ 4 s; the PDF within 3× / 2× of the JSON of the same run).
#include "Bench.h"
#include "Floor.h"
#include "FloorConnection.h"
#include "core/indicators/IndicatorCalculator.h"
#include "core/indicators/ReportSeries.h"
#include "core/storage/Database.h"
#include "core/storage/ReportingPeriodRepository.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>

using namespace osiedle;

namespace {

// The last reporting period of the demo (the most data behind it).
core::ReportingPeriod lastPeriod(core::Database& db)
{
    const QList<core::ReportingPeriod> periods = core::ReportingPeriodRepository(db).all();
    if (periods.isEmpty()) {
        qFatal("the demo file has no reporting period");
    }
    return periods.last();
}

void computeBenchmark(int scale, int runs, double targetMs)
{
    const QString file = bench::demoFile(scale);
    auto opened = core::Database::open(file);
    if (!opened) {
        qFatal("cannot open the demo file");
    }
    core::Database& db = *opened.value();
    const core::ReportingPeriod period = lastPeriod(db);
    const QString prefix = QStringLiteral("report/scale %1 (period %2) ").arg(scale).arg(period.number.value_or(0));

    bench::FloorConnection connection(file);
    bench::Floor indicators(connection, QStringLiteral("report-indicators"));
    indicators.bind("from", period.from).bind("to", period.to);
    core::IndicatorCalculator calculator(db);
    const auto report = bench::sampleBoth(
        runs,
        [&] {
            if (!calculator.compute(period)) {
                qFatal("the report cannot be computed");
            }
        },
        [&] { indicators.run(); });
    bench::figure(prefix + QStringLiteral("indicators, flow and data quality computed"), report,
                  indicators.description(), {1.5, targetMs});

    bench::Floor seriesFloor(connection, QStringLiteral("report-series"));
    seriesFloor.bind("from", period.from).bind("to", period.to);
    core::ReportSeriesCalculator series(db);
    const auto monthly = bench::sampleBoth(
        runs, [&] { series.compute(period.from, period.to); }, [&] { seriesFloor.run(); });
    bench::figure(prefix + QStringLiteral("monthly series of the charts computed"), monthly, seriesFloor.description(),
                  {1.5, {}});
}

// Milliseconds of one whole process; fails the benchmark when it fails.
double timedProcess(const QString& program, const QStringList& args)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qFatal("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
    }
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void processBenchmark(int scale, int runs, double pdfTargetMs, double pdfOverJson)
{
    const QString file = bench::demoFile(scale);
    core::ReportingPeriod period;
    {
        auto opened = core::Database::open(file);
        if (!opened) {
            qFatal("cannot open the demo file");
        }
        period = lastPeriod(*opened.value());
    }
    const QString from = period.from.toString(Qt::ISODate);
    const QString to = period.to.toString(Qt::ISODate);
    const QString out = bench::tempPath(QStringLiteral("report-%1").arg(scale));
    auto cli = [&](const QString& format) {
        return [&, format] {
            return timedProcess(bench::cliPath(), {QStringLiteral("report"), file, QStringLiteral("--period"),
                                                   QString::number(*period.id), QStringLiteral("--format"), format,
                                                   QStringLiteral("-o"), out + QLatin1Char('.') + format});
        };
    };
    auto floor = [&](const QString& format) {
        return [&, format] {
            return timedProcess(bench::benchPath(), {QStringLiteral("--floor-") + format, file, from, to,
                                                     out + QStringLiteral("-floor.") + format});
        };
    };
    const QString prefix = QStringLiteral("report/scale %1 osiedle-cli report --format ").arg(scale);
    const auto json = bench::measureBoth(runs, cli(QStringLiteral("json")), floor(QStringLiteral("json")));
    bench::figure(prefix + QStringLiteral("json, whole process"), json,
                  QStringLiteral("a process of this benchmark writing the values of report-indicators.sql as JSON"),
                  {1.5, {}});
    const auto pdf = bench::measureBoth(runs, cli(QStringLiteral("pdf")), floor(QStringLiteral("pdf")));
    bench::figure(prefix + QStringLiteral("pdf, whole process with the charts"), pdf,
                  QStringLiteral("a process of this benchmark printing report-indicators.sql's tables and "
                                 "report-series.sql's four charts (QPainter) to PDF through QTextDocument"),
                  {2.0, pdfTargetMs});
    // QUALITY.md's own comparison: the PDF against the JSON of the same run.
    const double ratio = bench::median(pdf.program) / bench::median(json.program);
    QTextStream(stdout) << QStringLiteral("report/scale %1 PDF against JSON of the same run: %2x (at most %3x): %4")
                               .arg(scale)
                               .arg(ratio, 0, 'f', 2)
                               .arg(pdfOverJson, 0, 'f', 1)
                               .arg(ratio <= pdfOverJson ? QStringLiteral("met") : QStringLiteral("MISSED"))
                        << Qt::endl;
}

} // namespace

OSIEDLE_BENCHMARK("report/compute scale 1")
{
    computeBenchmark(1, 21, 30);
}

OSIEDLE_BENCHMARK("report/compute scale 100")
{
    computeBenchmark(100, 7, 1000);
}

OSIEDLE_BENCHMARK("report/process scale 1")
{
    processBenchmark(1, 7, 1500, 3.0);
}

OSIEDLE_BENCHMARK("report/process scale 100")
{
    processBenchmark(100, 5, 4000, 2.0);
}
