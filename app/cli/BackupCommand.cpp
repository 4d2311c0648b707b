// osiedle-cli backup FILE [-o OUT] [--verify] [--encrypt [--password-file FILE]]
// osiedle-cli backup FILE --list
// osiedle-cli restore FILE --from COPY
//
// A copy of a project (to OUT, else into the project's backup folder), checked when asked; the
// copies in the backup folder; a copy put back as the project (the project as it was kept as a
// copy first).

#include "app/cli/CliArguments.h"
#include "app/cli/CliPassword.h"
#include "app/cli/Commands.h"
#include "core/common/FilePaths.h"
#include "core/common/OutputFile.h"
#include "core/io/EncryptedArchive.h"
#include "core/storage/BackupStore.h"
#include "core/storage/Database.h"
#include "core/storage/ProjectRestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace osiedle::cli {

namespace {

class BackupCommand {
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    static int run(const QStringList& args);
    static int restore(const QStringList& args);

private:
    static int list(const QString& path);
    static int encrypted(const CliArguments& line, const QString& path, const QString& output);
    static QString folderOf(const QString& path);
};

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// The project's backup folder: its setting when the file can be read, else the default.
QString BackupCommand::folderOf(const QString& path)
{
    if (auto opened = core::Database::open(path, core::Database::Mode::ReadOnly)) {
        return core::BackupStore::folderOf(*opened.value());
    }
    return core::BackupStore::defaultFolder(core::FilePaths::canonical(path));
}

int BackupCommand::list(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        printError(tr("%1 does not exist.").arg(shown(path)));
        return UserError;
    }
    const QString folder = folderOf(path);
    const auto copies = core::BackupStore::copies(core::FilePaths::canonical(path), folder);
    printOut(tr("Backup copies of %1 in %2: %n", nullptr, int(copies.size())).arg(shown(path), shown(folder)));
    const QLocale locale;
    for (const core::BackupCopy& copy : copies) {
        printOut(QStringLiteral("  %1  %2  %3  %4")
                     .arg(copy.made.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                          locale.formattedDataSize(copy.size, 1, QLocale::DataSizeTraditionalFormat).rightJustified(9),
                          core::BackupStore::describe(copy.reason), shown(copy.path)));
    }
    return Success;
}

int BackupCommand::run(const QStringList& args)
{
    const QString usage = tr("Usage: osiedle-cli backup FILE [-o OUT] [--verify]\n"
                             "       osiedle-cli backup FILE -o OUT.zip --encrypt [--password-file FILE]\n"
                             "       osiedle-cli backup FILE --list");
    const CliArguments line(args, {QStringLiteral("-o"), QStringLiteral("--output"), CliPassword::fileOption()},
                            {QStringLiteral("--verify"), QStringLiteral("--list"), CliPassword::encryptFlag()});
    const bool toFile = line.has(QStringLiteral("-o")) || line.has(QStringLiteral("--output"));
    const QString output =
        line.has(QStringLiteral("-o")) ? line.value(QStringLiteral("-o")) : line.value(QStringLiteral("--output"));
    QString problem = line.error();
    if (problem.isEmpty() && line.positional().size() != 1) {
        problem = tr("Give exactly one FILE to back up.");
    } else if (problem.isEmpty() && toFile && output.isEmpty()) {
        problem = tr("Give the backup copy's file name with -o OUT.");
    } else if (problem.isEmpty() && line.has(QStringLiteral("--list")) &&
               (toFile || line.has(QStringLiteral("--verify")))) {
        problem = tr("--list only lists the copies; it takes no -o or --verify.");
    } else if (problem.isEmpty()) {
        problem = CliPassword::usageProblem(line);
    }
    if (problem.isEmpty() && line.has(CliPassword::encryptFlag()) && !toFile) {
        // The copies in the backup folder are for restoring: they stay plain project files.
        problem = tr("--encrypt needs -o OUT: the encrypted copy is written there.");
    }
    if (!problem.isEmpty()) {
        printError(problem);
        printError(usage);
        return UsageError;
    }
    const QString path = line.positional().first();
    if (line.has(QStringLiteral("--list"))) {
        return list(path);
    }
    if (toFile) {
        if (QFileInfo::exists(output)) {
            printError(tr("%1 already exists; give the backup copy a new file name.").arg(shown(output)));
            return UserError;
        }
        const core::OutputOptions options{core::OutputOptions::Replace::BackupCopies, path};
        if (const core::Status target = core::OutputFile::check(output, options); !target) {
            printError(target.error().message);
            return UserError;
        }
        if (line.has(CliPassword::encryptFlag())) {
            return encrypted(line, path, output);
        }
    }
    // A copy only reads the project: it works on a read-only file or medium too.
    auto opened = core::Database::open(path, core::Database::Mode::ReadOnly);
    if (!opened) {
        printError(opened.error().message);
        return UserError;
    }
    QString copy = output;
    if (toFile) {
        if (const core::Status saved = opened.value()->backupTo(output); !saved) {
            printError(saved.error().message);
            return UserError;
        }
    } else {
        // Into the backup folder; such a copy is always checked.
        const auto made = core::BackupStore::make(*opened.value(), core::BackupStore::folderOf(*opened.value()),
                                                  core::BackupCopy::Reason::Manual);
        if (!made) {
            printError(made.error().message);
            return UserError;
        }
        copy = made->path;
    }
    if (line.has(QStringLiteral("--verify"))) {
        if (const QStringList problems = core::BackupStore::verify(copy, core::BackupStore::Depth::Full);
            !problems.isEmpty()) {
            QFile::remove(copy);
            printError(tr("The copy %1 failed its check and was removed: %2").arg(shown(copy), problems.first()));
            return UserError;
        }
    }
    printOut(tr("Backup copy of %1 written to %2.").arg(shown(path), shown(copy)));
    if (line.has(QStringLiteral("--verify"))) {
        printOut(tr("The copy was checked in full: it is sound (integrity check passed)."));
    } else if (!toFile) {
        printOut(tr("The copy was checked: every page of it can be read (quick check passed)."));
    }
    return Success;
}

