#include "core/storage/Database.h"

#include "core/common/OutputFile.h"
#include "core/common/SystemUser.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqliteText.h"
#include "core/storage/StorageError.h"

#include <QDir>
#include <QFile>
#include <sqlite3.h>

namespace osiedle::core {

namespace {

// A backup copy is read in one go while the project is locked; another reader of this same
// program (a report running) can only delay it briefly.
constexpr int kBackupAttempts = 50;
constexpr int kBackupRetryMs = 100;
// Pages copied between two reports of a backup's progress (2 MB at the default page size).
constexpr int kBackupStepPages = 512;

QStringList checkRows(const Database& db, const QByteArray& pragma)
{
    QStringList problems;
    Statement check = db.prepare(pragma);
    while (check.step()) {
        const QString line = check.text(0);
        if (line != QLatin1String("ok")) {
            problems << line;
        }
    }
    return problems;
}

} // namespace

int Database::currentSchemaVersion()
{
    return Migrations::latestVersion();
}

Database::~Database()
{
    m_cache.clear();
    if (m_db != nullptr) {
        sqlite3_close_v2(m_db);
    }
}

namespace {
QString& defaultWorkingPerson()
{
    static QString person;
    return person;
}
} // namespace

void Database::setDefaultWorkingPerson(const QString& person)
{
    defaultWorkingPerson() = person.simplified();
}

QString Database::initialWorkingPerson()
{
    return defaultWorkingPerson().isEmpty() ? SystemUser::name() : defaultWorkingPerson();
}

void Database::setWorkingPerson(const QString& person)
{
    const QString name = person.simplified();
    m_workingPerson = name.isEmpty() ? initialWorkingPerson() : name;
}

QString Database::journalMode() const
{
    Statement st = prepare("PRAGMA journal_mode");
    return st.step() ? st.text(0).toLower() : QString();
}

Statement Database::prepare(const QByteArray& sql) const
{
    return Statement(m_db, sql);
}

Statement& Database::cached(const QByteArray& sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        it = m_cache.insert(sql, std::make_shared<Statement>(m_db, sql));
    } else {
        it.value()->reset();
    }
    return *it.value();
}

void Database::exec(const QByteArray& sql) const
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = message != nullptr ? QString::fromUtf8(message) : sqliteMessage(m_db, rc);
        sqlite3_free(message);
        throw StorageError(sqlite3_extended_errcode(m_db), text);
    }
}

