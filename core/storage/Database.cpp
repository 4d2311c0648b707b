#include "core/storage/Database.h"

#include "core/common/TextFold.h"
#include "core/storage/Migrations.h"
#include "core/storage/StorageError.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <sqlite3.h>

namespace osiedle::core {

namespace {

constexpr int kBusyTimeoutMs = 5000;

quint32 bigEndian32(const QByteArray& bytes, int offset)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData() + offset);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

QString displayName(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Reads the 100-byte SQLite header without opening the file through SQLite, so that a file we
// refuse is never touched (SQLite could otherwise roll back a journal or change the header).
Status checkHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{Database::tr("Cannot read %1: %2").arg(displayName(path), file.errorString())};
    }
    const qint64 size = file.size();
    if (size == 0) {
        return Error{Database::tr("%1 is empty: it is not an Osiedle project file.").arg(displayName(path))};
    }
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArray("SQLite format 3\0", 16))) {
        return Error{
            Database::tr("%1 is not an Osiedle project file (it is not a database at all).").arg(displayName(path))};
    }
    const auto appId = static_cast<int>(bigEndian32(header, 68));
    const auto userVersion = static_cast<int>(bigEndian32(header, 60));
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool walPending = wal.exists() && wal.size() > 0;
    // A brand-new file whose creation was interrupted may have its id only in the log.
    if (appId != Database::applicationId && !(appId == 0 && walPending)) {
        return Error{
            Database::tr("%1 is a database of another program, not an Osiedle project file.").arg(displayName(path))};
    }
    if (userVersion > Database::currentSchemaVersion()) {
        return Error{Database::tr("%1 was saved by a newer version of Osiedle (data format %2; this version "
                                  "reads up to %3). Install the newer version to open it.")
                         .arg(displayName(path))
                         .arg(userVersion)
                         .arg(Database::currentSchemaVersion())};
    }
    // A truncated file: the header says how many pages there should be. Only trusted when no
    // write-ahead log is pending (then the log, not the file, holds the newest pages).
    if (!walPending) {
        quint32 pageSize = (quint32(quint8(header[16])) << 8) | quint32(quint8(header[17]));
        if (pageSize == 1) {
            pageSize = 65536;
        }
        const quint32 pages = bigEndian32(header, 28);
        const bool sizeValid = bigEndian32(header, 24) == bigEndian32(header, 92);
        if (sizeValid && pages > 0 && qint64(pages) * pageSize > size) {
            return Error{Database::tr("%1 is damaged: the file is shorter than it should be (truncated).")
                             .arg(displayName(path))};
        }
    }
    return {};
}

int polishCollation(void* arg, int len1, const void* s1, int len2, const void* s2)
{
    const auto* collator = static_cast<const QCollator*>(arg);
    return collator->compare(QString::fromUtf8(static_cast<const char*>(s1), len1),
                             QString::fromUtf8(static_cast<const char*>(s2), len2));
}

void destroyCollator(void* arg)
{
    delete static_cast<QCollator*>(arg);
}

void foldFunction(sqlite3_context* ctx, int /*argc*/, sqlite3_value** argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const QByteArray folded = foldForSearch(QString::fromUtf8(text, sqlite3_value_bytes(argv[0]))).toUtf8();
    sqlite3_result_text(ctx, folded.constData(), static_cast<int>(folded.size()), SQLITE_TRANSIENT);
}

QString sqliteMessage(sqlite3* db, int rc)
{
    if (db != nullptr) {
        return QString::fromUtf8(sqlite3_errmsg(db));
    }
    return QString::fromUtf8(sqlite3_errstr(rc));
}

} // namespace

