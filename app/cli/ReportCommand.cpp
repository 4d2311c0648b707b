// osiedle-cli report FILE --period ID|FROM..TO [--format json|pdf|html|csv] -o OUT
//
// Computes the indicator report of a reporting period (its id or number) or of a date range
// and writes it as PDF, JSON or CSV ("-o -" writes JSON/CSV to standard output). The project
// file is only read.

#include "app/cli/CliPeriod.h"
#include "app/cli/Commands.h"
#include "core/common/OutputFile.h"
#include "core/indicators/LockedReport.h"
#include "core/indicators/ReportSeries.h"
#include "core/io/IndicatorReportCsv.h"
#include "core/io/IndicatorReportJson.h"
#include "core/io/IndicatorReportXlsx.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "ui/reports/IndicatorReportDocument.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace osiedle::cli {

namespace {

struct ReportCli {
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

QString usageLine()
{
    return QStringLiteral(
        "Usage: osiedle-cli report FILE --period ID|FROM..TO [--format pdf|html|json|csv|xlsx] -o OUT");
}

int usageError(const QString& problem)
{
    printError(problem);
    printError(usageLine());
    return UsageError;
}

struct Options {
    QString file;
    QString period;
    QString format;
    QString output;
};

// Parses "--name value" and "--name=value"; returns an error text for a wrong call.
std::optional<QString> parse(const QStringList& args, Options& options)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString arg = args[i];
        QString value;
        bool hasValue = false;
        if (arg.startsWith(QLatin1String("--")) && arg.contains(QLatin1Char('='))) {
            value = arg.section(QLatin1Char('='), 1);
            arg = arg.section(QLatin1Char('='), 0, 0);
            hasValue = true;
        }
        QString* target = nullptr;
        if (arg == QLatin1String("--period")) {
            target = &options.period;
        } else if (arg == QLatin1String("--format")) {
            target = &options.format;
        } else if (arg == QLatin1String("-o") || arg == QLatin1String("--output")) {
            target = &options.output;
        } else if (arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-")) {
            return ReportCli::tr("Unknown option: %1").arg(arg);
        } else if (options.file.isEmpty()) {
            options.file = arg;
            continue;
        } else {
            return ReportCli::tr("Unexpected argument: %1").arg(arg);
        }
        if (!hasValue) {
            if (i + 1 >= args.size()) {
                return ReportCli::tr("%1 needs a value").arg(arg);
            }
            value = args[++i];
        }
        *target = value;
    }
    if (options.file.isEmpty()) {
        return ReportCli::tr("The project FILE is missing");
    }
    if (options.period.isEmpty()) {
        return ReportCli::tr("--period is missing");
    }
    if (options.output.isEmpty()) {
        return ReportCli::tr("-o OUT is missing");
    }
    if (options.format.isEmpty()) {
        const QString suffix = QFileInfo(options.output).suffix().toLower();
        options.format = (suffix == QLatin1String("json") || suffix == QLatin1String("csv") ||
                          suffix == QLatin1String("html") || suffix == QLatin1String("xlsx"))
                             ? suffix
                             : QStringLiteral("pdf");
    }
    options.format = options.format.toLower();
    if (options.format != QLatin1String("pdf") && options.format != QLatin1String("json") &&
        options.format != QLatin1String("csv") && options.format != QLatin1String("html") &&
        options.format != QLatin1String("xlsx")) {
        return ReportCli::tr("Unknown format: %1 (this version writes pdf, html, json, csv and xlsx)")
            .arg(options.format);
    }
    if ((options.format == QLatin1String("pdf") || options.format == QLatin1String("xlsx")) &&
        options.output == QLatin1String("-")) {
        return ReportCli::tr("A PDF or XLSX file cannot be written to standard output");
    }
    return std::nullopt;
}

int writeBytes(const Options& options, const QByteArray& bytes)
{
    const core::Status written =
        core::OutputFile::write(options.output, bytes, core::OutputOptions::madeFrom(options.file));
    if (!written) {
        printError(written.error().message);
        return UserError;
    }
    return Success;
}

} // namespace

int runReport(const QStringList& args)
{
    Options options;
    if (const auto problem = parse(args, options)) {
        return usageError(*problem);
    }
    // The output is judged before any work: never the project, its side files or another project.
    if (const core::Status target =
            core::OutputFile::check(options.output, core::OutputOptions::madeFrom(options.file));
        !target) {
        printError(target.error().message);
        return UserError;
    }
    // The report only reads: not a byte of the file changes.
    auto opened = core::Database::open(options.file, core::Database::Mode::ReadOnly);
    if (!opened) {
        printError(opened.error().message);
        return UserError;
    }
    core::Database& db = *opened.value();

    const core::Result<core::ReportingPeriod> period = resolvePeriod(db, options.period);
    if (!period) {
        if (exitCodeFor(period.error()) == UsageError) {
            return usageError(period.error().message);
        }
        printError(period.error().message);
        return UserError;
    }
    // A locked period reports its locked values beside what the data gives now.
    const auto report = core::LockedReport::compute(db, period.value());
    if (!report) {
        printError(report.error().message);
        return UserError;
    }

    if (options.format == QLatin1String("json")) {
        return writeBytes(options, core::IndicatorReportJson::toBytes(report.value()));
    }
    if (options.format == QLatin1String("csv")) {
        return writeBytes(options, core::IndicatorReportCsv::toBytes(report.value()));
    }
    if (options.format == QLatin1String("xlsx")) {
        const core::Status written = core::IndicatorReportXlsx::write(report.value(), options.output);
        if (!written) {
            printError(written.error().message);
            return UserError;
        }
        return Success;
    }
    if (options.format == QLatin1String("html")) {
        const ui::IndicatorReportDocument document(report.value());
        return writeBytes(options, document.standaloneHtml().toUtf8());
    }
    ui::IndicatorReportDocument document(report.value());
    try {
        document.setSeries(core::ReportSeriesCalculator(db).compute(period.value().from, period.value().to));
        document.useProjectLogo(db);
    } catch (const core::StorageError& e) {
        printError(e.message());
        return UserError;
    }
    const auto written = document.writePdf(options.output);
    if (!written) {
        printError(written.error().message);
        return UserError;
    }
    return Success;
}

} // namespace osiedle::cli
