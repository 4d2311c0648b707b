#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"
#include "support/FileBytes.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace osiedle;
using core::Database;
using core::Statement;

using test::fileHash;
using test::writeFile;

TEST_CASE("A new project file gets the whole schema and the Osiedle application id", "[storage]")
{
    test::TempProject project;
    auto& db = project.db();
    CHECK(db.userVersion() == Database::currentSchemaVersion());
    CHECK(db.scalar("PRAGMA application_id") == Database::applicationId);
    CHECK(db.scalar("PRAGMA foreign_keys") == 1);
    for (const char* table : {"project", "partner", "institution", "housing_coop", "participant", "social_coop",
                              "founding_step", "membership", "employment", "cooperation_agreement", "course",
                              "session", "enrolment", "attendance", "consultation", "work_order", "work_hours",
                              "service_sale", "debt_account", "debt_entry", "instalment_plan", "instalment",
                              "eviction_case", "eviction_stage", "deliverable", "indicator", "reporting_period"}) {
        INFO(table);
        Statement st = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
        st.bind(1, table);
        REQUIRE(st.step());
        CHECK(st.int64(0) == 1);
    }
    CHECK(db.integrityProblems().isEmpty());
}

TEST_CASE("Constraints refuse bad rows", "[storage]")
{
    test::TempProject project;
    auto& db = project.db();
    // a date that does not exist
    CHECK_THROWS_AS(db.exec("INSERT INTO housing_coop (name, applied_on) VALUES ('SM', '2012-02-30')"),
                    core::StorageError);
    // a foreign key that does not resolve
    CHECK_THROWS_AS(db.exec("INSERT INTO participant (first_name, housing_coop_id) VALUES ('A', 999)"),
                    core::StorageError);
    // negative arrears
    CHECK_THROWS_AS(db.exec("INSERT INTO participant (first_name, arrears_at_entry) VALUES ('A', -1)"),
                    core::StorageError);
    // a payment that raises the debt
    db.exec("INSERT INTO housing_coop (id, name) VALUES (1, 'SM')");
    db.exec("INSERT INTO participant (id, first_name) VALUES (1, 'A')");
    db.exec("INSERT INTO debt_account (id, participant_id, housing_coop_id, opened_on) VALUES (1, 1, 1, '2011-01-01')");
    CHECK_THROWS_AS(db.exec("INSERT INTO debt_entry (account_id, date, kind, amount) VALUES (1, '2011-02-01', 'payment', 100)"),
                    core::StorageError);
    try {
        db.exec("INSERT INTO debt_entry (account_id, date, kind, amount) VALUES (1, '2011-02-01', 'payment', 100)");
    } catch (const core::StorageError& e) {
        CHECK(e.isConstraint());
    }
}

TEST_CASE("A transaction rolls back unless committed", "[storage]")
{
    test::TempProject project;
    auto& db = project.db();
    {
        core::Transaction tx(db);
        db.exec("INSERT INTO housing_coop (name) VALUES ('Rolled back')");
        CHECK(db.scalar("SELECT count(*) FROM housing_coop") == 1);
    }
    CHECK(db.scalar("SELECT count(*) FROM housing_coop") == 0);
    {
        core::Transaction tx(db);
        db.exec("INSERT INTO housing_coop (name) VALUES ('Kept')");
        tx.commit();
    }
    CHECK(db.scalar("SELECT count(*) FROM housing_coop") == 1);
    // an exception inside the transaction leaves nothing behind
    try {
        core::Transaction tx(db);
        db.exec("INSERT INTO housing_coop (name) VALUES ('Half')");
        db.exec("INSERT INTO housing_coop (name) VALUES ('')"); // violates CHECK
        tx.commit();
    } catch (const core::StorageError&) {
    }
    CHECK(db.scalar("SELECT count(*) FROM housing_coop") == 1);
}

TEST_CASE("Migrations from an empty file reach the latest version and do not run twice", "[storage]")
{
    test::TempProject project;
    project.db().exec("INSERT INTO housing_coop (name) VALUES ('Stays')");
    project.close();
    project.reopen();
    CHECK(project.db().userVersion() == core::Migrations::latestVersion());
    CHECK(project.db().scalar("SELECT count(*) FROM housing_coop") == 1);
}