int Database::currentSchemaVersion()
{
    return Migrations::latestVersion();
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Mode mode)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (mode == Mode::OpenExisting) {
        if (!exists) {
            return Error{tr("%1 does not exist.").arg(displayName(path))};
        }
        if (info.isDir()) {
            return Error{tr("%1 is a folder, not an Osiedle project file.").arg(displayName(path))};
        }
    } else if (exists && info.size() > 0) {
        return Error{tr("%1 already exists; a new project needs a new file name.").arg(displayName(path))};
    }

    std::unique_ptr<Database> db(new Database());
    db->m_path = info.absoluteFilePath();
    db->m_lock = std::make_unique<QLockFile>(db->m_path + QStringLiteral(".lock"));
    db->m_lock->setStaleLockTime(0); // stale only when its process is gone
    if (!db->m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString app;
        if (db->m_lock->error() == QLockFile::LockFailedError && db->m_lock->getLockInfo(&pid, &host, &app)) {
            return Error{tr("%1 is open in another program (%2, process %3 on %4). Close it there first.")
                             .arg(displayName(path), app)
                             .arg(pid)
                             .arg(host)};
        }
        return Error{tr("%1 cannot be locked for writing (is the folder read-only?).").arg(displayName(path))};
    }

    // Checked only once the lock is held: another program's pending log could otherwise make
    // the header look stale.
    if (mode == Mode::OpenExisting) {
        if (Status header = checkHeader(path); !header) {
            return header.error();
        }
    }

    const int flags =
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX | (mode == Mode::CreateNew ? SQLITE_OPEN_CREATE : 0);
    const QByteArray nativePath = QDir::toNativeSeparators(db->m_path).toUtf8();
    int rc = sqlite3_open_v2(nativePath.constData(), &db->m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        return Error{tr("Cannot open %1: %2").arg(displayName(path), sqliteMessage(db->m_db, rc)), rc};
    }
    db->configureConnection();

    try {
        if (mode == Mode::OpenExisting) {
            // Reading the schema proves the file is readable; a damaged file fails here.
            db->scalar("SELECT count(*) FROM sqlite_master");
            if (db->scalar("PRAGMA application_id") != applicationId) {
                return Error{
                    tr("%1 is a database of another program, not an Osiedle project file.").arg(displayName(path))};
            }
            if (db->userVersion() > currentSchemaVersion()) {
                return Error{tr("%1 was saved by a newer version of Osiedle.").arg(displayName(path))};
            }
        }
        db->exec("PRAGMA journal_mode = WAL");
        db->exec("PRAGMA foreign_keys = ON");
        db->exec("PRAGMA synchronous = NORMAL");
        db->exec("PRAGMA temp_store = MEMORY");
        db->exec("PRAGMA cache_size = -32000");
        if (mode == Mode::CreateNew) {
            db->exec(QByteArray("PRAGMA application_id = ") + QByteArray::number(applicationId));
        }
        const int version = db->userVersion();
        if (version < currentSchemaVersion()) {
            if (version > 0) {
                const QString backup = db->m_path + QStringLiteral(".before-v%1.bak").arg(currentSchemaVersion());
                if (Status saved = db->backupTo(backup); !saved) {
                    return Error{tr("The data format of %1 must be updated, but the backup copy could not be "
                                    "made first: %2")
                                     .arg(displayName(path), saved.error().message)};
                }
            }
            Migrations::migrate(*db);
            // Write the new header into the main file so other programs see what it is.
            db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    } catch (const StorageError& e) {
        const int primary = e.code() & 0xff;
        if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) {
            return Error{tr("%1 is damaged and cannot be opened: %2").arg(displayName(path), e.message()), e.code()};
        }
        return Error{tr("Cannot open %1: %2").arg(displayName(path), e.message()), e.code()};
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::openReader(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        return Error{tr("%1 does not exist.").arg(displayName(path))};
    }
    std::unique_ptr<Database> db(new Database());
    db->m_path = info.absoluteFilePath();
    // Read-write at the SQLite level (a reader of a WAL file may need to set up its shared
    // memory), but query_only: this connection never changes the file.
    const QByteArray nativePath = QDir::toNativeSeparators(db->m_path).toUtf8();
    const int rc =
        sqlite3_open_v2(nativePath.constData(), &db->m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        return Error{tr("Cannot open %1: %2").arg(displayName(path), sqliteMessage(db->m_db, rc)), rc};
    }
    db->configureConnection();
    try {
        db->exec("PRAGMA query_only = ON");
        db->exec("PRAGMA temp_store = MEMORY");
        db->exec("PRAGMA cache_size = -32000");
        if (db->userVersion() != currentSchemaVersion()) {
            return Error{tr("%1 is not at this version's data format.").arg(displayName(path))};
        }
    } catch (const StorageError& e) {
        return Error{tr("Cannot open %1: %2").arg(displayName(path), e.message()), e.code()};
    }
    return db;
}

