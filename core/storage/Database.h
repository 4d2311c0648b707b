#pragma once

#include "core/common/Result.h"
#include "core/storage/Statement.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

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
    /// replaced only when the copy is complete.
    Status backupTo(const QString& destination) const;

    /// `PRAGMA integrity_check` (and foreign_key_check): empty when the file is sound,
    /// otherwise the problems found.
    QStringList integrityProblems() const;

private:
    Database() = default;

    QString m_path;
    sqlite3* m_db = nullptr;
    std::unique_ptr<QLockFile> m_lock;
    QHash<QByteArray, std::shared_ptr<Statement>> m_cache;
};

} // namespace osiedle::core
