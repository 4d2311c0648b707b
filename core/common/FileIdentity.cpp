#include "core/common/FileIdentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#if defined(Q_OS_WIN)
#include <qt_windows.h>
#elif defined(Q_OS_UNIX)
#include <sys/stat.h>
#endif

namespace osiedle::core {

FileIdentity FileIdentity::of(const QString& path)
{
    FileIdentity id;
    if (path.isEmpty()) {
        return id;
    }
#if defined(Q_OS_WIN)
    const QString native = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const DWORD attributes = GetFileAttributesW(reinterpret_cast<const wchar_t*>(native.utf16()));
    if (attributes == INVALID_FILE_ATTRIBUTES) {
        return id;
    }
    id.kind = (attributes & FILE_ATTRIBUTE_DIRECTORY) ? Kind::Directory : Kind::Regular;
    // No access rights are asked for: reading the metadata works even while Excel holds the file.
    HANDLE handle = CreateFileW(reinterpret_cast<const wchar_t*>(native.utf16()), 0,
                                FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
                                FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        return id;
    }
    if (GetFileType(handle) != FILE_TYPE_DISK) {
        id.kind = Kind::Other;
    }
    BY_HANDLE_FILE_INFORMATION info;
    if (GetFileInformationByHandle(handle, &info)) {
        id.known = true;
        id.device = info.dwVolumeSerialNumber;
        id.index = (quint64(info.nFileIndexHigh) << 32) | info.nFileIndexLow;
        id.links = info.nNumberOfLinks;
    }
    CloseHandle(handle);
#elif defined(Q_OS_UNIX)
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        return id;
    }
    id.kind = S_ISREG(st.st_mode) ? Kind::Regular : S_ISDIR(st.st_mode) ? Kind::Directory : Kind::Other;
    id.known = true;
    id.device = quint64(st.st_dev);
    id.index = quint64(st.st_ino);
    id.links = quint64(st.st_nlink);
#else
    const QFileInfo info(path);
    if (info.exists()) {
        id.kind = info.isDir() ? Kind::Directory : info.isFile() ? Kind::Regular : Kind::Other;
    }
#endif
    return id;
}

} // namespace osiedle::core
