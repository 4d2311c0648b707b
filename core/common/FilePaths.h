#pragma once

#include <QString>

namespace osiedle::core {

/// Comparing paths the way the file system does: Windows (and macOS) file names are
/// case-insensitive, so "C:\Projekty\Osiedle.osiedle" and "c:\projekty\OSIEDLE.osiedle" are one
/// file there; symbolic links and "..", "." are resolved first. Used wherever the program asks
/// whether two paths are the same file (recent files, a backup copy over its own project, an
/// export over the project). Pure functions over the file system's metadata; thread-safe.
class FilePaths {
public:
    /// How this platform's file systems compare names (case-insensitive on Windows and macOS).
    static Qt::CaseSensitivity nameCase();

    /// The absolute path with symbolic links, "." and ".." resolved. For a file that does not
    /// exist yet: its folder resolved, then its name.
    static QString canonical(const QString& path);

    /// True when both paths resolve to the same name, compared as the file system does
    /// (`cs` is for tests; by default this platform's rule).
    static bool sameName(const QString& a, const QString& b, Qt::CaseSensitivity cs = nameCase());

    /// True when both paths are the same file: the same resolved name, or (where the platform
    /// tells) the same file behind two names (a hard link).
    static bool sameFile(const QString& a, const QString& b);

    /// A key for sets and lists of paths: the resolved path, case-folded where names are
    /// case-insensitive.
    static QString key(const QString& path, Qt::CaseSensitivity cs = nameCase());

    /// True when `path` is `folder` or inside it (both resolved, compared as the file system does).
    static bool isInside(const QString& path, const QString& folder, Qt::CaseSensitivity cs = nameCase());
};

} // namespace osiedle::core
