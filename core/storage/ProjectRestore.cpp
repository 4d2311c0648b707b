#include "core/storage/ProjectRestore.h"

#include "core/common/FileIdentity.h"
#include "core/common/FilePaths.h"
#include "core/common/PrivateFile.h"
#include "core/common/ProjectFiles.h"
#include "core/storage/BackupStore.h"
#include "core/storage/Database.h"
#include "core/storage/ProjectLock.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <filesystem>
#include <system_error>

namespace osiedle::core {

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// The project as it is, kept in the backup folder: a consistent copy when it opens, otherwise
// its raw bytes (and those of its log) so that nothing is lost even from a damaged file.
Result<QString> keepCurrent(const QString& project, const QString& folder)
{
    if (!QDir().mkpath(folder)) {
        return Error{ProjectRestore::tr("The backup folder %1 cannot be created.").arg(shown(folder))};
    }
    const QString kept = QDir(folder).filePath(
        BackupStore::copyName(project, QDateTime::currentDateTime(), BackupCopy::Reason::BeforeRestore));
    if (auto opened = Database::open(project, Database::Mode::ReadOnly)) {
        if (Status saved = opened.value()->backupTo(kept); saved) {
            return kept;
        }
    }
    QFile::remove(kept);
    if (!PrivateFile::copy(project, kept)) {
        return Error{ProjectRestore::tr("The project %1 cannot be kept as a copy in %2 before the restore.")
                         .arg(shown(project), shown(folder))};
    }
    const QString wal = project + QStringLiteral("-wal");
    if (QFileInfo::exists(wal) && !PrivateFile::copy(wal, kept + QStringLiteral("-wal"))) {
        return Error{ProjectRestore::tr("The log of the project %1 cannot be kept beside its copy in %2.")
                         .arg(shown(project), shown(folder))};
    }
    return kept;
}

} // namespace

Result<ProjectRestore::Done> ProjectRestore::restore(const QString& projectPath, const QString& copyPath,
                                                     const QString& backupFolder)
{
    if (FileIdentity::of(copyPath).kind != FileIdentity::Kind::Regular) {
        return Error{tr("%1 does not exist or is not a file.").arg(shown(copyPath))};
    }
    if (FileIdentity::of(projectPath).kind != FileIdentity::Kind::Regular) {
        return Error{tr("%1 does not exist or is not a file.").arg(shown(projectPath))};
    }
    const QString project = FilePaths::canonical(projectPath);
    if (FilePaths::sameFile(project, copyPath)) {
        return Error{tr("%1 is the project itself, not a copy of it.").arg(shown(copyPath))};
    }
    // The copy must be sound before anything is touched.
    {
        const QStringList problems = BackupStore::verify(copyPath, BackupStore::Depth::Full);
        if (!problems.isEmpty()) {
            return Error{
                tr("%1 cannot be restored: it is not a sound copy (%2).").arg(shown(copyPath), problems.first())};
        }
    }
    ProjectLock lock(project);
    if (lock.tryLock() != ProjectLock::Outcome::Acquired) {
        return Error{lock.owner().pid > 0
                         ? tr("%1 is open in another program: %2. Close it there before restoring a copy.")
                               .arg(shown(project), lock.owner().describe())
                         : tr("%1 cannot be locked for the restore: %2").arg(shown(project), lock.error())};
    }
    const auto kept = keepCurrent(project, backupFolder);
    if (!kept) {
        return kept.error();
    }
    // The copy, complete and self-contained, beside the project first.
    const QString restoring = project + QStringLiteral(".restoring");
    QFile::remove(restoring);
    {
        auto copy = Database::open(copyPath, Database::Mode::ReadOnly);
        const Status written = copy ? copy.value()->backupTo(restoring) : Status(copy.error());
        if (!written) {
            QFile::remove(restoring);
            return Error{tr("%1 cannot be restored: %2").arg(shown(copyPath), written.error().message)};
        }
    }
    // The old file's log and shared memory belong to the old contents: they must not be
    // applied to the restored file. (Kept above with the project as it was.)
    for (const QString& side : ProjectFiles::sideFiles(project)) {
        if (!side.endsWith(QLatin1String(".lock")) && QFileInfo::exists(side) && !QFile::remove(side)) {
            QFile::remove(restoring);
            return Error{
                tr("%1 cannot be removed, so the copy is not restored (the project is unchanged).").arg(shown(side))};
        }
    }
    std::error_code error;
    std::filesystem::rename(QFile(restoring).filesystemFileName(), QFile(project).filesystemFileName(), error);
    if (error) {
        QFile::remove(restoring);
        return Error{tr("The copy cannot be put in place of %1 (%2). The project as it was is kept as %3.")
                         .arg(shown(project), QString::fromLocal8Bit(error.message()), shown(*kept))};
    }
    return Done{*kept};
}

} // namespace osiedle::core
