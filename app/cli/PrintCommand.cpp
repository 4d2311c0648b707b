#include "app/cli/CliArguments.h"
#include "app/cli/Commands.h"
#include "core/common/OutputFile.h"
#include "core/services/ProjectTimeline.h"
#include "core/storage/CompetitionRepository.h"
#include "core/storage/Database.h"
#include "core/storage/EventRepository.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/StorageError.h"
#include "core/storage/WorkOrderRepository.h"
#include "ui/common/DocumentPrinter.h"
#include "ui/products/ProductsDocuments.h"
#include "ui/reports/CoopReportDocument.h"
#include "ui/surveys/SurveyDocuments.h"
#include "ui/timeline/TimelineChart.h"
#include "ui/training/TrainingDocuments.h"
#include "ui/workorders/WorkOrderDocuments.h"

#include <QCoreApplication>
#include <QDir>
#include <algorithm>

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

// Each printable document: its name on the command line and the id option it needs (none for
// the timeline).
struct Kind {
    QString name;
    QString idOption;
};

const QList<Kind>& kinds()
{
    static const QList<Kind> list = {
        {QStringLiteral("attendance-lists"), QStringLiteral("--course")},
        {QStringLiteral("certificates"), QStringLiteral("--course")},
        {QStringLiteral("course-summary"), QStringLiteral("--course")},
        {QStringLiteral("coop-report"), QStringLiteral("--coop")},
        {QStringLiteral("competition-results"), QStringLiteral("--competition")},
        {QStringLiteral("jury-sheet"), QStringLiteral("--competition")},
        {QStringLiteral("event-list"), QStringLiteral("--event")},
        {QStringLiteral("timeline"), QString()},
        {QStringLiteral("work-order"), QStringLiteral("--order")},
        {QStringLiteral("protocol"), QStringLiteral("--order")},
        {QStringLiteral("questionnaires"), QStringLiteral("--round")},
    };
    return list;
}

using Printer = core::Result<std::unique_ptr<ui::DocumentPrinter>>;

// The document of `kind` for the record `id`, or what is wrong (an unknown record is named).
Printer document(core::Database& db, const QString& kind, qint64 id, const QDate (&dates)[2],
                 const std::optional<core::StaffMember>& signatory)
{
    if (kind == QLatin1String("work-order") || kind == QLatin1String("protocol")) {
        const auto order = core::WorkOrderRepository(db).find(id);
        if (!order) {
            return core::Error{PrintCommand::tr("There is no work order with id %1.").arg(id)};
        }
        return ui::WorkOrderDocuments::printer(db, *order,
                                               kind == QLatin1String("protocol")
                                                   ? ui::WorkOrderDocuments::Document::Protocol
                                                   : ui::WorkOrderDocuments::Document::Order,
                                               signatory);
    }
    if (kind == QLatin1String("coop-report")) {
        const auto report = ui::CoopReportDocument::load(db, id, dates[0], dates[1]);
        return report ? Printer(report.value().createPrinter()) : Printer(report.error());
    }
    if (kind == QLatin1String("timeline")) {
        return ui::TimelineChart::document(db, core::ProjectTimeline::items(db), dates[1]);
    }
    if (kind == QLatin1String("competition-results") || kind == QLatin1String("jury-sheet")) {
        if (!core::CompetitionRepository(db).find(id)) {
            return core::Error{PrintCommand::tr("There is no competition with id %1.").arg(id)};
        }
        return kind == QLatin1String("jury-sheet") ? ui::ProductsDocuments::juryScoringSheet(db, id)
                                                   : ui::ProductsDocuments::competitionResults(db, id);
    }
    if (kind == QLatin1String("questionnaires")) {
        return ui::SurveyDocuments::blankForms(db, id);
    }
    if (kind == QLatin1String("event-list")) {
        if (!core::EventRepository(db).find(id)) {
            return core::Error{PrintCommand::tr("There is no study trip or conference with id %1.").arg(id)};
        }
        return ui::ProductsDocuments::eventList(db, id);
    }
    return kind == QLatin1String("attendance-lists") ? ui::TrainingDocuments::attendanceLists(db, id)
           : kind == QLatin1String("certificates")   ? ui::TrainingDocuments::certificates(db, id, {}, signatory)
                                                     : ui::TrainingDocuments::courseSummary(db, id);
}

