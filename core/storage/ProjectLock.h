#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <memory>
#include <optional>

class QFile;

namespace osiedle::core {

/// Who holds a project's lock, as its lock file tells: the program, its process, the computer
/// and the person, and since when. `raw` keeps the file's bytes, so that a takeover can check
/// that the lock is still the one the user was shown.
struct LockOwner {
    qint64 pid = 0;
    QString computer;
    QString user;
    QString program;
    QString machineId;
    QString bootId;
    QDateTime since; ///< UTC; invalid when the file does not say (a lock of an older version)
    QByteArray raw;

    /// True when the lock was taken on this computer (same machine id, else same name).
    bool onThisComputer() const;
    /// "anna on BIURO-2 (osiedle, process 4242) since 12.03.2024 10:15", for messages.
    QString describe() const;
};

/// The one-writer lock of a project file: a small file beside it (PROJECT.osiedle.lock, named
/// after the project's resolved path, so that every name that resolves to the file meets the
/// same lock) created atomically and kept open while the project is open. It records the
/// program, process, computer and user. A lock left by a program that is gone from this
/// computer (its process ended, or the computer restarted since) is stale and replaced
/// silently; a lock from another computer cannot be judged from here: the user is told who holds
/// it and may take it over after confirming that the program there is no longer running.
/// Not thread-safe; one per open project.
class ProjectLock {
    Q_DECLARE_TR_FUNCTIONS(ProjectLock)

public:
    enum class Outcome {
        Acquired,     ///< this program holds the lock now
        HeldByOther,  ///< another program holds it: see owner()
        CannotCreate, ///< the folder does not let a lock be made (read-only medium): see error()
    };

    /// The lock of the project at `projectPath` (resolved by the caller).
    explicit ProjectLock(const QString& projectPath);
    ~ProjectLock();
    ProjectLock(const ProjectLock&) = delete;
    ProjectLock& operator=(const ProjectLock&) = delete;

    /// The lock file's name for a project file.
    static QString lockPathFor(const QString& projectPath);
    /// Reads who holds the lock of a project; nullopt when it is not locked.
    static std::optional<LockOwner> ownerOf(const QString& projectPath);

    /// Tries once to take the lock (replacing a stale one).
    Outcome tryLock();
    /// Takes over the lock held by `expected` (as shown to the user, who confirmed): removes
    /// it and takes the lock. HeldByOther when the lock changed meanwhile (someone else took
    /// it) or cannot be removed (its program is still running and keeps it open).
    Outcome takeOver(const LockOwner& expected);
    /// Removes the lock file (also done by the destructor).
    void unlock();

    bool isLocked() const { return m_file != nullptr; }
    const QString& path() const { return m_path; }
    /// Who holds the lock after tryLock()/takeOver() answered HeldByOther.
    const LockOwner& owner() const { return m_owner; }
    /// Why the lock could not be made after CannotCreate.
    const QString& error() const { return m_error; }

    /// The text a lock file of this program holds (for tests of stale and foreign locks).
    static QByteArray contentsFor(const LockOwner& owner);
    /// Parses a lock file's bytes (this version's, or an older version's QLockFile format).
    static std::optional<LockOwner> parse(const QByteArray& bytes);

private:
    bool isStale(const LockOwner& owner) const;
    Outcome create();

    QString m_path;
    std::unique_ptr<QFile> m_file;
    LockOwner m_owner;
    QString m_error;
};

} // namespace osiedle::core
