#pragma once

#include "core/storage/BackupStore.h"

namespace osiedle::core {
class Database;
}

namespace osiedle::cli {

/// Before a command changes the project (an import, a lock): makes the automatic backup copy
/// into the project's backup folder and says where; the copy's check also tells that the
/// project is sound. False (with the reason printed: a damaged project, or why the copy failed)
/// otherwise: the command then changes nothing.
bool backupBeforeChange(core::Database& db, core::BackupCopy::Reason reason);

} // namespace osiedle::cli
