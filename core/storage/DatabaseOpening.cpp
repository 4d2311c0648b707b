// Database::open: judging a file before SQLite touches it, the lock, the journal, migrations.

#include "core/common/FileIdentity.h"
#include "core/common/FilePaths.h"
#include "core/common/PrivateFile.h"
#include "core/common/ProgramVersion.h"
#include "core/common/TextFold.h"
#include "core/common/Utf8.h"
#include "core/storage/ChangeLogFunctions.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqliteFileHeader.h"
#include "core/storage/SqliteText.h"
#include "core/storage/StorageError.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QUrl>
#include <sqlite3.h>

namespace osiedle::core {

namespace {

constexpr int kBusyTimeoutMs = 5000;

// Judges the file from its header (with its log applied) without opening it through SQLite,
// so that a file we refuse is never touched (SQLite could roll a log into it or change the
// header).
Status checkHeader(const QString& path)
{
    const auto header = SqliteFileHeader::read(path);
    if (!header) {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        return Error{Database::tr("Cannot read %1: %2").arg(nativePath(path), file.errorString())};
    }
    if (header->fileSize() == 0 && !header->fromWal()) {
        return Error{Database::tr("%1 is empty: it is not an Osiedle project file.").arg(nativePath(path))};
    }
    if (!header->isSqlite()) {
        return Error{
            Database::tr("%1 is not an Osiedle project file (it is not a database at all).").arg(nativePath(path))};
    }
    if (header->applicationId() != Database::applicationId) {
        return Error{
            Database::tr("%1 is a database of another program, not an Osiedle project file.").arg(nativePath(path))};
    }
    if (header->userVersion() > Database::currentSchemaVersion()) {
        return Error{Database::tr("%1 was saved by a newer version of Osiedle (data format %2; this version "
                                  "reads up to %3). Install the newer version to open it.")
                         .arg(nativePath(path))
                         .arg(header->userVersion())
                         .arg(Database::currentSchemaVersion())};
    }
    // A truncated file: the header says how many pages there should be. Only trusted when no
    // write-ahead log is pending (then the log, not the file, holds the newest pages).
    if (!header->walPending()) {
        const auto pages = header->pageCount();
        if (pages && qint64(*pages) * header->pageSize() > header->fileSize()) {
            return Error{Database::tr("%1 is damaged: the file is shorter than it should be (truncated). %2")
                             .arg(nativePath(path), Database::restoreAdvice(path)),
                         Database::errorDamaged};
        }
    }
    return {};
}

// What is wrong with the path itself, before any lock or read.
Status checkPath(const QString& path, Database::Mode mode)
{
    const FileIdentity id = FileIdentity::of(path);
    if (mode == Database::Mode::CreateNew) {
        if (id.kind == FileIdentity::Kind::Directory) {
            return Error{Database::tr("%1 is a folder, not an Osiedle project file.").arg(nativePath(path))};
        }
        if (id.exists() && (id.kind != FileIdentity::Kind::Regular || QFileInfo(path).size() > 0)) {
            return Error{Database::tr("%1 already exists; a new project needs a new file name.").arg(nativePath(path))};
        }
        const QString folder = QFileInfo(path).absolutePath();
        if (!QFileInfo(folder).isDir()) {
            return Error{Database::tr("The folder %1 does not exist.").arg(nativePath(folder))};
        }
        return {};
    }
    if (!id.exists()) {
        return Error{Database::tr("%1 does not exist.").arg(nativePath(path))};
    }
    if (id.kind == FileIdentity::Kind::Directory) {
        return Error{Database::tr("%1 is a folder, not an Osiedle project file.").arg(nativePath(path))};
    }
    if (id.kind != FileIdentity::Kind::Regular) {
        return Error{Database::tr("%1 is not a regular file (it is a device, a pipe or a socket), so it is not an "
                                  "Osiedle project file.")
                         .arg(nativePath(path))};
    }
    if (id.known && id.links > 1) {
        // Each name would get its own log and lock: two programs could write at once, and a log
        // left under one name could bring back old data under the other.
        return Error{Database::tr("%1 has %2 names on the disk (hard links). Osiedle opens a project only under "
                                  "one name, so that two programs never write it at once and no change is lost. "
                                  "Remove the other names, or make a copy (osiedle-cli backup, or copy the file) and "
                                  "open the copy.")
                         .arg(nativePath(path))
                         .arg(id.links)};
    }
    return {};
}

QString lockedMessage(const QString& path, const LockOwner& owner)
{
    if (owner.pid <= 0) {
        return Database::tr("%1 is open in another program (its lock file %2 cannot be read). Close it there first.")
            .arg(nativePath(path), nativePath(ProjectLock::lockPathFor(path)));
    }
    if (owner.onThisComputer()) {
        return Database::tr("%1 is open in another program: %2. Close it there first.")
            .arg(nativePath(path), owner.describe());
    }
    return Database::tr("%1 is open in another program: %2. Close it there first. If Osiedle is no longer running "
                        "on %3 (the computer was switched off or stopped working), the lock can be taken over: open "
                        "the file in Osiedle, which asks before it does.")
        .arg(nativePath(path), owner.describe(), owner.computer);
}

int polishCollation(void* arg, int len1, const void* s1, int len2, const void* s2)
{
    const auto* collator = static_cast<const QCollator*>(arg);
    return collator->compare(utf8Text(static_cast<const char*>(s1), len1),
                             utf8Text(static_cast<const char*>(s2), len2));
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
    const QByteArray folded = foldForSearch(utf8Text(text, sqlite3_value_bytes(argv[0]))).toUtf8();
    sqlite3_result_text(ctx, folded.constData(), static_cast<int>(folded.size()), SQLITE_TRANSIENT);
}

void registerFunctions(sqlite3* db)
{
    auto* collator = new QCollator(QLocale(QLocale::Polish, QLocale::Poland));
    collator->setCaseSensitivity(Qt::CaseInsensitive);
    collator->setNumericMode(true);
    sqlite3_create_collation_v2(db, "pl", SQLITE_UTF8, collator, polishCollation, destroyCollator);
    sqlite3_create_function_v2(db, "fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                               foldFunction, nullptr, nullptr, nullptr);
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString& path, Mode mode)
{
    Options options;
    options.mode = mode;
    return open(path, options);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options)
{
    const Mode mode = options.mode;
    if (Status ok = checkPath(path, mode); !ok) {
        return ok.error();
    }
    std::unique_ptr<Database> db(new Database());
    db->m_path = FilePaths::canonical(path);
    db->m_readOnly = mode == Mode::ReadOnly;
    db->m_location = options.location.value_or(StorageLocation::of(db->m_path));
    db->m_workingPerson = initialWorkingPerson();
    const QString application = QCoreApplication::applicationName();
    db->m_programName =
        (application.isEmpty() ? QStringLiteral("osiedle") : application) + QLatin1Char(' ') + ProgramVersion::number();

    // The lock is named after the resolved path, so every name of the file meets it.
    db->m_lock = std::make_unique<ProjectLock>(db->m_path);
    const ProjectLock::Outcome locked =
        options.takeOverLockFrom ? db->m_lock->takeOver(*options.takeOverLockFrom) : db->m_lock->tryLock();
    if (locked == ProjectLock::Outcome::HeldByOther) {
        const LockOwner& owner = db->m_lock->owner();
        // This very program has the file open for changes: it may read it beside that (a
        // backup copy made in the background), never with a second writer.
        const bool ours = owner.onThisComputer() && owner.pid == QCoreApplication::applicationPid();
        if (mode != Mode::ReadOnly || !ours) {
            return Error{lockedMessage(path, owner), errorLockedByOther};
        }
        db->m_besideOwnWriter = true;
    }
    if (locked == ProjectLock::Outcome::CannotCreate && mode != Mode::ReadOnly) {
        return Error{tr("%1 cannot be opened for changes: no lock file can be made beside it (%2). The folder or the "
                        "medium is read-only; the project can still be opened read-only to look at it.")
                         .arg(nativePath(path), db->m_lock->error()),
                     errorReadOnlyFile};
    }
    // (A read-only medium needs no lock: nobody can write there.)
    if (mode == Mode::OpenExisting && !QFileInfo(db->m_path).isWritable()) {
        return Error{tr("%1 is read-only, so it cannot be opened for changes; it can still be opened read-only to "
                        "look at it.")
                         .arg(nativePath(path)),
                     errorReadOnlyFile};
    }
    // Judged only once the lock is held: another program's pending log could otherwise make the
    // header look stale.
    if (mode != Mode::CreateNew) {
        if (Status header = checkHeader(db->m_path); !header) {
            return header.error();
        }
    }
    if (Status opened = db->openConnection(options); !opened) {
        return opened.error();
    }
    try {
        if (Status configured = db->configure(options); !configured) {
            return configured.error();
        }
    } catch (const StorageError& e) {
        const int primary = e.code() & 0xff;
        if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) {
            return Error{tr("%1 is damaged and cannot be opened: %2. %3")
                             .arg(nativePath(path), e.message(), restoreAdvice(db->m_path)),
                         errorDamaged};
        }
        return Error{tr("Cannot open %1: %2").arg(nativePath(path), e.message()), e.code()};
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::openReader(const QString& path)
{
    // The program's own lock is on the file: ReadOnly opens beside it, without "immutable", so
    // the reader sees every commit of the window's connection.
    Options options;
    options.mode = Mode::ReadOnly;
    return open(path, options);
}

Status Database::openConnection(const Options& options)
{
    const bool walPending = QFileInfo(m_path + QStringLiteral("-wal")).size() > 0;
    QByteArray name = QDir::toNativeSeparators(m_path).toUtf8();
    int flags = SQLITE_OPEN_FULLMUTEX;
    if (m_readOnly) {
        flags |= SQLITE_OPEN_READONLY;
        // Nothing waits in a log and nobody else can write (the lock is ours, or the medium is
        // read-only): "immutable" makes SQLite read the file without locking it or creating
        // anything beside it, so not a byte changes.
        if (!walPending && !m_besideOwnWriter && m_location == StorageLocation::Kind::Local) {
            flags |= SQLITE_OPEN_URI;
            name = QUrl::fromLocalFile(m_path).toEncoded() + "?immutable=1";
        }
    } else {
        flags |= SQLITE_OPEN_READWRITE | (options.mode == Mode::CreateNew ? SQLITE_OPEN_CREATE : 0);
        if (options.mode == Mode::CreateNew) {
            // A project holds personal data: its file is owner-only before SQLite writes into it
            // (and SQLite gives its log and shared-memory files the same permissions).
            if (Status created = PrivateFile::createEmpty(m_path); !created) {
                return created;
            }
        }
    }
    const int rc = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        return Error{tr("Cannot open %1: %2").arg(nativePath(m_path), sqliteMessage(m_db, rc)), rc};
    }
    // Until the file is accepted, closing must not fold its log into it.
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    registerFunctions(m_db);
    registerChangeLogFunctions(m_db, this);
    return {};
}

Status Database::configure(const Options& options)
{
    const bool wal = StorageLocation::allowsWal(m_location);
    if (!m_readOnly && !wal) {
        // Where shared memory cannot be trusted, SQLite must not use it even to read a file
        // still marked for a write-ahead log: in exclusive locking mode it keeps the log's
        // index in its own memory.
        exec("PRAGMA locking_mode = EXCLUSIVE");
    }
    if (options.mode != Mode::CreateNew) {
        // Reading the schema proves the file is readable; a damaged file fails here.
        scalar("SELECT count(*) FROM sqlite_master");
        if (scalar("PRAGMA application_id") != applicationId) {
            return Error{
                tr("%1 is a database of another program, not an Osiedle project file.").arg(nativePath(m_path))};
        }
        if (userVersion() > currentSchemaVersion()) {
            return Error{tr("%1 was saved by a newer version of Osiedle.").arg(nativePath(m_path))};
        }
    } else {
        m_checkedBeforeWrite = true; // nothing there to be damaged
    }
    exec("PRAGMA foreign_keys = ON");
    // Deleted personal data is overwritten, not left in free pages, whatever the SQLite build.
    exec("PRAGMA secure_delete = ON");
    exec("PRAGMA temp_store = MEMORY");
    exec("PRAGMA cache_size = -32000");
    if (m_readOnly) {
        if (Migrations::pending(*this)) {
            // An older file is brought up to date in memory; the file itself stays as it is.
            if (Status loaded = loadIntoMemory(); !loaded) {
                return loaded;
            }
            m_readOnly = false;
            m_checkedBeforeWrite = true;
            Migrations::migrate(*this);
            m_readOnly = true;
        }
        return {};
    }
    exec(wal ? QByteArray("PRAGMA journal_mode = WAL") : QByteArray("PRAGMA journal_mode = DELETE"));
    if (!wal) {
        exec("PRAGMA locking_mode = NORMAL");
    }
    // A commit that returned is on the disk: it survives a power cut (tests/bench measures the
    // cost of a mark and of an import).
    exec("PRAGMA synchronous = FULL");
    if (options.mode == Mode::CreateNew) {
        exec(QByteArray("PRAGMA application_id = ") + QByteArray::number(applicationId));
    }
    const int version = userVersion();
    if (version < currentSchemaVersion() || (version > 0 && Migrations::pending(*this))) {
        if (version > 0) {
            const QString backup = m_path + QStringLiteral(".before-v%1.bak").arg(currentSchemaVersion());
            if (Status saved = backupTo(backup); !saved) {
                return Error{tr("The data format of %1 must be updated, but the backup copy could not be made first: "
                                "%2")
                                 .arg(nativePath(m_path), saved.error().message)};
            }
        }
        Migrations::migrate(*this);
        if (wal) {
            // Write the new header into the main file so other programs see what it is.
            exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, nullptr);
    return {};
}

Status Database::loadIntoMemory()
{
    sqlite3* memory = nullptr;
    int rc = sqlite3_open_v2(":memory:", &memory, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, nullptr);
    sqlite3_backup* copy = rc == SQLITE_OK ? sqlite3_backup_init(memory, "main", m_db, "main") : nullptr;
    if (copy != nullptr) {
        rc = sqlite3_backup_step(copy, -1);
        sqlite3_backup_finish(copy);
    }
    if (copy == nullptr || rc != SQLITE_DONE) {
        const QString message = sqliteMessage(memory, rc);
        sqlite3_close_v2(memory);
        return Error{tr("Cannot read %1: %2").arg(nativePath(m_path), message), rc};
    }
    m_cache.clear();
    sqlite3_close_v2(m_db);
    m_db = memory;
    sqlite3_extended_result_codes(m_db, 1);
    registerFunctions(m_db);
    registerChangeLogFunctions(m_db, this);
    exec("PRAGMA foreign_keys = ON");
    exec("PRAGMA secure_delete = ON");
    return {};
}

} // namespace osiedle::core
