// The reads off the window's thread: results come back on the owner's thread, a newer request of
// the same kind drops the older one (so a stale result never overwrites a fresh one), and the
// reading connection sees what the window's connection committed but can change nothing.

#include "core/storage/BackgroundReader.h"

#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <catch2/catch.hpp>

using namespace osiedle;

namespace {

qint64 coops(core::Database& db)
{
    return db.scalar("SELECT count(*) FROM housing_coop");
}

// A query that runs for seconds unless it is interrupted.
qint64 endless(core::Database& db)
{
    return db.scalar("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n");
}

} // namespace

TEST_CASE("A background read sees the committed data and hands its result to the owner's thread", "[reader]")
{
    test::TempProject project;
    project.db().exec("INSERT INTO housing_coop (name) VALUES ('SM Zacisze'), ('SM Oaza')");
    core::BackgroundReader reader(project.path());
    QObject receiver;
    std::optional<qint64> result;
    QThread* readOn = nullptr;
    QThread* handedOn = nullptr;
    reader.read<qint64>(
        &receiver, QStringLiteral("count"),
        [&readOn](core::Database& db) {
            readOn = QThread::currentThread();
            return coops(db);
        },
        [&](qint64 count) {
            result = count;
            handedOn = QThread::currentThread();
        });
    CHECK(reader.busy());
    REQUIRE(reader.waitIdle());
    CHECK(result == 2);
    CHECK(handedOn == QThread::currentThread());
    CHECK(readOn != QThread::currentThread());

    // A later change of the window's connection is seen by the next read.
    project.db().exec("DELETE FROM housing_coop WHERE name = 'SM Oaza'");
    reader.read<qint64>(&receiver, QStringLiteral("count"), coops, [&](qint64 count) { result = count; });
    REQUIRE(reader.waitIdle());
    CHECK(result == 1);
}

TEST_CASE("A newer read of the same kind drops the older one", "[reader]")
{
    test::TempProject project;
    core::BackgroundReader reader(project.path());
    QObject receiver;
    QStringList handed;
    SECTION("while the older one is still queued")
    {
        // The first read keeps the thread busy, so the two after it wait in the queue.
        reader.read<qint64>(
            &receiver, QStringLiteral("slow"),
            [](core::Database& db) {
                QThread::msleep(200);
                return coops(db);
            },
            [&](qint64) { handed << QStringLiteral("slow"); });
        reader.read<qint64>(&receiver, QStringLiteral("report"), coops,
                            [&](qint64) { handed << QStringLiteral("old"); });
        reader.read<qint64>(&receiver, QStringLiteral("report"), coops,
                            [&](qint64) { handed << QStringLiteral("new"); });
        REQUIRE(reader.waitIdle());
        CHECK(handed == QStringList{QStringLiteral("slow"), QStringLiteral("new")});
    }
    SECTION("while the older one is running: it is interrupted")
    {
        std::optional<QString> failure;
        reader.read<qint64>(
            &receiver, QStringLiteral("report"), endless, [&](qint64) { handed << QStringLiteral("old"); },
            [&](const QString& error) { failure = error; });
        QThread::msleep(100); // running by now
        QElapsedTimer clock;
        clock.start();
        reader.read<qint64>(&receiver, QStringLiteral("report"), coops,
                            [&](qint64) { handed << QStringLiteral("new"); });
        REQUIRE(reader.waitIdle(10000));
        CHECK(clock.elapsed() < 5000); // the endless query would never have ended on its own
        CHECK(handed == QStringList{QStringLiteral("new")});
        CHECK_FALSE(failure); // dropped, not reported as a failure
    }
    SECTION("a read of another kind is not dropped")
    {
        reader.read<qint64>(&receiver, QStringLiteral("report"), coops,
                            [&](qint64) { handed << QStringLiteral("report"); });
        reader.read<qint64>(&receiver, QStringLiteral("dashboard"), coops,
                            [&](qint64) { handed << QStringLiteral("dashboard"); });
        REQUIRE(reader.waitIdle());
        CHECK(handed == QStringList{QStringLiteral("report"), QStringLiteral("dashboard")});
    }
    SECTION("invalidated, nothing is handed over")
    {
        reader.read<qint64>(&receiver, QStringLiteral("report"), endless,
                            [&](qint64) { handed << QStringLiteral("old"); });
        QThread::msleep(50);
        reader.invalidate(QStringLiteral("report"));
        REQUIRE(reader.waitIdle(10000));
        CHECK(handed.isEmpty());
    }
}

TEST_CASE("A failing background read reports its error; the reading connection writes nothing", "[reader]")
{
    test::TempProject project;
    core::BackgroundReader reader(project.path());
    QObject receiver;
    QString failure;
    bool handed = false;
    reader.read<qint64>(
        &receiver, QStringLiteral("missing"),
        [](core::Database& db) { return db.scalar("SELECT count(*) FROM nothing"); }, [&](qint64) { handed = true; },
        [&](const QString& error) { failure = error; });
    REQUIRE(reader.waitIdle());
    CHECK_FALSE(handed);
    CHECK(failure.contains(QStringLiteral("nothing")));

    failure.clear();
    reader.read<qint64>(
        &receiver, QStringLiteral("write"),
        [](core::Database& db) {
            db.exec("INSERT INTO housing_coop (name) VALUES ('SM Nowa')");
            return qint64(0);
        },
        [&](qint64) { handed = true; }, [&](const QString& error) { failure = error; });
    REQUIRE(reader.waitIdle());
    CHECK_FALSE(handed);
    CHECK_FALSE(failure.isEmpty());
    CHECK(coops(project.db()) == 0);
}

TEST_CASE("A background read whose receiver is gone hands nothing over", "[reader]")
{
    test::TempProject project;
    core::BackgroundReader reader(project.path());
    bool handed = false;
    {
        QObject receiver;
        reader.read<qint64>(
            &receiver, QStringLiteral("count"),
            [](core::Database& db) {
                QThread::msleep(50);
                return coops(db);
            },
            [&](qint64) { handed = true; });
    }
    REQUIRE(reader.waitIdle());
    CHECK_FALSE(handed);
}

TEST_CASE("Closing the reader while a long read runs stops it", "[reader]")
{
    test::TempProject project;
    QElapsedTimer clock;
    {
        core::BackgroundReader reader(project.path());
        QObject receiver;
        reader.read<qint64>(&receiver, QStringLiteral("report"), endless, [](qint64) {});
        QThread::msleep(50);
        clock.start();
    }
    CHECK(clock.elapsed() < 5000);
}

TEST_CASE("A query read part way by one background read does not hide later changes from the next", "[reader]")
{
    test::TempProject project;
    project.db().exec("INSERT INTO housing_coop (name) VALUES ('SM Zacisze'), ('SM Oaza')");
    core::BackgroundReader reader(project.path());
    QObject receiver;
    QString first;
    // Reads the first name only and leaves the cached statement where it stopped.
    reader.read<QString>(
        &receiver, QStringLiteral("first"),
        [](core::Database& db) {
            core::Statement& st = db.cached("SELECT name FROM housing_coop ORDER BY name");
            return st.step() ? st.text(0) : QString();
        },
        [&](const QString& name) { first = name; });
    REQUIRE(reader.waitIdle());
    CHECK(first == QStringLiteral("SM Oaza"));

    project.db().exec("INSERT INTO housing_coop (name) VALUES ('SM Nowa')");
    std::optional<qint64> count;
    reader.read<qint64>(&receiver, QStringLiteral("count"), coops, [&](qint64 n) { count = n; });
    REQUIRE(reader.waitIdle());
    CHECK(count == 3);
}
