#include "app/cli/CliBackup.h"

#include "app/cli/Commands.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QDir>

namespace osiedle::cli {

namespace {

struct BackupCli {
    Q_DECLARE_TR_FUNCTIONS(CliBackup)
};

} // namespace

bool backupBeforeChange(core::Database& db, core::BackupCopy::Reason reason)
{
    const auto copy = core::BackupStore::make(db, core::BackupStore::folderOf(db), reason);
    if (copy) {
        // The copy holds the project's pages as they are and passed its check: the project is
        // sound, no need to check it again before writing.
        db.acceptCheck({});
        printOut(BackupCli::tr("Backup copy made first: %1").arg(QDir::toNativeSeparators(copy->path)));
        return true;
    }
    try {
        db.prepareWrite(); // a damaged project is named as such
    } catch (const core::StorageError& e) {
        printError(e.message());
        return false;
    }
    printError(BackupCli::tr("Nothing was changed: the backup copy made before every change of this kind failed. %1")
                   .arg(copy.error().message));
    return false;
}

} // namespace osiedle::cli
