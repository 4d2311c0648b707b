// The project file's guarantees under misuse: a second name, a refused file with a pending log,
// a damaged file, a read-only open, durable commits, a network drive.

#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqliteFileHeader.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"
#include "support/FileBytes.h"
#include "support/ProjectTrouble.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <sqlite3.h>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

using namespace osiedle;
using core::Database;

namespace {

// Copies a database that a raw connection holds open (as a crash would leave it): the file,
// its write-ahead log and its shared memory.
void copyWithLog(const QString& from, const QString& to)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(to + suffix);
        if (QFileInfo::exists(from + suffix)) {
            REQUIRE(QFile::copy(from + suffix, to + suffix));
        }
    }
}

QByteArray hashes(const QString& path)
{
    QByteArray all;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        all += QFileInfo::exists(path + suffix) ? test::fileHash(path + suffix) : QByteArray("none");
    }
    return all;
}

} // namespace

TEST_CASE("A refused file with a pending log is left byte for byte, its log and shared memory too", "[storage]")
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.db"));
    const QString refused = dir.filePath(QStringLiteral("refused.osiedle"));
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open(live.toUtf8().constData(), &raw) == SQLITE_OK);
    REQUIRE(sqlite3_exec(raw, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr) == SQLITE_OK);

    SECTION("another program's database")
    {
        REQUIRE(sqlite3_exec(raw, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr, nullptr, nullptr) ==
                SQLITE_OK);
        copyWithLog(live, refused);
        REQUIRE(QFileInfo(refused + QStringLiteral("-wal")).size() > 0);
        const QByteArray before = hashes(refused);
        auto r = Database::open(refused);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("another program")));
        CHECK(hashes(refused) == before);
    }
    SECTION("a project of a newer version")
    {
        const QByteArray sql =
            QByteArray("PRAGMA application_id = ") + QByteArray::number(Database::applicationId) +
            "; CREATE TABLE t(x); PRAGMA user_version = " + QByteArray::number(Database::currentSchemaVersion() + 1) +
            ";";
        REQUIRE(sqlite3_exec(raw, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
        copyWithLog(live, refused);
        // The main file alone does not tell: its header is still the one from before the log.
        const auto header = core::SqliteFileHeader::read(refused);
        REQUIRE(header);
        CHECK(header->fromWal());
        CHECK(header->userVersion() == Database::currentSchemaVersion() + 1);
        const QByteArray before = hashes(refused);
        for (const auto mode : {Database::Mode::OpenExisting, Database::Mode::ReadOnly}) {
            auto r = Database::open(refused, mode);
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().message.contains(QStringLiteral("newer version")));
            CHECK(hashes(refused) == before);
        }
    }
    sqlite3_close(raw);
}

TEST_CASE("A damaged file is never written to and the message says how to restore a copy", "[storage]")
{
    test::TempProject project;
    test::addFillerRows(project.db());
    project.close();                        // the log goes into the file
    test::damageMiddlePage(project.path()); // a disk error, a broken copy

    const QByteArray before = test::fileHash(project.path());
    auto opened = Database::open(project.path());
    REQUIRE(opened.ok()); // its schema is readable; the damage is found before the first write
    Database& db = *opened.value();
    try {
        core::Transaction tx(db);
        FAIL("a transaction began on a damaged file");
    } catch (const core::StorageError& e) {
        CHECK((e.code() & 0xff) == SQLITE_CORRUPT);
        CHECK(e.message().contains(QStringLiteral("damaged")));
        CHECK(e.message().contains(QStringLiteral("restore")));
    }
    opened = core::Error{};
    CHECK(test::fileHash(project.path()) == before);
}

TEST_CASE("A read-only open changes not a byte and leaves nothing beside the file", "[storage]")
{
    test::TempProject project;
    project.db().exec("INSERT INTO housing_coop (name) VALUES ('SM Wola')");
    const QString copy = project.dir() + QStringLiteral("/copy.osiedle");
    REQUIRE(project.db().backupTo(copy).ok());
    project.close();
    for (const QString& path : {copy, project.path()}) {
        INFO(path.toStdString());
        const QStringList files = test::filesIn(project.dir());
        const QByteArray before = test::fileHash(path);
        {
            auto opened = Database::open(path, Database::Mode::ReadOnly);
            REQUIRE(opened.ok());
            CHECK(opened.value()->isReadOnly());
            CHECK(opened.value()->scalar("SELECT count(*) FROM housing_coop") == 1);
            CHECK_THROWS_AS(core::Transaction(*opened.value()), core::StorageError);
        }
        CHECK(test::fileHash(path) == before);
        CHECK(test::filesIn(project.dir()) == files);
    }
}

TEST_CASE("Commits are durable: the file is opened with synchronous=FULL", "[storage]")
{
    test::TempProject project;
    CHECK(project.db().scalar("PRAGMA synchronous") == 2); // FULL
    CHECK(project.db().journalMode() == QStringLiteral("wal"));
}