void Database::configureConnection()
{
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);

    auto* collator = new QCollator(QLocale(QLocale::Polish, QLocale::Poland));
    collator->setCaseSensitivity(Qt::CaseInsensitive);
    collator->setNumericMode(true);
    sqlite3_create_collation_v2(m_db, "pl", SQLITE_UTF8, collator, polishCollation, destroyCollator);
    sqlite3_create_function_v2(m_db, "fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                               foldFunction, nullptr, nullptr, nullptr);
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

Database::~Database()
{
    m_cache.clear();
    if (m_db != nullptr) {
        sqlite3_close_v2(m_db);
    }
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

Status Database::backupTo(const QString& destination, const std::function<bool(int done, int total)>& progress) const
{
    const QString partial = destination + QStringLiteral(".part");
    QFile::remove(partial);
    sqlite3* target = nullptr;
    const QByteArray nativePartial = QDir::toNativeSeparators(partial).toUtf8();
    int rc = sqlite3_open_v2(nativePartial.constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = sqliteMessage(target, rc);
        sqlite3_close_v2(target);
        QFile::remove(partial);
        return Error{tr("Cannot write the backup copy %1: %2").arg(displayName(destination), message), rc};
    }
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", m_db, "main");
    if (backup == nullptr) {
        const QString message = sqliteMessage(target, SQLITE_ERROR);
        sqlite3_close_v2(target);
        QFile::remove(partial);
        return Error{tr("Cannot write the backup copy %1: %2").arg(displayName(destination), message)};
    }
    bool cancelled = false;
    do {
        rc = sqlite3_backup_step(backup, 512);
        if (progress && rc != SQLITE_DONE) {
            const int total = sqlite3_backup_pagecount(backup);
            cancelled = !progress(total - sqlite3_backup_remaining(backup), total);
        }
    } while (!cancelled && (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED));
    sqlite3_backup_finish(backup);
    if (cancelled) {
        sqlite3_close_v2(target);
        QFile::remove(partial);
        return Error{tr("The backup copy was cancelled; %1 was not written.").arg(displayName(destination))};
    }
    // The copy is a plain (rollback-journal) file so that it is a single self-contained file.
    sqlite3_exec(target, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    const QString message = sqliteMessage(target, rc);
    sqlite3_close_v2(target);
    if (rc != SQLITE_DONE) {
        QFile::remove(partial);
        return Error{tr("Cannot write the backup copy %1: %2").arg(displayName(destination), message), rc};
    }
    QFile::remove(destination);
    if (!QFile::rename(partial, destination)) {
        QFile::remove(partial);
        return Error{tr("Cannot write the backup copy %1.").arg(displayName(destination))};
    }
    return {};
}

QStringList Database::integrityProblems() const
{
    QStringList problems;
    Statement check = prepare("PRAGMA integrity_check");
    while (check.step()) {
        const QString line = check.text(0);
        if (line != QLatin1String("ok")) {
            problems << line;
        }
    }
    Statement fk = prepare("PRAGMA foreign_key_check");
    while (fk.step()) {
        problems
            << tr("Row %1 of table %2 refers to a missing row of %3.").arg(fk.int64(1)).arg(fk.text(0), fk.text(2));
    }
    return problems;
}

} // namespace osiedle::core
