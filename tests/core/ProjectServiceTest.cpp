#include "core/services/ProjectService.h"

#include "core/storage/Database.h"
#include "support/FileBytes.h"
#include "support/QtStringMakers.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace osiedle;
using core::ProjectDetails;
using core::ProjectService;

namespace {

ProjectDetails details()
{
    ProjectDetails d;
    d.title = QStringLiteral("Partnerstwo na rzecz ekonomii społecznej");
    d.contractNumber = QStringLiteral("POKL.07.02.02-14-123/10");
    d.startDate = QDate(2010, 10, 1);
    d.endDate = QDate(2013, 6, 30);
    return d;
}

} // namespace

TEST_CASE("Quarters cover the period, clipped to its ends", "[project]")
{
    const auto q = ProjectService::quarters(QDate(2010, 10, 1), QDate(2013, 6, 30));
    REQUIRE(q.size() == 11);
    CHECK(q.first() == std::pair(QDate(2010, 10, 1), QDate(2010, 12, 31)));
    CHECK(q[1] == std::pair(QDate(2011, 1, 1), QDate(2011, 3, 31)));
    CHECK(q.last() == std::pair(QDate(2013, 4, 1), QDate(2013, 6, 30)));
    const auto clipped = ProjectService::quarters(QDate(2011, 2, 15), QDate(2011, 8, 10));
    REQUIRE(clipped.size() == 3);
    CHECK(clipped.first() == std::pair(QDate(2011, 2, 15), QDate(2011, 3, 31)));
    CHECK(clipped.last() == std::pair(QDate(2011, 7, 1), QDate(2011, 8, 10)));
    CHECK(ProjectService::quarters(QDate(2012, 1, 1), QDate(2011, 1, 1)).isEmpty());
}

TEST_CASE("Project details are validated by field", "[project]")
{
    ProjectDetails d = details();
    CHECK(ProjectService::validate(d).isEmpty());
    d.title = QStringLiteral("  ");
    d.endDate = QDate(2009, 1, 1);
    const auto errors = ProjectService::validate(d);
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].field == QStringLiteral("title"));
    CHECK(errors[1].field == QStringLiteral("end_date"));
    CHECK(errors[1].message.contains(QStringLiteral("01.01.2009")));
}

TEST_CASE("A new project file holds the project, the default indicators and the quarterly periods", "[project]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.osiedle"));
    SECTION("with periods")
    {
        auto created = ProjectService::createFile(path, details());
        REQUIRE(created.ok());
        auto& db = *created.value();
        CHECK(db.scalar("SELECT count(*) FROM project WHERE id = 1 AND contract_number = 'POKL.07.02.02-14-123/10' "
                        "AND start_date = '2010-10-01' AND end_date = '2013-06-30' AND beneficiary = ''") == 1);
        CHECK(db.scalar("SELECT count(*) FROM project WHERE measure LIKE '7.2.2%'") == 1);
        CHECK(db.scalar("SELECT count(*) FROM indicator") >= 19);
        CHECK(db.scalar("SELECT target_total FROM indicator WHERE code = 'PARTICIPANTS_STARTED'") == 100);
        CHECK(db.scalar("SELECT count(*) FROM reporting_period") == 11);
        CHECK(db.scalar("SELECT max(number) FROM reporting_period") == 11);
    }
    SECTION("without periods")
    {
        ProjectDetails d = details();
        d.quarterlyPeriods = false;
        auto created = ProjectService::createFile(path, d);
        REQUIRE(created.ok());
        CHECK(created.value()->scalar("SELECT count(*) FROM reporting_period") == 0);
    }
    SECTION("invalid details leave no file")
    {
        ProjectDetails d = details();
        d.title.clear();
        CHECK_FALSE(ProjectService::createFile(path, d).ok());
        CHECK_FALSE(QFileInfo::exists(path));
    }
}

TEST_CASE("Creating a project refuses an existing file and leaves it unchanged", "[project]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("existing.osiedle"));
    test::writeFile(path, "keep me");
    const auto created = ProjectService::createFile(path, details());
    REQUIRE_FALSE(created.ok());
    CHECK(test::readFile(path) == QByteArray("keep me"));
}