qint64 Database::scalar(const QByteArray& sql) const
{
    Statement st(m_db, sql);
    return st.step() ? st.int64(0) : 0;
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

int Database::userVersion() const
{
    return static_cast<int>(scalar("PRAGMA user_version"));
}

QString Database::restoreAdvice(const QString& path)
{
    return tr("To go on working, restore the latest backup copy: in Osiedle File › Restore from a backup…, or "
              "osiedle-cli restore \"%1\" --from COPY (osiedle-cli backup \"%1\" --list shows the copies).")
        .arg(nativePath(path));
}

void Database::prepareWrite()
{
    if (m_readOnly) {
        throw StorageError(SQLITE_READONLY,
                           tr("%1 is open read-only: changes cannot be saved.").arg(nativePath(m_path)));
    }
    if (!m_checkedBeforeWrite) {
        if (m_pendingCheck.valid()) {
            // A copy: acceptCheck() lets go of the shared state the future's answer lives in.
            const QStringList problems = m_pendingCheck.get();
            acceptCheck(problems);
        } else {
            try {
                acceptCheck(quickCheckProblems());
            } catch (const StorageError& e) {
                acceptCheck({e.message()});
            }
        }
    }
    if (!m_damage.isEmpty()) {
        throw StorageError(SQLITE_CORRUPT, tr("%1 is damaged (%2), so nothing is written to it. %3")
                                               .arg(nativePath(m_path), m_damage, restoreAdvice(m_path)));
    }
}

QStringList Database::quickCheckProblems() const
{
    return checkRows(*this, "PRAGMA quick_check");
}

void Database::acceptCheck(const QStringList& problems)
{
    m_checkedBeforeWrite = true;
    m_pendingCheck = {};
    if (!problems.isEmpty()) {
        m_damage = problems.size() == 1
                       ? problems.first()
                       : tr("%1, and %n more problem(s)", nullptr, int(problems.size() - 1)).arg(problems.first());
    }
}

void Database::setPendingCheck(std::shared_future<QStringList> check)
{
    if (!m_checkedBeforeWrite) {
        m_pendingCheck = std::move(check);
    }
}

Status Database::backupTo(const QString& destination, const std::function<bool(int done, int total)>& progress) const
{
    OutputFile out(destination, OutputFile::Options{OutputFile::Replace::BackupCopies, m_path});
    const auto staged = out.openStaged();
    if (!staged) {
        return staged.error();
    }
    const QString failed = tr("Cannot write the backup copy %1: %2");
    sqlite3* target = nullptr;
    const QByteArray nativeStaged = QDir::toNativeSeparators(*staged).toUtf8();
    int rc = sqlite3_open_v2(nativeStaged.constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = sqliteMessage(target, rc);
        sqlite3_close_v2(target);
        return Error{failed.arg(nativePath(destination), message), rc};
    }
    // The copy is a plain (rollback-journal) file so that it is a single self-contained file.
    sqlite3_exec(target, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    sqlite3_exec(target, "PRAGMA secure_delete = ON", nullptr, nullptr, nullptr);
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", m_db, "main");
    if (backup == nullptr) {
        const QString message = sqliteMessage(target, SQLITE_ERROR);
        sqlite3_close_v2(target);
        return Error{failed.arg(nativePath(destination), message)};
    }
    // All pages in one step; a busy source is retried a bounded number of times. With a
    // progress to tell, in steps of kBackupStepPages (a change made meanwhile by another
    // connection makes SQLite start the copy again).
    const int pagesPerStep = progress ? kBackupStepPages : -1;
    int attempts = 0;
    bool cancelled = false;
    do {
        rc = sqlite3_backup_step(backup, pagesPerStep);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            sqlite3_sleep(kBackupRetryMs);
            ++attempts;
        } else if (progress && (rc == SQLITE_OK || rc == SQLITE_DONE)) {
            const int total = sqlite3_backup_pagecount(backup);
            // Once every page is copied there is nothing left to stop.
            cancelled = !progress(total - sqlite3_backup_remaining(backup), total) && rc == SQLITE_OK;
        }
    } while (!cancelled && (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && attempts < kBackupAttempts);
    sqlite3_backup_finish(backup);
    if (cancelled) {
        sqlite3_close_v2(target);
        return Error{tr("The backup copy was cancelled; %1 was not written.").arg(nativePath(destination))};
    }
    QString message = sqliteMessage(target, rc);
    if (rc == SQLITE_DONE) {
        // A copy carries no log: its header says "rollback journal" whatever the project used.
        sqlite3_exec(target, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    } else if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED || rc == SQLITE_OK) {
        message = tr("the project stayed busy; try again in a moment");
    }
    const int closed = sqlite3_close_v2(target);
    if (rc != SQLITE_DONE || closed != SQLITE_OK) {
        return Error{failed.arg(nativePath(destination), message), rc};
    }
    return out.commitStaged();
}

void Database::resetStatements()
{
    for (sqlite3_stmt* st = sqlite3_next_stmt(m_db, nullptr); st != nullptr; st = sqlite3_next_stmt(m_db, st)) {
        if (sqlite3_stmt_busy(st) != 0) {
            sqlite3_reset(st);
        }
    }
}

void Database::setInterruptFlag(const std::atomic<bool>* flag)
{
    // Asked every thousand virtual machine steps: a running query stops within microseconds.
    constexpr auto interrupted = [](void* context) -> int {
        return static_cast<const std::atomic<bool>*>(context)->load(std::memory_order_relaxed) ? 1 : 0;
    };
    if (flag == nullptr) {
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
    } else {
        sqlite3_progress_handler(m_db, 1000, interrupted, const_cast<std::atomic<bool>*>(flag));
    }
}

QStringList Database::integrityProblems() const
{
    QStringList problems = checkRows(*this, "PRAGMA integrity_check");
    Statement fk = prepare("PRAGMA foreign_key_check");
    while (fk.step()) {
        problems
            << tr("Row %1 of table %2 refers to a missing row of %3.").arg(fk.int64(1)).arg(fk.text(0), fk.text(2));
    }
    return problems;
}

} // namespace osiedle::core
