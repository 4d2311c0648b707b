#pragma once

#include "core/common/Result.h"
#include "core/storage/Statement.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

struct sqlite3;
class QLockFile;

namespace osiedle::core {

/// One open Osiedle project file (SQLite, WAL, foreign keys on, busy timeout, the "pl"
/// collation and the `fold()` search function registered). Holds a lock file beside the data
/// file so that only one program writes it. Opening checks the file before touching it: a
/// missing, foreign, corrupt, truncated or newer-schema file is refused and left unchanged.
/// Not thread-safe: one Database per thread.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    /// The schema version this build writes (PRAGMA user_version after all migrations).
    static int currentSchemaVersion();
    /// PRAGMA application_id of every Osiedle file ("OSIE").
    static constexpr int applicationId = 0x4F534945;

    enum class Mode {
        OpenExisting, ///< the file must exist and be an Osiedle project
        CreateNew,    ///< the file must not exist (or be empty); a new project is created
    };

    /// Opens or creates a project file and brings its schema up to date (taking a backup copy
    /// "FILE.before-vN.bak" first when an existing file is migrated).
    static Result<std::unique_ptr<Database>> open(const QString& path, Mode mode = Mode::OpenExisting);

    /// A second connection to a project file this program already has open, for reading on
    /// another thread while the first one writes (WAL lets a reader and a writer work at once):
    /// it takes no lock file, migrates nothing and can write nothing (PRAGMA query_only). The
    /// file must already be at this version's schema. Use it on one thread only.
    static Result<std::unique_ptr<Database>> openReader(const QString& path);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

    /// A fresh prepared statement.
    Statement prepare(const QByteArray& sql) const;
    /// A cached prepared statement, reset and with bindings cleared. Repositories use it for
    /// hot queries. Do not hold two uses of the same SQL text at once.
    Statement& cached(const QByteArray& sql);
    /// Runs one or more statements that return nothing. Throws StorageError.
    void exec(const QByteArray& sql) const;
    /// Runs a query that returns a single integer (0 when there is no row).
    qint64 scalar(const QByteArray& sql) const;

    qint64 lastInsertId() const;
    int changes() const;
    int userVersion() const;

    /// A consistent copy of the whole file (SQLite online backup). The destination is
    /// replaced only when the copy is complete. `progress`, when given, is told the pages
    /// copied of all pages as the copy goes; returning false stops it, leaving the destination
    /// as it was (the error then says the copy was cancelled).
    Status backupTo(const QString& destination, const std::function<bool(int done, int total)>& progress = {}) const;

    /// `PRAGMA integrity_check` (and foreign_key_check): empty when the file is sound,
    /// otherwise the problems found.
    QStringList integrityProblems() const;

    /// Resets every statement of this connection that was stepped but not run to its end (a
    /// cached query read for its first row): until then it keeps its read transaction, and the
    /// connection goes on seeing the file as it was.
    void resetStatements();

    /// From now on a statement running on this connection stops with a StorageError
    /// (SQLITE_INTERRUPT) soon after `*flag` becomes true; nullptr: never. The flag may be set
    /// from any thread; it must outlive its use here.
    void setInterruptFlag(const std::atomic<bool>* flag);

private:
    Database() = default;
    /// What every connection gets: extended result codes, the busy timeout, the "pl" collation
    /// and the fold() search function.
    void configureConnection();

    QString m_path;
    sqlite3* m_db = nullptr;
    std::unique_ptr<QLockFile> m_lock;
    QHash<QByteArray, std::shared_ptr<Statement>> m_cache;
};

} // namespace osiedle::core
