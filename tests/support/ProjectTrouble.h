#pragma once

#include "core/storage/ProjectLock.h"

#include <QString>

namespace osiedle::core {
class Database;
}

namespace osiedle::test {

// What goes wrong with project files in the tests of the file-safety guarantees.

/// Adds `rows` settings of 200 characters each in one transaction, so that the file has many pages.
void addFillerRows(core::Database& db, int rows = 3000);
/// Writes garbage over page `page` (1-based, 4096 bytes) of a closed file: a disk error, a broken copy.
void damagePage(const QString& path, qint64 page);
/// The same over the page in the middle of the file.
void damageMiddlePage(const QString& path);
/// The lock of a program on another computer: user anna.nowak on BIURO-2.
core::LockOwner ownerOnAnotherComputer();

} // namespace osiedle::test
