#include "app/cli/CliArguments.h"
#include "app/cli/Commands.h"
#include "core/storage/Database.h"
#include "ui/common/DocumentPrinter.h"
#include "ui/reports/CoopReportDocument.h"
#include "ui/training/TrainingDocuments.h"

#include <QCoreApplication>
#include <QDir>

namespace osiedle::cli {

namespace {

class PrintCommand {
    Q_DECLARE_TR_FUNCTIONS(PrintCommand)

public:
    static int run(const QStringList& args);
};

// Reads a positive id option; the error names the option and what was given.
std::optional<qint64> idOption(const CliArguments& line, const QString& option, const QString& problem)
{
    bool ok = false;
    const qint64 id = line.value(option).toLongLong(&ok);
    if (!line.has(option) || !ok || id <= 0) {
        printError(problem.arg(line.value(option)));
        return std::nullopt;
    }
    return id;
}

int PrintCommand::run(const QStringList& args)
{
    const QString usage =
        tr("Usage: osiedle-cli print FILE attendance-lists|certificates|course-summary --course ID -o OUT.pdf\n"
           "       osiedle-cli print FILE coop-report --coop ID [--from YYYY-MM-DD] [--to YYYY-MM-DD] -o OUT.pdf");
    const CliArguments line(args, {QStringLiteral("--course"), QStringLiteral("--coop"), QStringLiteral("--from"),
                                   QStringLiteral("--to"), QStringLiteral("-o")});
    if (!line.error().isEmpty() || line.positional().size() != 2) {
        printError(line.error().isEmpty() ? tr("Give the project FILE and the kind of document.") : line.error());
        printError(usage);
        return UsageError;
    }
    const QString kind = line.positional().at(1);
    const QStringList kinds = {QStringLiteral("attendance-lists"), QStringLiteral("certificates"),
                               QStringLiteral("course-summary"), QStringLiteral("coop-report")};
    if (!kinds.contains(kind)) {
        printError(tr("Unknown document \"%1\"; choose one of: %2.").arg(kind, kinds.join(QStringLiteral(", "))));
        printError(usage);
        return UsageError;
    }
    const bool coopReport = kind == kinds[3];
    const auto id =
        coopReport
            ? idOption(line, QStringLiteral("--coop"), tr("--coop must be the id of a social cooperative, not \"%1\"."))
            : idOption(line, QStringLiteral("--course"), tr("--course must be the id of a course, not \"%1\"."));
    if (!id) {
        printError(usage);
        return UsageError;
    }
    // The per-OSS report covers the project's start (or --from) to today (or --to).
    QDate dates[2] = {QDate(), QDate::currentDate()};
    const QString dateOptions[2] = {QStringLiteral("--from"), QStringLiteral("--to")};
    for (int i = 0; i < 2; ++i) {
        if (!line.has(dateOptions[i])) {
            continue;
        }
        dates[i] = QDate::fromString(line.value(dateOptions[i]), Qt::ISODate);
        if (!coopReport || !dates[i].isValid()) {
            printError(
                coopReport
                    ? tr("%1 must be a date as YYYY-MM-DD, not \"%2\".").arg(dateOptions[i], line.value(dateOptions[i]))
                    : tr("%1 is only for the coop-report.").arg(dateOptions[i]));
            printError(usage);
            return UsageError;
        }
    }
    const QString out = line.value(QStringLiteral("-o"));
    if (out.isEmpty()) {
        printError(tr("Give the PDF file to write with -o OUT.pdf."));
        printError(usage);
        return UsageError;
    }
    auto opened = core::Database::open(line.positional().first());
    if (!opened) {
        printError(opened.error().message);
        return UserError;
    }
    core::Database& db = **opened;
    core::Result<std::unique_ptr<ui::DocumentPrinter>> printer = core::Error{};
    if (coopReport) {
        const auto document = ui::CoopReportDocument::load(db, *id, dates[0], dates[1]);
        printer = document ? core::Result<std::unique_ptr<ui::DocumentPrinter>>(document.value().createPrinter())
                           : core::Result<std::unique_ptr<ui::DocumentPrinter>>(document.error());
    } else {
        printer = kind == kinds[0]   ? ui::TrainingDocuments::attendanceLists(db, *id)
                  : kind == kinds[1] ? ui::TrainingDocuments::certificates(db, *id)
                                     : ui::TrainingDocuments::courseSummary(db, *id);
    }
    if (!printer) {
        printError(printer.error().message);
        return UserError;
    }
    const auto written = (*printer)->writePdf(out);
    if (!written) {
        printError(written.error().message);
        return UserError;
    }
    printOut(tr("%1 written: %2 pages.").arg(QDir::toNativeSeparators(out)).arg((*printer)->pageCount()));
    return Success;
}

} // namespace

int runPrint(const QStringList& args)
{
    return PrintCommand::run(args);
}

} // namespace osiedle::cli
