#include "ui/common/BackupBeforeChange.h"

#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/common/UserPrompt.h"

#include <QApplication>
#include <QCoreApplication>

namespace osiedle::ui {

namespace {

struct BackupText {
    Q_DECLARE_TR_FUNCTIONS(BackupBeforeChange)
};

} // namespace

bool backupBeforeChange(AppContext& context, QWidget* parent, const QString& title, core::BackupCopy::Reason reason)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto copy = core::BackupStore::make(context.db, core::BackupStore::folderOf(context.db), reason);
    QApplication::restoreOverrideCursor();
    if (copy) {
        context.db.acceptCheck({}); // the copy of the project's pages passed its check
        return true;
    }
    try {
        context.db.prepareWrite(); // a damaged (or read-only) project is named as such
    } catch (const core::StorageError& e) {
        context.prompt.error(parent, title, e.message());
        return false;
    }
    context.prompt.error(parent, title,
                         BackupText::tr("Nothing was changed: the backup copy made before every change of this kind "
                                        "failed. %1")
                             .arg(copy.error().message));
    return false;
}

} // namespace osiedle::ui
