#include "app/cli/CliArguments.h"
#include "app/cli/Commands.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace osiedle::cli {

namespace {

class BackupCommand {
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    static int run(const QStringList& args);
};

int BackupCommand::run(const QStringList& args)
{
    const QString usage = tr("Usage: osiedle-cli backup FILE -o OUT");
    const CliArguments line(args, {QStringLiteral("-o"), QStringLiteral("--output")});
    const QString output =
        line.has(QStringLiteral("-o")) ? line.value(QStringLiteral("-o")) : line.value(QStringLiteral("--output"));
    if (!line.error().isEmpty() || line.positional().size() != 1 || output.isEmpty()) {
        printError(!line.error().isEmpty()         ? line.error()
                   : line.positional().size() != 1 ? tr("Give exactly one FILE to back up.")
                                                   : tr("Give the backup copy's file name with -o OUT."));
        printError(usage);
        return UsageError;
    }
    const QString path = line.positional().first();
    const QFileInfo source(path);
    const QFileInfo target(output);
    if (target.exists()) {
        printError(
            tr("%1 already exists; give the backup copy a new file name.").arg(QDir::toNativeSeparators(output)));
        return UserError;
    }
    if (source.exists() && source.absoluteFilePath() == target.absoluteFilePath()) {
        printError(tr("The backup copy must be a different file from %1.").arg(QDir::toNativeSeparators(path)));
        return UserError;
    }
    auto opened = core::Database::open(path);
    if (!opened) {
        printError(opened.error().message);
        return UserError;
    }
    if (const core::Status saved = opened.value()->backupTo(output); !saved) {
        printError(saved.error().message);
        return UserError;
    }
    printOut(
        tr("Backup copy of %1 written to %2.").arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(output)));
    return Success;
}

} // namespace

int runBackup(const QStringList& args)
{
    return BackupCommand::run(args);
}

} // namespace osiedle::cli
