#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace osiedle::core {

/// The 100-byte header of an SQLite database file as it stands with its write-ahead log
/// applied: the main file's header, replaced by the newest committed copy of page 1 in
/// FILE-wal when there is one. Read with plain file reads, never through SQLite, so that a file
/// can be judged (and refused) without SQLite touching it, its log or its shared memory.
/// Thread-safe.
class SqliteFileHeader {
public:
    /// nullopt when the file cannot be read or is shorter than a header.
    static std::optional<SqliteFileHeader> read(const QString& path);

    /// True when the file starts with "SQLite format 3".
    bool isSqlite() const;
    int applicationId() const;
    int userVersion() const;
    /// 2 when the file is in WAL mode (bytes 18–19), 1 for a rollback journal.
    int writeVersion() const;
    quint32 pageSize() const;
    /// The database size in pages the header claims, when it is trustworthy (SQLite 3.7+).
    std::optional<quint32> pageCount() const;

    qint64 fileSize() const { return m_fileSize; }
    /// A non-empty FILE-wal exists beside the file.
    bool walPending() const { return m_walPending; }
    /// The header came from a committed frame of the log (the main file's is older).
    bool fromWal() const { return m_fromWal; }

    /// The page 1 of the newest commit in a write-ahead log's bytes (checksums and salts
    /// verified, as SQLite recovers a log), or nullopt when the log commits no page 1.
    static std::optional<QByteArray> committedPageOne(const QString& walPath);

private:
    QByteArray m_header;
    qint64 m_fileSize = 0;
    bool m_walPending = false;
    bool m_fromWal = false;
};

} // namespace osiedle::core
