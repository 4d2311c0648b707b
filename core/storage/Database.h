#pragma once

#include "core/common/ProjectFiles.h"
#include "core/common/Result.h"
#include "core/storage/ProjectLock.h"
#include "core/storage/Statement.h"
#include "core/storage/StorageLocation.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <atomic>
#include <functional>
#include <future>
#include <memory>
#include <optional>

struct sqlite3;

namespace osiedle::core {

/// One open Osiedle project file (SQLite, foreign keys on, busy timeout, the "pl" collation and
/// the `fold()` search function registered).
///
/// Opening judges the file before SQLite touches it: a missing, foreign, corrupt, truncated or
/// newer-schema file, a pipe or a device, a file with a second name (hard link) is refused and
/// left byte for byte as it was, its log and shared memory too. A lock file beside the file's
/// resolved path (ProjectLock) lets only one program have it open. Commits are durable
/// (synchronous=FULL): a commit that returned survives a power cut. On a local disk the file
/// uses a write-ahead log; on a network drive or in a folder a cloud client synchronises, a
/// rollback journal (StorageLocation). Before the first write of a session the file is checked
/// (PRAGMA quick_check): a damaged file is never written to.
///
/// ReadOnly opens never change a byte of the file (reports, checks, backups, a copy opened to
/// look at): no journal mode change, no migration on disk (an older file is brought up to date
/// in memory), and it works on a read-only medium. Not thread-safe: one Database per thread.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    /// The schema version this build writes (PRAGMA user_version after all migrations).
    static int currentSchemaVersion();
    /// PRAGMA application_id of every Osiedle file ("OSIE").
    static constexpr int applicationId = ProjectFiles::applicationId;

    /// Error codes of open() besides SQLite's own.
    static constexpr int errorLockedByOther = -1001; ///< open in another program: ProjectLock::ownerOf() tells who
    static constexpr int errorReadOnlyFile = -1002;  ///< the file or its folder cannot be written: ReadOnly works
    static constexpr int errorDamaged = -1003;       ///< damaged: ReadOnly may show what is left

    enum class Mode {
        OpenExisting, ///< the file must exist and be an Osiedle project; it is brought up to date
        CreateNew,    ///< the file must not exist (or be empty); a new project is created
        ReadOnly,     ///< the file must exist; it is only read, never changed
    };

    struct Options {
        Mode mode = Mode::OpenExisting;
        /// Take over the lock held by this owner (the user was shown it and confirmed).
        std::optional<LockOwner> takeOverLockFrom;
        /// Where the file lives; found by StorageLocation::of() unless given (tests).
        std::optional<StorageLocation::Kind> location;
    };

    /// Opens or creates a project file and brings its schema up to date (taking a backup copy
    /// "FILE.before-vN.bak" first when an existing file is migrated).
    static Result<std::unique_ptr<Database>> open(const QString& path, Mode mode = Mode::OpenExisting);
    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);

    /// A second connection to a project file this program already has open, for reading on
    /// another thread while the first one writes (a reader beside a writer: WAL lets both work at
    /// once). It is a ReadOnly open: it takes no lock, migrates nothing and can write nothing.
    /// Use it on one thread only.
    static Result<std::unique_ptr<Database>> openReader(const QString& path);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// The file's resolved path (symbolic links followed).
    const QString& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }
    bool isReadOnly() const { return m_readOnly; }
    StorageLocation::Kind location() const { return m_location; }
    /// "wal", "delete" (rollback journal) or, read-only, what the file says.
    QString journalMode() const;

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

    /// Called before every write (Transaction does): the first time in a session it checks the
    /// file (PRAGMA quick_check), unless a check made elsewhere answers for it (below). Throws
    /// StorageError when the file is open read-only (SQLITE_READONLY) or damaged
    /// (SQLITE_CORRUPT, the message says how to restore a copy).
    void prepareWrite();
    /// The problems PRAGMA quick_check finds (empty when sound).
    QStringList quickCheckProblems() const;
    /// The file's state was checked another way since it was opened (a backup copy of it just
    /// passed its check): `problems` stands for the check before the first write.
    void acceptCheck(const QStringList& problems);
    /// A check running in another thread (it opens the file itself): the first write waits for
    /// its problems instead of checking again.
    void setPendingCheck(std::shared_future<QStringList> check);

    /// A consistent copy of the whole file (SQLite online backup) as one self-contained file.
    /// The destination goes through OutputFile: it is never the project itself or one of its
    /// side files, and it is replaced only when the copy is complete. `progress`, when given,
    /// is told the pages copied of all pages as the copy goes; returning false stops it, leaving
    /// the destination as it was (the error then says the copy was cancelled).
    Status backupTo(const QString& destination, const std::function<bool(int done, int total)>& progress = {}) const;

    /// `PRAGMA integrity_check` (and foreign_key_check): empty when the file is sound,
    /// otherwise the problems found.
    QStringList integrityProblems() const;

    /// How to get the data back from a copy, for messages about a damaged file.
    static QString restoreAdvice(const QString& path);

    /// Resets every statement of this connection that was stepped but not run to its end (a
    /// cached query read for its first row): until then it keeps its read transaction, and the
    /// connection goes on seeing the file as it was.
    void resetStatements();

    /// From now on a statement running on this connection stops with a StorageError
    /// (SQLITE_INTERRUPT) soon after `*flag` becomes true; nullptr: never. The flag may be set
    /// from any thread; it must outlive its use here.
    void setInterruptFlag(const std::atomic<bool>* flag);
    /// The person working, recorded with every change in the change history: the system
    /// user's name until the program sets the person chosen (office staff).
    const QString& workingPerson() const { return m_workingPerson; }
    void setWorkingPerson(const QString& person);
    /// The person every file opened from now on starts with instead of the system user (the
    /// console's --user NAME); empty: the system user again.
    static void setDefaultWorkingPerson(const QString& person);
    /// The program recorded with every change: "osiedle 0.1.0" (application name and version).
    const QString& programName() const { return m_programName; }

private:
    Database() = default;
    static QString initialWorkingPerson();
    Status openConnection(const Options& options);
    Status configure(const Options& options);
    Status loadIntoMemory();

    QString m_path;
    sqlite3* m_db = nullptr;
    std::unique_ptr<ProjectLock> m_lock;
    QHash<QByteArray, std::shared_ptr<Statement>> m_cache;
    bool m_readOnly = false;
    bool m_besideOwnWriter = false; ///< read-only beside this program's own open connection
    bool m_checkedBeforeWrite = false;
    std::shared_future<QStringList> m_pendingCheck;
    QString m_damage; ///< what the check before the first write found
    StorageLocation::Kind m_location = StorageLocation::Kind::Local;
    QString m_workingPerson;
    QString m_programName;
};

} // namespace osiedle::core
