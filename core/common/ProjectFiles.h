#pragma once

#include <QString>

namespace osiedle::core {

/// What the files of an Osiedle project are: the project file itself (an SQLite database whose
/// header carries Osiedle's application id, wherever and under whatever name it lies, backup
/// copies included) and the side files beside it (FILE-wal, FILE-shm, FILE-journal,
/// FILE.lock). Recognised by their contents where they have one, so that a second name (a hard
/// link) is recognised too. Reads at most a few bytes of regular files; thread-safe.
class ProjectFiles {
public:
    /// PRAGMA application_id of every Osiedle file ("OSIE").
    static constexpr int applicationId = 0x4F534945;

    /// True when `path` is a regular file with an Osiedle project's header.
    static bool isProject(const QString& path);
    /// True when the file's contents are those of a side file: a write-ahead log, its shared
    /// memory index, or a project's lock file.
    static bool looksLikeSideFile(const QString& path);
    /// The project file whose side file `path` names (FILE-wal, FILE-shm, FILE-journal,
    /// FILE.lock, resolved), or an empty string.
    static QString projectOfSideFile(const QString& path);
    /// The side files of a project, existing or not.
    static QStringList sideFiles(const QString& projectPath);
};

} // namespace osiedle::core
