#include "core/storage/StorageLocation.h"

#include "core/common/FilePaths.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#if defined(Q_OS_WIN)
#include <qt_windows.h>
#endif

namespace osiedle::core {

namespace {

bool isNetworkFileSystem(const QByteArray& type)
{
    static const QByteArrayList network = {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "smb2",
        "ncpfs",
        "afs",
        "9p",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "davfs",
        "coda",
        "fuse.sshfs",
        "fuse.davfs2",
        "fuse.rclone",
        "fuse.glusterfs",
        "fuse.gvfsd-fuse",
        "fuse.onedriver",
        "fuse.s3fs",
        "webdav",
    };
    return network.contains(type.toLower());
}

// The folder (drive root or share) a path lives on, for the Windows drive type.
bool windowsRemoteDrive(const QString& path)
{
    const QString native = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (native.startsWith(QLatin1String("\\\\"))) {
        return true; // \\server\share\…
    }
#if defined(Q_OS_WIN)
    const QString root = native.left(3); // "C:\"
    return GetDriveTypeW(reinterpret_cast<const wchar_t*>(root.utf16())) == DRIVE_REMOTE;
#else
    return false;
#endif
}

} // namespace

StorageLocation::Kind StorageLocation::classify(const QByteArray& fileSystemType, bool remoteDrive, const QString& path,
                                                const QStringList& synchronisedFolders)
{
    if (remoteDrive || isNetworkFileSystem(fileSystemType)) {
        return Kind::Network;
    }
    for (const QString& folder : synchronisedFolders) {
        if (!folder.isEmpty() && FilePaths::isInside(path, folder)) {
            return Kind::Synchronised;
        }
    }
    return Kind::Local;
}

QStringList StorageLocation::synchronisedFolders()
{
    QStringList folders;
    for (const char* variable : {"OneDrive", "OneDriveConsumer", "OneDriveCommercial"}) {
        const QString folder = qEnvironmentVariable(variable);
        if (!folder.isEmpty() && !folders.contains(folder)) {
            folders << folder;
        }
    }
    return folders;
}

StorageLocation::Kind StorageLocation::of(const QString& path)
{
    const QFileInfo info(path);
    const QString existing = info.exists() ? info.absoluteFilePath() : info.absolutePath();
    const QStorageInfo storage(existing);
    return classify(storage.isValid() ? storage.fileSystemType() : QByteArray(), windowsRemoteDrive(existing), existing,
                    synchronisedFolders());
}

QString StorageLocation::describe(Kind kind)
{
    switch (kind) {
    case Kind::Local:
        return tr("a disk of this computer");
    case Kind::Network:
        return tr("a network drive");
    case Kind::Synchronised:
        return tr("a folder synchronised with the cloud (OneDrive)");
    }
    return {};
}

} // namespace osiedle::core
