#pragma once

#include <QString>
#include <QtGlobal>

namespace osiedle::core {

/// What the operating system says a path is (symbolic links followed): missing, a regular
/// file, a folder or something else (a device, a pipe, a socket), and, where the platform tells
/// it, which file it is (device and file number) and how many names (hard links) it has. Reads
/// only the file's metadata: never opens a pipe or a device for reading. Thread-safe.
struct FileIdentity {
    enum class Kind { Missing, Regular, Directory, Other };

    Kind kind = Kind::Missing;
    bool known = false; ///< device, index and links were given by the platform
    quint64 device = 0;
    quint64 index = 0;
    quint64 links = 0;

    static FileIdentity of(const QString& path);

    bool exists() const { return kind != Kind::Missing; }
    /// True when both name the same file on the same device (false when either is unknown).
    bool sameFileAs(const FileIdentity& other) const
    {
        return known && other.known && device == other.device && index == other.index;
    }
};

} // namespace osiedle::core
