#include "app/cli/CliArguments.h"
#include "app/cli/CliPassword.h"
#include "app/cli/CliPeriod.h"
#include "app/cli/Commands.h"
#include "core/common/OutputFile.h"
#include "core/indicators/LockedReport.h"
#include "core/io/EncryptedArchive.h"
#include "core/io/IndicatorReportCsv.h"
#include "core/io/IndicatorReportXlsx.h"
#include "core/io/ParticipantExport.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <functional>
#include <map>

namespace osiedle::cli {

namespace {

class ExportCommand {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static int run(const QStringList& args);
    static int participants(core::Database& db, const QString& format, const QString& output, const QDate& from,
                            const QDate& to, const QString& shownOutput);
    static int indicators(core::Database& db, const QString& format, const QString& output, const QDate& from,
                          const QDate& to, const QString& shownOutput);
};

/// One kind of export: the open project, the format ("csv" or "xlsx"), the output file, the
/// period (both dates invalid when none was given) and the output's name as the user knows it
/// (the archive, when the file is sealed in one).
using ExportKind = std::function<int(core::Database& db, const QString& format, const QString& output,
                                     const QDate& from, const QDate& to, const QString& shownOutput)>;

// The kinds of export, one line each.
const std::map<QString, ExportKind>& exportKinds()
{
    static const std::map<QString, ExportKind> kinds = {
        {QStringLiteral("participants"), &ExportCommand::participants},
        {QStringLiteral("indicators"), &ExportCommand::indicators},
    };
    return kinds;
}

int ExportCommand::participants(core::Database& db, const QString& format, const QString& output, const QDate& from,
                                const QDate& to, const QString& shownOutput)
{
    core::ParticipantExport exporter(db);
    const core::ParticipantExport::Options options{from, to, false};
    const auto incomplete = exporter.incomplete(options);
    if (!incomplete) {
        printError(incomplete.error().message);
        return UserError;
    }
    for (const auto& person : *incomplete) {
        printOut(tr("Incomplete: %1 (missing: %2)").arg(person.name, person.missingText));
    }
    const auto written = exporter.write(output,
                                        format == QLatin1String("xlsx") ? core::ParticipantExport::Format::Xlsx
                                                                        : core::ParticipantExport::Format::Csv,
                                        options);
    if (!written) {
        printError(written.error().message);
        return UserError;
    }
    printOut(tr("%n participant(s) written to %1, %2 of them incomplete.", nullptr, *written)
                 .arg(QDir::toNativeSeparators(shownOutput))
                 .arg(incomplete->size()));
    return Success;
}

int ExportCommand::indicators(core::Database& db, const QString& format, const QString& output, const QDate& from,
                              const QDate& to, const QString& shownOutput)
{
    if (!from.isValid()) {
        printError(tr("The indicator table needs --period ID|FROM..TO."));
        return UsageError;
    }
    // A range that is exactly a stored period is that period (a locked one with its comparison).
    const auto period =
        resolvePeriod(db, QStringLiteral("%1..%2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    const auto report =
        period ? core::LockedReport::compute(db, *period) : core::Result<core::IndicatorReport>(period.error());
    if (!report) {
        printError(report.error().message);
        return UserError;
    }
    if (format == QLatin1String("xlsx")) {
        if (const core::Status written = core::IndicatorReportXlsx::write(*report, output); !written) {
            printError(written.error().message);
            return UserError;
        }
    } else if (const core::Status written = core::OutputFile::write(output, core::IndicatorReportCsv::toBytes(*report),
                                                                    core::OutputOptions::madeFrom(db.path()));
               !written) {
        printError(written.error().message);
        return UserError;
    }
    printOut(tr("%n indicator(s) of %1 – %2 written to %3.", nullptr, int(report->rows.size()))
                 .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate), QDir::toNativeSeparators(shownOutput)));
    return Success;
}

int ExportCommand::run(const QStringList& args)
{
    QStringList kinds;
    for (const auto& [name, kind] : exportKinds()) {
        kinds.append(name);
    }
    const QString usage = tr("Usage: osiedle-cli export FILE %1 --format csv|xlsx -o OUT [--period ID|FROM..TO]\n"
                             "       [--encrypt [--password-file FILE]]   OUT is then an AES-256 ZIP archive; the "
                             "password is the file's first line, or a line read from standard input")
                              .arg(kinds.join(QLatin1Char('|')));
    const CliArguments line(
        args, {QStringLiteral("--format"), QStringLiteral("-o"), QStringLiteral("--period"), CliPassword::fileOption()},
        {CliPassword::encryptFlag()});
    if (!line.error().isEmpty() || line.positional().size() != 2 || !line.has(QStringLiteral("-o")) ||
        !CliPassword::usageProblem(line).isEmpty()) {
        printError(!line.error().isEmpty() ? line.error()
                   : !CliPassword::usageProblem(line).isEmpty()
                       ? CliPassword::usageProblem(line)
                       : tr("Give the project FILE, the kind of data and -o OUT."));
        printError(usage);
        return UsageError;
    }
    const bool encrypt = line.has(CliPassword::encryptFlag());
    const auto kind = exportKinds().find(line.positional().at(1));
    if (kind == exportKinds().end()) {
        printError(tr("Unknown kind of export: %1").arg(line.positional().at(1)));
        printError(usage);
        return UsageError;
    }
    const QString output = line.value(QStringLiteral("-o"));
    QString format = line.value(QStringLiteral("--format")).toLower();
    if (format.isEmpty()) {
        QString named = output;
        if (encrypt && named.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) {
            named.chop(4);
        }
        format = named.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? QStringLiteral("xlsx")
                                                                             : QStringLiteral("csv");
    }
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx")) {
        printError(tr("--format must be csv or xlsx, not \"%1\".").arg(format));
        printError(usage);
        return UsageError;
    }
    // The output is judged before any work: never the project, its side files or another project.
    if (const core::Status target =
            core::OutputFile::check(output, core::OutputOptions::madeFrom(line.positional().at(0)));
        !target) {
        printError(target.error().message);
        return UserError;
    }
    const auto password = encrypt ? CliPassword::readOrPrint(line) : std::optional<QString>(QString());
    if (!password) {
        return UserError;
    }
    auto db = core::Database::open(line.positional().at(0), core::Database::Mode::ReadOnly);
    if (!db) {
        printError(db.error().message);
        return UserError;
    }
    QDate from;
    QDate to;
    if (line.has(QStringLiteral("--period"))) {
        // A reporting period's id or number, or FROM..TO.
        const auto period = resolvePeriod(**db, line.value(QStringLiteral("--period")));
        if (!period) {
            printError(period.error().message);
            if (exitCodeFor(period.error()) == UsageError) {
                printError(usage);
            }
            return exitCodeFor(period.error());
        }
        from = period->from;
        to = period->to;
    }
    if (!encrypt) {
        return kind->second(**db, format, output, from, to, output);
    }
    int exitCode = Success;
    const core::Status sealed = core::EncryptedArchive::writeProduced(
        output, core::EncryptedArchive::innerName(output, format), *password,
        [&](const QString& inner) -> core::Status {
            exitCode = kind->second(**db, format, inner, from, to, output);
            return exitCode == Success ? core::Status() : core::Status(core::Error{QString()});
        },
        core::OutputOptions::madeFrom(line.positional().at(0)));
    if (exitCode != Success) {
        return exitCode; // the export said what went wrong
    }
    if (!sealed) {
        printError(sealed.error().message);
        return UserError;
    }
    printOut(tr("Encrypted with AES-256: open %1 with 7-Zip (or Windows Explorer) and the password.")
                 .arg(QDir::toNativeSeparators(output)));
    return Success;
}

} // namespace

int runExport(const QStringList& args)
{
    return ExportCommand::run(args);
}

} // namespace osiedle::cli
