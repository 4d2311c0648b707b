// osiedle-cli history FILE [--record KIND:ID] [--person NAME] [--from DATE] [--to DATE]
//                          [--format csv|json] [-o OUT]
//
// The file's change history (who changed what, when), newest first: all of it, or one record's
// (a participant's with their attendance marks, enrolments, debts…), to standard output or a
// file. The file is only read.

#include "app/cli/CliArguments.h"
#include "app/cli/CliDate.h"
#include "app/cli/Commands.h"
#include "core/common/OutputFile.h"
#include "core/io/ChangeHistoryExport.h"
#include "core/storage/ChangeLogRepository.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cstdio>

namespace osiedle::cli {

namespace {

class HistoryCommand {
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    static int run(const QStringList& args);
};

int HistoryCommand::run(const QStringList& args)
{
    const QString usage = tr("Usage: osiedle-cli history FILE [--record KIND:ID] [--person NAME] [--from DATE] "
                             "[--to DATE] [--format csv|json] [-o OUT]");
    const CliArguments line(args, {QStringLiteral("--record"), QStringLiteral("--person"), QStringLiteral("--from"),
                                   QStringLiteral("--to"), QStringLiteral("--format"), QStringLiteral("-o")});
    QString problem = line.error();
    core::ChangeFilter filter;
    const QString format =
        line.has(QStringLiteral("--format")) ? line.value(QStringLiteral("--format")) : QStringLiteral("csv");
    if (problem.isEmpty() && line.positional().size() != 1) {
        problem = tr("Give the project FILE.");
    }
    if (problem.isEmpty() && format != QLatin1String("csv") && format != QLatin1String("json")) {
        problem = tr("--format must be csv or json, not \"%1\".").arg(format);
    }
    if (problem.isEmpty() && line.has(QStringLiteral("--record"))) {
        static const QRegularExpression record(QStringLiteral("^([a-z_]+):([0-9]+)$"));
        const auto match = record.match(line.value(QStringLiteral("--record")));
        if (!match.hasMatch()) {
            problem = tr("--record must be KIND:ID, e.g. participant:17, not \"%1\".")
                          .arg(line.value(QStringLiteral("--record")));
        } else {
            filter.recordKind = match.captured(1);
            filter.recordId = match.captured(2).toLongLong();
        }
    }
    for (const QString& option : {QStringLiteral("--from"), QStringLiteral("--to")}) {
        if (problem.isEmpty() && line.has(option)) {
            const QDate day = parseCliDate(line.value(option));
            if (!day.isValid()) {
                problem = tr("%1 must be a date YYYY-MM-DD or DD.MM.YYYY, not \"%2\".").arg(option, line.value(option));
            }
            (option == QLatin1String("--from") ? filter.from : filter.to) = day;
        }
    }
    if (problem.isEmpty() && filter.from.isValid() && filter.to.isValid() && filter.from > filter.to) {
        problem = tr("--from (%1) is after --to (%2).")
                      .arg(line.value(QStringLiteral("--from")), line.value(QStringLiteral("--to")));
    }
    if (!problem.isEmpty()) {
        printError(problem);
        printError(usage);
        return UsageError;
    }
    filter.person = line.value(QStringLiteral("--person")).trimmed();
    auto opened = core::Database::open(line.positional().at(0), core::Database::Mode::ReadOnly);
    if (!opened) {
        printError(opened.error().message);
        return UserError;
    }
    core::Database& db = *opened.value();
    QList<core::ChangeEntry> entries;
    try {
        entries = core::ChangeLogRepository(db).entries(filter);
    } catch (const core::StorageError& e) {
        printError(e.message());
        return UserError;
    }
    const QByteArray bytes = format == QLatin1String("json") ? core::ChangeHistoryExport::json(entries)
                                                             : core::ChangeHistoryExport::csv(entries);
    const QString output = line.value(QStringLiteral("-o"));
    if (output.isEmpty() || core::OutputFile::isStandardOutput(output)) {
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
        std::fflush(stdout);
        return Success;
    }
    if (const core::Status written = core::OutputFile::write(output, bytes, core::OutputOptions::madeFrom(db.path()));
        !written) {
        printError(written.error().message);
        return UserError;
    }
    printOut(tr("%n change(s) written to %1.", nullptr, static_cast<int>(entries.size())).arg(output));
    return Success;
}

} // namespace

int runHistory(const QStringList& args)
{
    return HistoryCommand::run(args);
}

} // namespace osiedle::cli