TEST_CASE("On a network drive the project uses a rollback journal and no shared memory", "[storage]")
{
    test::TempProject project;
    project.db().exec("INSERT INTO housing_coop (name) VALUES ('SM Wola')");
    project.close();
    Database::Options options;
    options.location = core::StorageLocation::Kind::Network;
    {
        auto opened = Database::open(project.path(), options);
        REQUIRE(opened.ok());
        Database& db = *opened.value();
        CHECK(db.journalMode() == QStringLiteral("delete"));
        CHECK(db.scalar("PRAGMA synchronous") == 2);
        core::Transaction tx(db);
        db.exec("INSERT INTO housing_coop (name) VALUES ('SM Ursus')");
        tx.commit();
        CHECK_FALSE(QFileInfo::exists(project.path() + QStringLiteral("-wal")));
        CHECK_FALSE(QFileInfo::exists(project.path() + QStringLiteral("-shm")));
        CHECK(db.scalar("SELECT count(*) FROM housing_coop") == 2);
    }
    // Back on a local disk it returns to the write-ahead log with its data.
    project.reopen();
    CHECK(project.db().journalMode() == QStringLiteral("wal"));
    CHECK(project.db().scalar("SELECT count(*) FROM housing_coop") == 2);
}

TEST_CASE("Where a file lives decides its journal", "[storage]")
{
    using core::StorageLocation;
    CHECK(StorageLocation::classify("ext4", false, QStringLiteral("/home/anna/p.osiedle"), {}) ==
          StorageLocation::Kind::Local);
    CHECK(StorageLocation::classify("cifs", false, QStringLiteral("/mnt/biuro/p.osiedle"), {}) ==
          StorageLocation::Kind::Network);
    CHECK(StorageLocation::classify("nfs4", false, QStringLiteral("/net/p.osiedle"), {}) ==
          StorageLocation::Kind::Network);
    CHECK(StorageLocation::classify("NTFS", true, QStringLiteral("Z:/p.osiedle"), {}) ==
          StorageLocation::Kind::Network);
    QTemporaryDir oneDrive;
    QDir(oneDrive.path()).mkpath(QStringLiteral("Dokumenty"));
    CHECK(StorageLocation::classify("NTFS", false, oneDrive.filePath(QStringLiteral("Dokumenty/p.osiedle")),
                                    {oneDrive.path()}) == StorageLocation::Kind::Synchronised);
    CHECK_FALSE(StorageLocation::allowsWal(StorageLocation::Kind::Synchronised));
    CHECK(StorageLocation::allowsWal(StorageLocation::Kind::Local));
}

TEST_CASE("A project is opened under one name: a symbolic link meets the same lock, a hard link is refused",
          "[storage][lock]")
{
    test::TempProject project;
    const QString symlink = project.dir() + QStringLiteral("/skrót.osiedle");
    REQUIRE(QFile::link(project.path(), symlink));
    auto viaLink = Database::open(symlink);
    REQUIRE_FALSE(viaLink.ok());
    CHECK(viaLink.error().message.contains(QStringLiteral("open in another program")));
    project.close();
    auto opened = Database::open(symlink);
    REQUIRE(opened.ok());
    CHECK(opened.value()->path() == QFileInfo(project.path()).canonicalFilePath());
    opened = core::Error{};
#if defined(Q_OS_UNIX)
    const QString hard = project.dir() + QStringLiteral("/druga nazwa.osiedle");
    REQUIRE(::link(QFile::encodeName(project.path()).constData(), QFile::encodeName(hard).constData()) == 0);
    const QByteArray before = test::fileHash(project.path());
    for (const QString& name : {hard, project.path()}) {
        auto refused = Database::open(name);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("hard links")));
    }
    CHECK(test::fileHash(project.path()) == before);
#endif
}

TEST_CASE("A stored text keeps a leading U+FEFF", "[storage]")
{
    test::TempProject project;
    const QString name = QChar(0xFEFF) + QStringLiteral("SM Wola");
    core::Statement insert = project.db().prepare("INSERT INTO housing_coop (name) VALUES (?)");
    insert.bind(1, name);
    insert.step();
    core::Statement read = project.db().prepare("SELECT name FROM housing_coop");
    REQUIRE(read.step());
    CHECK(read.text(0) == name);
    CHECK(read.text(0).size() == 8);
}

TEST_CASE("A file of an older version opened read-only is brought up to date in memory, not on disk",
          "[storage][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stary.osiedle"));
    {
        // Schema version 1, as files were written before migration 2.
        sqlite3* raw = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &raw) == SQLITE_OK);
        for (const QByteArray& part : {core::Schema::project(), core::Schema::recruitment(), core::Schema::training(),
                                       core::Schema::cooperatives(), core::Schema::debts(), core::Schema::products(),
                                       core::Schema::indicators()}) {
            REQUIRE(sqlite3_exec(raw, part.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
        }
        const QByteArray header =
            "PRAGMA user_version = 1; PRAGMA application_id = " + QByteArray::number(Database::applicationId) +
            "; INSERT INTO housing_coop (name) VALUES ('SM Wola');";
        REQUIRE(sqlite3_exec(raw, header.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(raw);
    }
    REQUIRE(Database::currentSchemaVersion() > 1);
    const QByteArray before = test::fileHash(path);
    const QStringList files = test::filesIn(dir.path());
    {
        auto opened = Database::open(path, Database::Mode::ReadOnly);
        REQUIRE(opened.ok());
        Database& db = *opened.value();
        CHECK(db.userVersion() == Database::currentSchemaVersion());
        CHECK(db.scalar("SELECT count(*) FROM housing_coop") == 1);
        CHECK(db.isReadOnly());
        CHECK_THROWS_AS(core::Transaction(db), core::StorageError);
    }
    CHECK(test::fileHash(path) == before);
    CHECK(test::filesIn(dir.path()) == files); // no backup copy, no log: the file was only read
}
