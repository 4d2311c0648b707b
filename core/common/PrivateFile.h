#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QString>

namespace osiedle::core {

/// Files that hold personal data (the project, its copies, exports, printouts) are readable and
/// writable by their owner only, from the moment they exist: the permissions are set on the
/// empty file, before a byte of data is written. On Windows the rights of the folder (the user's
/// profile) apply; there these calls only keep the file writable. Thread-safe.
class PrivateFile {
    Q_DECLARE_TR_FUNCTIONS(PrivateFile)

public:
    /// Read and write for the owner, nothing for anyone else.
    static constexpr QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    /// Makes an open (or named) file owner-only. False when the file system refuses.
    static bool restrict(QFileDevice& file);
    static bool restrict(const QString& path);

    /// Creates `path` as an empty owner-only file (or makes an existing empty one owner-only),
    /// for a library that then writes it by its name (SQLite).
    static Status createEmpty(const QString& path);

    /// Copies `from` to a new file `to` created owner-only before the copy; `to` must not exist.
    /// On failure nothing is left at `to`.
    static Status copy(const QString& from, const QString& to);

    /// A folder only the user can enter, outside the system temporary folder, for output that
    /// cannot be written beside its destination (a pipe, standard output). Created on demand.
    static Result<QString> stagingFolder();
};

} // namespace osiedle::core
