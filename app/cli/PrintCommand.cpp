#include "app/cli/CliArguments.h"
#include "app/cli/Commands.h"

#include "core/storage/Database.h"
#include "ui/common/DocumentPrinter.h"
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

int PrintCommand::run(const QStringList& args)
{
    const QString usage =
        tr("Usage: osiedle-cli print FILE attendance-lists|certificates|course-summary --course ID -o OUT.pdf");
    const CliArguments line(args, {QStringLiteral("--course"), QStringLiteral("-o")});
    if (!line.error().isEmpty() || line.positional().size() != 2) {
        printError(line.error().isEmpty() ? tr("Give the project FILE and the kind of document.") : line.error());
        printError(usage);
        return UsageError;
    }
    const QString kind = line.positional().at(1);
    const QStringList kinds = {QStringLiteral("attendance-lists"), QStringLiteral("certificates"),
                               QStringLiteral("course-summary")};
    if (!kinds.contains(kind)) {
        printError(tr("Unknown document \"%1\"; choose one of: %2.").arg(kind, kinds.join(QStringLiteral(", "))));
        printError(usage);
        return UsageError;
    }
    bool ok = false;
    const qint64 courseId = line.value(QStringLiteral("--course")).toLongLong(&ok);
    if (!line.has(QStringLiteral("--course")) || !ok || courseId <= 0) {
        printError(tr("--course must be the id of a course, not \"%1\".").arg(line.value(QStringLiteral("--course"))));
        printError(usage);
        return UsageError;
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
    auto printer = kind == kinds[0]   ? ui::TrainingDocuments::attendanceLists(db, courseId)
                   : kind == kinds[1] ? ui::TrainingDocuments::certificates(db, courseId)
                                      : ui::TrainingDocuments::courseSummary(db, courseId);
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
