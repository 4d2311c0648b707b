#pragma once

#include "core/storage/BackupStore.h"

class QWidget;

namespace osiedle::ui {

struct AppContext;

/// Before the window changes the project in bulk (an import, locking or unlocking a period):
/// makes the automatic backup copy into the project's backup folder (its check also tells that
/// the project is sound). When it fails the user is told why (a damaged project, or what
/// stopped the copy) and false is returned: the change is then not made.
bool backupBeforeChange(AppContext& context, QWidget* parent, const QString& title, core::BackupCopy::Reason reason);

} // namespace osiedle::ui
