#include "app/cli/CliArguments.h"
#include "app/cli/CliBackup.h"
#include "app/cli/Commands.h"
#include "app/cli/ImportAnswers.h"
#include "app/cli/ImportAttendance.h"
#include "app/cli/ImportLedger.h"
#include "core/io/ParticipantImport.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <functional>
#include <map>

namespace osiedle::cli {

namespace {

class ImportCommand {
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    static int run(const QStringList& args);
    static int participants(core::Database& db, const QString& input, bool dryRun,
                            const std::function<bool()>& beforeWrite);
};

/// One kind of import: the open project, the input file, whether to write nothing, what to do
/// once the rows are found right, just before writing (the backup copy; false stops), and the
/// command line (for the options of a kind, e.g. the round of answers).
using BeforeWrite = std::function<bool()>;
using ImportKind = std::function<int(core::Database& db, const QString& input, bool dryRun,
                                     const BeforeWrite& beforeWrite, const CliArguments& line)>;

// A kind that takes no option of its own.
template <int (*run)(core::Database&, const QString&, bool, const BeforeWrite&)>
int plain(core::Database& db, const QString& input, bool dryRun, const BeforeWrite& beforeWrite, const CliArguments&)
{
    return run(db, input, dryRun, beforeWrite);
}

// The kinds of import, one line each, and the options only some of them take.
const std::map<QString, ImportKind>& importKinds()
{
    static const std::map<QString, ImportKind> kinds = {
        {QStringLiteral("participants"), &plain<&ImportCommand::participants>},
        {QStringLiteral("attendance"), &plain<&importAttendance>},
        {QStringLiteral("ledger"), &plain<&importLedger>},
        {QStringLiteral("answers"),
         [](core::Database& db, const QString& input, bool dryRun, const BeforeWrite& beforeWrite,
            const CliArguments& line) {
             return importAnswers(db, input, dryRun, beforeWrite, line.value(QStringLiteral("--round")));
         }},
    };
    return kinds;
}

int ImportCommand::participants(core::Database& db, const QString& input, bool dryRun,
                                const std::function<bool()>& beforeWrite)
{
    core::ChangeNotifier changes;
    core::ParticipantImport import(db, changes);
    const auto checked = import.checkFile(input);
    for (const auto& problem : checked.problems) {
        printError(problem.text());
    }
    if (!checked.ignoredColumns.isEmpty()) {
        printOut(tr("Columns not imported: %1").arg(checked.ignoredColumns.join(QStringLiteral(", "))));
    }
    if (const QString note = checked.startNote(); !note.isEmpty() && checked.problems.isEmpty()) {
        printOut(note);
    }
    if (!checked.problems.isEmpty()) {
        printError(tr("%1: %n problem(s) in %2 of %3 rows; nothing was imported.", nullptr,
                      static_cast<int>(checked.problems.size()))
                       .arg(QFileInfo(input).fileName())
                       .arg(checked.invalidRowCount())
                       .arg(checked.rowCount));
        return UserError;
    }
    if (dryRun) {
        printOut(tr("%n participant(s) checked, no problems; nothing written (--dry-run).", nullptr,
                    static_cast<int>(checked.valid.size())));
        return Success;
    }
    if (!beforeWrite()) {
        return UserError;
    }
    const auto written = import.write(checked);
    if (!written) {
        printError(written.error().message);
        return UserError;
    }
    printOut(tr("%n participant(s) imported.", nullptr, *written));
    return Success;
}

int ImportCommand::run(const QStringList& args)
{
    QStringList kinds;
    for (const auto& [name, kind] : importKinds()) {
        if (name != QLatin1String("answers")) { // it has a usage line of its own
            kinds.append(name);
        }
    }
    const QString usage = tr("Usage: osiedle-cli import FILE %1 INPUT [--dry-run]\n"
                             "       osiedle-cli import FILE answers --round ID INPUT [--dry-run]")
                              .arg(kinds.join(QLatin1Char('|')));
    const CliArguments line(args, {QStringLiteral("--round")}, {QStringLiteral("--dry-run")});
    if (!line.error().isEmpty() || line.positional().size() != 3) {
        printError(line.error().isEmpty() ? tr("Give the project FILE, the kind of data and the INPUT file.")
                                          : line.error());
        printError(usage);
        return UsageError;
    }
    const QString file = line.positional().at(0);
    const auto kind = importKinds().find(line.positional().at(1));
    if (kind == importKinds().end()) {
        printError(tr("Unknown kind of import: %1").arg(line.positional().at(1)));
        printError(usage);
        return UsageError;
    }
    // --round belongs to the answers, which need it.
    const bool answers = kind->first == QLatin1String("answers");
    if (answers != line.has(QStringLiteral("--round"))) {
        printError(answers ? tr("Give the round the answers belong to with --round ID.")
                           : tr("--round is an option of the answers import only."));
        printError(usage);
        return UsageError;
    }
    const QString input = line.positional().at(2);
    if (!QFileInfo::exists(input)) {
        printError(tr("%1 does not exist.").arg(QDir::toNativeSeparators(input)));
        return UserError;
    }
    auto db = core::Database::open(file);
    if (!db) {
        printError(db.error().message);
        return UserError;
    }
    core::Database& project = **db;
    return kind->second(
        project, input, line.has(QStringLiteral("--dry-run")),
        [&project] { return backupBeforeChange(project, core::BackupCopy::Reason::BeforeImport); }, line);
}

} // namespace

int runImport(const QStringList& args)
{
    return ImportCommand::run(args);
}

} // namespace osiedle::cli
