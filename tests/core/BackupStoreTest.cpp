#include "core/storage/BackupStore.h"

#include "core/storage/Database.h"
#include "core/storage/ProjectRestore.h"
#include "core/storage/Transaction.h"
#include "support/FileBytes.h"
#include "support/ProjectTrouble.h"
#include "support/QtStringMakers.h"
#include "support/TableDump.h"
#include "support/TempProject.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace osiedle;
using core::BackupCopy;
using core::BackupStore;
using Reason = core::BackupCopy::Reason;

namespace {

BackupCopy copyOf(const QDate& day, int hour, Reason reason = Reason::Daily)
{
    const QDateTime made(day, QTime(hour, 0));
    return BackupCopy{made.toString(Qt::ISODate) + QStringLiteral(".osiedle"), made, reason, 1};
}

QStringList names(const QList<BackupCopy>& copies)
{
    QStringList out;
    for (const BackupCopy& c : copies) {
        out << c.made.toString(QStringLiteral("yyyy-MM-dd HH"));
    }
    out.sort();
    return out;
}

} // namespace

TEST_CASE("The rotation keeps the 10 newest copies and the newest of 7 days, 4 weeks and 12 months", "[backup]")
{
    QList<BackupCopy> copies;
    for (int day = 1; day <= 12; ++day) {
        copies << copyOf(QDate(2024, 3, day), 10); // one a day, 1–12 March 2024
    }
    copies << copyOf(QDate(2024, 3, 12), 8, Reason::BeforeImport); // a second copy on 12 March
    copies << copyOf(QDate(2024, 2, 15), 10) << copyOf(QDate(2024, 1, 20), 10) << copyOf(QDate(2023, 12, 5), 10)
           << copyOf(QDate(2023, 2, 1), 10, Reason::BeforeLock);
    copies << copyOf(QDate(2022, 1, 1), 10, Reason::Manual) << copyOf(QDate(2022, 1, 2), 10, Reason::BeforeRestore);

    // Worked out by hand. The 10 newest: 12 March (10h and 8h), 11 … 4 March. The newest of the
    // 7 last days with copies: 12 … 6 March. Of the 4 last weeks: 12 March (week 11), 10 March
    // (week 10), 3 March (week 9), 15 February (week 7). Of the months: March, February, January
    // 2024, December 2023, February 2023. Copies made by hand or kept before a restore stay.
    // So only 1 and 2 March go.
    CHECK(names(BackupStore::expired(copies)) ==
          QStringList{QStringLiteral("2024-03-01 10"), QStringLiteral("2024-03-02 10")});
}

TEST_CASE("Backup copies are named, listed newest first, checked, and the day's copy made once", "[backup]")
{
    test::TempProject project;
    project.db().exec("INSERT INTO housing_coop (name) VALUES ('SM Wola')");
    const QString folder = BackupStore::folderOf(project.db());
    CHECK(folder == QDir(project.dir()).filePath(QStringLiteral("Kopie zapasowe")));
    CHECK(BackupStore::copyName(QStringLiteral("/x/Projekt Ursus.osiedle"),
                                QDateTime(QDate(2024, 3, 12), QTime(10, 15, 0)),
                                Reason::Daily) == QStringLiteral("Projekt Ursus 2024-03-12 10.15.00 dzienna.osiedle"));

    const auto daily = BackupStore::makeDailyIfNeeded(project.db(), folder);
    REQUIRE(daily.ok());
    REQUIRE(daily.value().has_value());
    CHECK(QFileInfo::exists(daily.value()->path));
    CHECK(BackupStore::verify(daily.value()->path).isEmpty());
    CHECK(BackupStore::verify(daily.value()->path, BackupStore::Depth::Full).isEmpty());
    const auto again = BackupStore::makeDailyIfNeeded(project.db(), folder);
    REQUIRE(again.ok());
    CHECK_FALSE(again.value().has_value()); // today has its copy

    const auto manual = BackupStore::make(project.db(), folder, Reason::Manual);
    REQUIRE(manual.ok());
    test::writeFile(QDir(folder).filePath(QStringLiteral("inny 2024-03-12 10.15.00 dzienna.osiedle")), "x");
    test::writeFile(QDir(folder).filePath(QStringLiteral("notes.txt")), "x");
    const auto listed = BackupStore::copies(project.path(), folder);
    REQUIRE(listed.size() == 2); // another project's copy and other files are not listed
    CHECK(listed[0].made >= listed[1].made);
    CHECK(listed[0].size > 0);

    // A copy opens as a project with the data.
    auto opened = core::Database::open(listed[0].path, core::Database::Mode::ReadOnly);
    REQUIRE(opened.ok());
    CHECK(opened.value()->scalar("SELECT count(*) FROM housing_coop") == 1);
}

TEST_CASE("The backup folder is the project's setting", "[backup]")
{
    test::TempProject project;
    QTemporaryDir elsewhere;
    REQUIRE(BackupStore::setFolder(project.db(), elsewhere.path()).ok());
    CHECK(BackupStore::folderOf(project.db()) == QFileInfo(elsewhere.path()).absoluteFilePath());
    CHECK_FALSE(BackupStore::setFolder(project.db(), elsewhere.filePath(QStringLiteral("nie ma"))).ok());
    REQUIRE(BackupStore::setFolder(project.db(), QString()).ok());
    CHECK(BackupStore::folderOf(project.db()) == BackupStore::defaultFolder(project.path()));
}

TEST_CASE("Restoring a copy gives back exactly its data and keeps the project as it was", "[backup]")
{
    test::TempProject project;
    project.db().exec("INSERT INTO housing_coop (name) VALUES ('SM Wola'), ('SM Ursus')");
    const QString folder = BackupStore::folderOf(project.db());
    const auto copy = BackupStore::make(project.db(), folder, Reason::Manual);
    REQUIRE(copy.ok());
    const QByteArray atCopy = test::tableDump(project.db());
    project.db().exec("DELETE FROM housing_coop WHERE name = 'SM Wola'");
    project.db().exec("INSERT INTO housing_coop (name) VALUES ('SM Bemowo')");
    const QByteArray changed = test::tableDump(project.db());
    REQUIRE(changed != atCopy);

    SECTION("refused while the project is open")
    {
        const auto refused = core::ProjectRestore::restore(project.path(), copy->path, folder);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("open in another program")));
    }
    SECTION("restored once the project is closed")
    {
        project.close();
        const auto done = core::ProjectRestore::restore(project.path(), copy->path, folder);
        INFO((done ? QString() : done.error().message).toStdString());
        REQUIRE(done.ok());
        CHECK_FALSE(QFileInfo::exists(project.path() + QStringLiteral("-wal")));
        project.reopen();
        CHECK(test::tableDump(project.db()) == atCopy);
        CHECK(project.db().integrityProblems().isEmpty());
        auto kept = core::Database::open(done->keptCopy, core::Database::Mode::ReadOnly);
        REQUIRE(kept.ok());
        CHECK(test::tableDump(*kept.value()) == changed);
        const auto listed = BackupStore::copies(project.path(), folder);
        CHECK(std::any_of(listed.begin(), listed.end(),
                          [](const BackupCopy& c) { return c.reason == Reason::BeforeRestore; }));
    }
    SECTION("a damaged copy is refused and the project left as it is")
    {
        project.close();
        const QByteArray before = test::fileHash(project.path());
        test::damageMiddlePage(copy->path);
        const auto refused = core::ProjectRestore::restore(project.path(), copy->path, folder);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("cannot be restored")));
        CHECK(test::fileHash(project.path()) == before);
    }
}
