#include "app/cli/CliArguments.h"
#include "app/cli/CliDate.h"
#include "app/cli/Commands.h"
#include "core/common/DisplayFormat.h"
#include "core/services/ProjectService.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace osiedle::cli {

namespace {

class NewCommand {
    Q_DECLARE_TR_FUNCTIONS(NewCommand)

public:
    static int run(const QStringList& args);
};

int NewCommand::run(const QStringList& args)
{
    const QString usage = tr("Usage: osiedle-cli new FILE --title TITLE --start YYYY-MM-DD --end YYYY-MM-DD "
                             "[--contract NUMBER] [--beneficiary NAME] [--no-periods]");
    const CliArguments line(args,
                            {QStringLiteral("--title"), QStringLiteral("--start"), QStringLiteral("--end"),
                             QStringLiteral("--contract"), QStringLiteral("--beneficiary")},
                            {QStringLiteral("--no-periods")});
    if (!line.error().isEmpty() || line.positional().size() != 1) {
        printError(line.error().isEmpty() ? tr("Give exactly one FILE to create.") : line.error());
        printError(usage);
        return UsageError;
    }
    for (const QString& option : {QStringLiteral("--title"), QStringLiteral("--start"), QStringLiteral("--end")}) {
        if (!line.has(option)) {
            printError(tr("The option %1 is needed.").arg(option));
            printError(usage);
            return UsageError;
        }
    }
    core::ProjectDetails details;
    details.title = line.value(QStringLiteral("--title"));
    details.contractNumber = line.value(QStringLiteral("--contract"));
    details.beneficiary = line.value(QStringLiteral("--beneficiary"));
    details.startDate = parseCliDate(line.value(QStringLiteral("--start")));
    details.endDate = parseCliDate(line.value(QStringLiteral("--end")));
    details.quarterlyPeriods = !line.has(QStringLiteral("--no-periods"));

    // Every problem is named with its option; nothing is created while one remains.
    QStringList problems;
    for (const auto& [option, date] : {std::pair{QStringLiteral("--start"), details.startDate},
                                       std::pair{QStringLiteral("--end"), details.endDate}}) {
        if (!date.isValid()) {
            problems << tr("%1: \"%2\" is not a date (YYYY-MM-DD or DD.MM.YYYY, a day that exists).")
                            .arg(option, line.value(option));
        }
    }
    if (problems.isEmpty()) {
        const QHash<QString, QString> options{{QStringLiteral("title"), QStringLiteral("--title")},
                                              {QStringLiteral("start_date"), QStringLiteral("--start")},
                                              {QStringLiteral("end_date"), QStringLiteral("--end")}};
        for (const core::FieldError& e : core::ProjectService::validate(details)) {
            problems << QStringLiteral("%1: %2").arg(options.value(e.field, e.field), e.message);
        }
    }
    if (!problems.isEmpty()) {
        for (const QString& problem : problems) {
            printError(problem);
        }
        return UserError;
    }
    const QString path = line.positional().first();
    if (QFileInfo::exists(path)) {
        printError(
            tr("%1 already exists; a new project is written only to a new file.").arg(QDir::toNativeSeparators(path)));
        return UserError;
    }
    const auto created = core::ProjectService::createFile(path, details);
    if (!created) {
        printError(created.error().message);
        return UserError;
    }
    const int periods =
        details.quarterlyPeriods ? int(core::ProjectService::quarters(details.startDate, details.endDate).size()) : 0;
    printOut(tr("Project \"%1\" written to %2: %3 – %4, %n reporting period(s).", nullptr, periods)
                 .arg(details.title.trimmed(), QDir::toNativeSeparators(path), core::shown::date(details.startDate),
                      core::shown::date(details.endDate)));
    printOut(tr("Next: osiedle-cli project %1 set KEY=VALUE… (see osiedle-cli project %1 show).")
                 .arg(QDir::toNativeSeparators(path)));
    return Success;
}

} // namespace

int runNew(const QStringList& args)
{
    return NewCommand::run(args);
}

} // namespace osiedle::cli