int PrintCommand::run(const QStringList& args)
{
    const QString usage =
        tr("Usage: osiedle-cli print FILE attendance-lists|certificates|course-summary --course ID -o OUT.pdf\n"
           "       osiedle-cli print FILE coop-report --coop ID [--from YYYY-MM-DD] [--to YYYY-MM-DD] -o OUT.pdf\n"
           "       osiedle-cli print FILE competition-results|jury-sheet --competition ID -o OUT.pdf\n"
           "       osiedle-cli print FILE event-list --event ID -o OUT.pdf\n"
           "       osiedle-cli print FILE timeline [--to YYYY-MM-DD] -o OUT.pdf\n"
           "       osiedle-cli print FILE work-order|protocol --order ID -o OUT.pdf\n"
           "       osiedle-cli print FILE questionnaires --round ID -o OUT.pdf\n"
           "  certificates and protocol take --signed-by NAME|ID (one of the office staff; default: the project's "
           "signatory)");
    const CliArguments line(args, {QStringLiteral("--course"), QStringLiteral("--coop"),
                                   QStringLiteral("--competition"), QStringLiteral("--event"),
                                   QStringLiteral("--round"), QStringLiteral("--from"), QStringLiteral("--to"),
                                   QStringLiteral("-o"), QStringLiteral("--order"), QStringLiteral("--signed-by")});
    if (!line.error().isEmpty() || line.positional().size() != 2) {
        printError(line.error().isEmpty() ? tr("Give the project FILE and the kind of document.") : line.error());
        printError(usage);
        return UsageError;
    }
    const QString kindName = line.positional().at(1);
    const auto kind = std::find_if(kinds().cbegin(), kinds().cend(), [&](const Kind& k) { return k.name == kindName; });
    if (kind == kinds().cend()) {
        QStringList names;
        for (const Kind& k : kinds()) {
            names << k.name;
        }
        printError(tr("Unknown document \"%1\"; choose one of: %2.").arg(kindName, names.join(QStringLiteral(", "))));
        printError(usage);
        return UsageError;
    }
    // The id the document needs; an id option the document does not take is refused by name.
    qint64 id = 0;
    for (const QString& option : {QStringLiteral("--course"), QStringLiteral("--coop"), QStringLiteral("--competition"),
                                  QStringLiteral("--event"), QStringLiteral("--order"), QStringLiteral("--round")}) {
        if (option != kind->idOption && line.has(option)) {
            printError(tr("%1 is not an option of the %2 document.").arg(option, kind->name));
            printError(usage);
            return UsageError;
        }
    }
    if (!kind->idOption.isEmpty()) {
        const QString problem =
            kind->idOption == QLatin1String("--course") ? tr("--course must be the id of a course, not \"%1\".")
            : kind->idOption == QLatin1String("--coop")
                ? tr("--coop must be the id of a social cooperative, not \"%1\".")
            : kind->idOption == QLatin1String("--competition")
                ? tr("--competition must be the id of a competition, not \"%1\".")
            : kind->idOption == QLatin1String("--order") ? tr("--order must be the id of a work order, not \"%1\".")
            : kind->idOption == QLatin1String("--round")
                ? tr("--round must be the id of a round of a questionnaire or test, not \"%1\".")
                : tr("--event must be the id of a study trip or conference, not \"%1\".");
        const auto given = idOption(line, kind->idOption, problem);
        if (!given) {
            printError(usage);
            return UsageError;
        }
        id = *given;
    }
    const bool signs = kind->name == QLatin1String("certificates") || kind->name == QLatin1String("protocol");
    if (line.has(QStringLiteral("--signed-by")) && !signs) {
        printError(tr("%1 is not an option of the %2 document.").arg(QStringLiteral("--signed-by"), kind->name));
        printError(usage);
        return UsageError;
    }
    // The per-OSS report covers the project's start (or --from) to its reference day (or --to);
    // the timeline shows the project as on --to (by default the reference day: today, or the
    // project's last day once it is over).
    const bool coopReport = kind->name == QLatin1String("coop-report");
    const bool timeline = kind->name == QLatin1String("timeline");
    QDate dates[2] = {QDate(), QDate()};
    const QString dateOptions[2] = {QStringLiteral("--from"), QStringLiteral("--to")};
    for (int i = 0; i < 2; ++i) {
        if (!line.has(dateOptions[i])) {
            continue;
        }
        dates[i] = QDate::fromString(line.value(dateOptions[i]), Qt::ISODate);
        const bool allowed = coopReport || (timeline && i == 1);
        if (!allowed || !dates[i].isValid()) {
            printError(
                allowed
                    ? tr("%1 must be a date as YYYY-MM-DD, not \"%2\".").arg(dateOptions[i], line.value(dateOptions[i]))
                    : tr("%1 is not an option of the %2 document.").arg(dateOptions[i], kind->name));
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
    // The output is judged before any work: never the project, its side files or another project.
    if (const core::Status target =
            core::OutputFile::check(out, core::OutputOptions::madeFrom(line.positional().first()));
        !target) {
        printError(target.error().message);
        return UserError;
    }
    auto opened = core::Database::open(line.positional().first(), core::Database::Mode::ReadOnly);
    if (!opened) {
        printError(opened.error().message);
        return UserError;
    }
    Printer printer = core::Error{};
    try {
        core::ProjectRepository project(**opened);
        if (!dates[1].isValid()) {
            dates[1] = project.referenceDay();
        }
        std::optional<core::StaffMember> signatory;
        if (line.has(QStringLiteral("--signed-by"))) {
            const QString who = line.value(QStringLiteral("--signed-by")).trimmed();
            for (const core::StaffMember& member : project.staff()) {
                if (QString::number(member.id) == who || member.name.compare(who, Qt::CaseInsensitive) == 0) {
                    signatory = member;
                }
            }
            if (!signatory) {
                printError(tr("--signed-by: \"%1\" is not among the office staff.").arg(who));
                return UserError;
            }
        }
        printer = document(**opened, kind->name, id, dates, signatory);
    } catch (const core::StorageError& e) {
        printer = core::Error{e.message()};
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