// The copy, checked in full, sealed in an AES-256 archive: a copy to hand over or to keep on a
// medium that may be lost. Restored by extracting it with the password.
int BackupCommand::encrypted(const CliArguments& line, const QString& path, const QString& output)
{
    const auto password = CliPassword::readOrPrint(line);
    if (!password) {
        return UserError;
    }
    auto opened = core::Database::open(path, core::Database::Mode::ReadOnly);
    if (!opened) {
        printError(opened.error().message);
        return UserError;
    }
    const core::Status sealed = core::EncryptedArchive::writeProduced(
        output, core::EncryptedArchive::innerName(output, QStringLiteral("osiedle")), *password,
        [&](const QString& inner) -> core::Status {
            if (core::Status saved = opened.value()->backupTo(inner); !saved) {
                return saved;
            }
            if (const QStringList problems = core::BackupStore::verify(inner, core::BackupStore::Depth::Full);
                !problems.isEmpty()) {
                return core::Error{tr("The copy failed its check: %1").arg(problems.first())};
            }
            return {};
        },
        core::OutputOptions{core::OutputOptions::Replace::BackupCopies, path});
    if (!sealed) {
        printError(sealed.error().message);
        return UserError;
    }
    printOut(tr("Backup copy of %1 written to %2, encrypted with AES-256 (checked in full before it was sealed).")
                 .arg(shown(path), shown(output)));
    return Success;
}

int BackupCommand::restore(const QStringList& args)
{
    const QString usage = tr("Usage: osiedle-cli restore FILE --from COPY");
    const CliArguments line(args, {QStringLiteral("--from")});
    QString problem = line.error();
    if (problem.isEmpty() && line.positional().size() != 1) {
        problem = tr("Give exactly one project FILE to restore.");
    } else if (problem.isEmpty() && line.value(QStringLiteral("--from")).isEmpty()) {
        problem = tr("Give the copy to restore with --from COPY (osiedle-cli backup FILE --list shows them).");
    }
    if (!problem.isEmpty()) {
        printError(problem);
        printError(usage);
        return UsageError;
    }
    const QString path = line.positional().first();
    const QString copy = line.value(QStringLiteral("--from"));
    const auto done = core::ProjectRestore::restore(path, copy, folderOf(path));
    if (!done) {
        printError(done.error().message);
        return UserError;
    }
    printOut(tr("%1 restored from %2. The project as it was is kept as %3.")
                 .arg(shown(path), shown(copy), shown(done->keptCopy)));
    return Success;
}

} // namespace

int runBackup(const QStringList& args)
{
    return BackupCommand::run(args);
}

int runRestore(const QStringList& args)
{
    return BackupCommand::restore(args);
}

} // namespace osiedle::cli