TEST_CASE("Files that are not Osiedle projects are refused and left unchanged", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("file.osiedle"));

    SECTION("missing file")
    {
        auto r = Database::open(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("does not exist")));
        CHECK_FALSE(QFile::exists(path));
    }
    SECTION("a text file")
    {
        writeFile(path, "first_name;last_name\nJan;Kowalski\n");
        const QByteArray before = fileHash(path);
        auto r = Database::open(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("not a database")));
        CHECK(fileHash(path) == before);
    }
    SECTION("an empty file")
    {
        writeFile(path, "");
        auto r = Database::open(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("empty")));
    }
    SECTION("another program's SQLite database")
    {
        {
            sqlite3* raw = nullptr;
            REQUIRE(sqlite3_open(path.toUtf8().constData(), &raw) == SQLITE_OK);
            sqlite3_exec(raw, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr, nullptr, nullptr);
            sqlite3_close(raw);
        }
        const QByteArray before = fileHash(path);
        auto r = Database::open(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("another program")));
        CHECK(fileHash(path) == before);
    }
    SECTION("a newer schema version")
    {
        {
            auto created = Database::open(path, Database::Mode::CreateNew);
            REQUIRE(created.ok());
            created.value()->exec("PRAGMA journal_mode = DELETE");
            created.value()->exec(QByteArray("PRAGMA user_version = ") +
                                  QByteArray::number(Database::currentSchemaVersion() + 1));
        }
        const QByteArray before = fileHash(path);
        auto r = Database::open(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("newer version")));
        CHECK(fileHash(path) == before);
    }
    SECTION("a truncated file")
    {
        {
            auto created = Database::open(path, Database::Mode::CreateNew);
            REQUIRE(created.ok());
            created.value()->exec("PRAGMA journal_mode = DELETE");
        }
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        const QByteArray all = f.readAll();
        f.resize(all.size() / 2);
        f.close();
        const QByteArray before = fileHash(path);
        auto r = Database::open(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("damaged")));
        CHECK(fileHash(path) == before);
    }
}

TEST_CASE("A file open in one place is refused elsewhere with an in-use message", "[storage]")
{
    test::TempProject project;
    auto second = Database::open(project.path());
    REQUIRE_FALSE(second.ok());
    INFO(second.error().message.toStdString());
    CHECK(second.error().message.contains(QStringLiteral("open in another program")));
    project.close();
    auto third = Database::open(project.path());
    CHECK(third.ok());
}

TEST_CASE("A backup copy holds exactly the data and opens as a project", "[storage]")
{
    test::TempProject project;
    project.db().exec("INSERT INTO housing_coop (name) VALUES ('Łódzka SM'), ('SM Wola')");
    const QString copy = project.dir() + QStringLiteral("/copy.osiedle");
    REQUIRE(project.db().backupTo(copy).ok());
    auto opened = Database::open(copy);
    REQUIRE(opened.ok());
    Statement st = opened.value()->prepare("SELECT group_concat(name, '|') FROM (SELECT name FROM housing_coop ORDER BY id)");
    REQUIRE(st.step());
    CHECK(st.text(0) == QStringLiteral("Łódzka SM|SM Wola"));
}

TEST_CASE("Polish collation and diacritics-insensitive search are registered", "[storage]")
{
    test::TempProject project;
    auto& db = project.db();
    db.exec("INSERT INTO housing_coop (name) VALUES ('Żoliborz'), ('Łódź'), ('Lublin'), ('Zamość'), ('Ostrołęka')");
    Statement st = db.prepare("SELECT group_concat(name, ',') FROM (SELECT name FROM housing_coop ORDER BY name COLLATE pl)");
    REQUIRE(st.step());
    CHECK(st.text(0) == QStringLiteral("Lublin,Łódź,Ostrołęka,Zamość,Żoliborz"));
    CHECK(db.scalar("SELECT count(*) FROM housing_coop WHERE fold(name) LIKE '%lodz%'") == 1);
    CHECK(db.scalar("SELECT count(*) FROM housing_coop WHERE fold(name) LIKE '%ostroleka%'") == 1);
}
