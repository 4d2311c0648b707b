// The indicator report (QUALITY.md): all indicators of a period computed (≤ 30 ms at scale 1,
// ≤ 1 s at scale 100, within 1.5× of the bare queries), and the whole `osiedle-cli report
// --format pdf` process with its charts (≤ 1.5 s / ≤ 4 s).
//
// The floor of the computation is measured in the same run: the very statements the
// calculator runs (recorded with sqlite3_trace_v2, with their bound values expanded) prepared
// once and stepped through with the sqlite3 C API on the same connection, without the
// calculator's Qt and assembly layer.
#include "Bench.h"
#include "core/indicators/IndicatorCalculator.h"
#include "core/indicators/ReportSeries.h"
#include "core/storage/Database.h"
#include "core/storage/ReportingPeriodRepository.h"

#include <QDir>
#include <QProcess>
#include <QTextStream>
#include <sqlite3.h>

using namespace osiedle;

namespace {

// The statements a computation runs, in order, with their parameters written in.
std::vector<QByteArray> recordStatements(core::Database& db, const std::function<void()>& work)
{
    std::vector<QByteArray> statements;
    auto trace = [](unsigned, void* context, void* statement, void*) -> int {
        char* sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement));
        if (sql != nullptr) {
            static_cast<std::vector<QByteArray>*>(context)->emplace_back(sql);
            sqlite3_free(sql);
        }
        return 0;
    };
    sqlite3_trace_v2(db.handle(), SQLITE_TRACE_STMT, trace, &statements);
    work();
    sqlite3_trace_v2(db.handle(), 0, nullptr, nullptr);
    return statements;
}

// The recorded statements, prepared once; run() steps each through all its rows.
class BareQueries {
public:
    BareQueries(sqlite3* handle, const std::vector<QByteArray>& sql)
    {
        for (const QByteArray& text : sql) {
            sqlite3_stmt* statement = nullptr;
            if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &statement, nullptr) != SQLITE_OK) {
                qFatal("cannot prepare %s: %s", text.constData(), sqlite3_errmsg(handle));
            }
            m_statements.push_back(statement);
        }
    }
    ~BareQueries()
    {
        for (sqlite3_stmt* statement : m_statements) {
            sqlite3_finalize(statement);
        }
    }
    BareQueries(const BareQueries&) = delete;
    BareQueries& operator=(const BareQueries&) = delete;

    void run()
    {
        for (sqlite3_stmt* statement : m_statements) {
            while (sqlite3_step(statement) == SQLITE_ROW) {
                m_sink += sqlite3_column_int64(statement, 0);
            }
            sqlite3_reset(statement);
        }
    }

private:
    std::vector<sqlite3_stmt*> m_statements;
    qint64 m_sink = 0;
};

void target(const QString& name, const std::vector<double>& samples, double targetMs)
{
    const double m = bench::median(samples);
    QTextStream(stdout) << name
                        << QStringLiteral(": target %1 ms, median %2 ms: %3")
                               .arg(targetMs, 0, 'f', 0)
                               .arg(m, 0, 'f', 1)
                               .arg(m <= targetMs ? QStringLiteral("met") : QStringLiteral("MISSED"))
                        << Qt::endl;
}

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
    auto opened = core::Database::open(bench::demoFile(scale));
    if (!opened) {
        qFatal("cannot open the demo file");
    }
    core::Database& db = *opened.value();
    const core::ReportingPeriod period = lastPeriod(db);
    core::IndicatorCalculator calculator(db);
    auto compute = [&] {
        if (!calculator.compute(period)) {
            qFatal("the report cannot be computed");
        }
    };
    const QString prefix =
        QStringLiteral("report/indicators scale %1 (period %2): ").arg(scale).arg(period.number.value_or(0));
    const auto statements = recordStatements(db, compute);
    BareQueries bare(db.handle(), statements);
    const auto baseline = bench::sample(runs, [&] { bare.run(); });
    const auto samples = bench::sample(runs, compute);
    bench::report(prefix +
                      QStringLiteral("all indicators, flow and data quality (%1 statements)").arg(statements.size()),
                  samples, QStringLiteral("the same SQL through the sqlite3 C API"), baseline);
    target(prefix + QStringLiteral("computed"), samples, targetMs);

    core::ReportSeriesCalculator series(db);
    bench::report(prefix + QStringLiteral("monthly series of the charts"),
                  bench::sample(runs, [&] { series.compute(period.from, period.to); }));
}

void pdfBenchmark(int scale, int runs, double targetMs)
{
    const QString file = bench::demoFile(scale);
    const QString out = QDir::temp().absoluteFilePath(QStringLiteral("osiedle-bench-report-%1.pdf").arg(scale));
    int number = 0;
    {
        auto opened = core::Database::open(file);
        if (!opened) {
            qFatal("cannot open the demo file");
        }
        number = lastPeriod(*opened.value()).number.value_or(1);
    }
    auto run = [&](const QStringList& args) {
        QProcess process;
        process.start(bench::cliPath(), args);
        if (!process.waitForFinished(120000) || process.exitCode() != 0) {
            qFatal("osiedle-cli failed: %s", process.readAllStandardError().constData());
        }
    };
    const auto samples = bench::sample(runs, [&] {
        run({QStringLiteral("report"), file, QStringLiteral("--period"), QString::number(number),
             QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), out});
    });
    // The same process writing JSON: starting, opening and computing, without charts or layout.
    const QString json = out + QStringLiteral(".json");
    const auto baseline = bench::sample(runs, [&] {
        run({QStringLiteral("report"), file, QStringLiteral("--period"), QString::number(number),
             QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), json});
    });
    const QString name =
        QStringLiteral("report/pdf scale %1: osiedle-cli report --format pdf, whole process").arg(scale);
    bench::report(name, samples, QStringLiteral("the same report as JSON"), baseline);
    target(name, samples, targetMs);
}

} // namespace

OSIEDLE_BENCHMARK("report/indicators scale 1")
{
    computeBenchmark(1, 21, 30);
}

OSIEDLE_BENCHMARK("report/indicators scale 100")
{
    computeBenchmark(100, 7, 1000);
}

OSIEDLE_BENCHMARK("report/pdf scale 1")
{
    pdfBenchmark(1, 7, 1500);
}

OSIEDLE_BENCHMARK("report/pdf scale 100")
{
    pdfBenchmark(100, 5, 4000);
}
