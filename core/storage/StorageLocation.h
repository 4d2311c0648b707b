#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace osiedle::core {

/// Where a project file lives, as far as its journal is concerned. SQLite's write-ahead log
/// keeps an index in shared memory that network file systems do not share between computers,
/// and a folder kept in step by a cloud client (OneDrive) may carry the main file away without
/// its log. In both places the project uses a rollback journal instead: every commit is then
/// complete in the main file. Thread-safe.
class StorageLocation {
    Q_DECLARE_TR_FUNCTIONS(StorageLocation)

public:
    enum class Kind {
        Local,        ///< a disk of this computer: write-ahead log
        Network,      ///< a network drive or share (SMB, NFS…): rollback journal
        Synchronised, ///< a folder a cloud client keeps in step (OneDrive): rollback journal
    };

    /// Where `path` (a file or the folder it will be created in) lives.
    static Kind of(const QString& path);

    /// The rule behind of(), for tests: the file system's type as QStorageInfo names it
    /// ("ext4", "cifs", "nfs4", "NTFS"…), whether Windows says the drive is remote (or the
    /// path is a \\server\share path), and the folders cloud clients keep in step.
    static Kind classify(const QByteArray& fileSystemType, bool remoteDrive, const QString& path,
                         const QStringList& synchronisedFolders);

    /// The folders OneDrive keeps in step on this computer (its environment variables).
    static QStringList synchronisedFolders();

    /// Whether the write-ahead log may be used there.
    static bool allowsWal(Kind kind) { return kind == Kind::Local; }
    /// In words, for `check` and the status bar: "a local disk", "a network drive"…
    static QString describe(Kind kind);
};

} // namespace osiedle::core
