// A backup copy reports its progress and can be stopped; a stopped copy leaves the destination
// as it was.

#include "core/storage/Database.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace osiedle;

TEST_CASE("A backup copy reports the pages copied and stops when asked", "[backup]")
{
    test::TempProject project;
    // Enough pages for the copy to take several steps (512 pages a step).
    project.db().exec("CREATE TABLE filler (text TEXT); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                      "WHERE i < 4000) INSERT INTO filler SELECT hex(randomblob(500)) FROM n");
    const QString destination = project.dir() + QStringLiteral("/copy.osiedle");

    SECTION("to the end")
    {
        QList<std::pair<int, int>> reports;
        REQUIRE(project.db()
                    .backupTo(destination,
                              [&reports](int done, int total) {
                                  reports.append({done, total});
                                  return true;
                              })
                    .ok());
        REQUIRE(reports.size() >= 2);
        CHECK(reports.first().first > 0);
        CHECK(reports.first().first < reports.first().second);
        for (int i = 1; i < reports.size(); ++i) {
            CHECK(reports[i].first > reports[i - 1].first);
        }
        auto copy = core::Database::open(destination);
        REQUIRE(copy.ok());
        CHECK((*copy)->scalar("SELECT count(*) FROM filler") == 4000);
    }
    SECTION("stopped, the earlier file stays")
    {
        {
            QFile earlier(destination);
            REQUIRE(earlier.open(QIODevice::WriteOnly));
            earlier.write("the copy of yesterday");
        }
        const core::Status stopped = project.db().backupTo(destination, [](int, int) { return false; });
        REQUIRE_FALSE(stopped.ok());
        CHECK(stopped.error().message.contains(QStringLiteral("cancelled")));
        QFile kept(destination);
        REQUIRE(kept.open(QIODevice::ReadOnly));
        CHECK(kept.readAll() == QByteArray("the copy of yesterday"));
        CHECK_FALSE(QFile::exists(destination + QStringLiteral(".part")));
    }
}
