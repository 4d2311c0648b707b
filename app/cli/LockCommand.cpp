// osiedle-cli lock FILE --period ID [--by NAME]
// osiedle-cli unlock FILE --period ID --reason TEXT [--by NAME]
//
// Locks a reporting period once its payment claim is sent (its report is stored as computed
// now) or unlocks it with a reason. Both are recorded in the period's lock log with the name
// given by --by, else the system's user name.

#include "app/cli/CliArguments.h"
#include "app/cli/CliBackup.h"
#include "app/cli/CliPeriod.h"
#include "app/cli/Commands.h"
#include "core/services/ReportingPeriodService.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

namespace osiedle::cli {

namespace {

class LockCommand {
    Q_DECLARE_TR_FUNCTIONS(LockCommand)

public:
    static int run(const QStringList& args, bool unlock);
};

int LockCommand::run(const QStringList& args, bool unlock)
{
    const QString usage = unlock ? tr("Usage: osiedle-cli unlock FILE --period ID --reason TEXT [--by NAME]")
                                 : tr("Usage: osiedle-cli lock FILE --period ID [--by NAME]");
    QStringList options{QStringLiteral("--period"), QStringLiteral("--by")};
    if (unlock) {
        options << QStringLiteral("--reason");
    }
    const CliArguments line(args, options);
    QString problem = line.error();
    if (problem.isEmpty() && line.positional().size() != 1) {
        problem = tr("Give the project FILE.");
    } else if (problem.isEmpty() && !line.has(QStringLiteral("--period"))) {
        problem = tr("--period is missing.");
    } else if (problem.isEmpty() && unlock && line.value(QStringLiteral("--reason")).trimmed().isEmpty()) {
        problem = tr("Give the reason for unlocking with --reason TEXT: it is recorded with the period.");
    }
    if (!problem.isEmpty()) {
        printError(problem);
        printError(usage);
        return UsageError;
    }
    auto opened = core::Database::open(line.positional().at(0), core::Database::Mode::OpenExisting);
    if (!opened) {
        printError(opened.error().message);
        return UserError;
    }
    core::Database& db = *opened.value();
    const auto period = resolvePeriod(db, line.value(QStringLiteral("--period")), true);
    if (!period) {
        printError(period.error().message);
        return UserError;
    }
    const QString by = line.has(QStringLiteral("--by")) ? line.value(QStringLiteral("--by")) : db.workingPerson();
    if (!backupBeforeChange(db, core::BackupCopy::Reason::BeforeLock)) {
        return UserError;
    }
    core::ReportingPeriodService service(db);
    const qint64 id = period->id.value_or(0);
    const core::Status done =
        unlock ? service.unlock(id, line.value(QStringLiteral("--reason")), by) : service.lock(id, by);
    if (!done) {
        printError(done.error().message);
        return UserError;
    }
    const QString range =
        QStringLiteral("%1 – %2").arg(period->from.toString(Qt::ISODate), period->to.toString(Qt::ISODate));
    printOut(unlock
                 ? tr("Period %1 (%2) unlocked; the reason is recorded.").arg(*period->number).arg(range)
                 : tr("Period %1 (%2) locked: its report is stored as computed now.").arg(*period->number).arg(range));
    return Success;
}

} // namespace

int runLock(const QStringList& args)
{
    return LockCommand::run(args, false);
}

int runUnlock(const QStringList& args)
{
    return LockCommand::run(args, true);
}

} // namespace osiedle::cli
