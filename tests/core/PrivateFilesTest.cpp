#include "core/common/OutputFile.h"
#include "core/common/PrivateFile.h"
#include "core/io/XlsxWriter.h"
#include "core/storage/BackupStore.h"
#include "core/storage/Database.h"
#include "core/storage/ProjectRestore.h"
#include "support/FileBytes.h"
#include "support/PrivacyChecks.h"
#include "support/QtStringMakers.h"
#include "support/SchemaBefore.h"
#include "support/TempProject.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTemporaryDir>

using namespace osiedle;

namespace {

// The system temporary folder of this test: TMPDIR (and TMP, TEMP) point to a fresh empty folder
// that is watched, so that a file created there and removed at once is still seen.
class WatchedTempFolder {
public:
    WatchedTempFolder() : m_saved{qgetenv("TMPDIR"), qgetenv("TMP"), qgetenv("TEMP")}
    {
        REQUIRE(m_dir.isValid());
        for (const char* name : {"TMPDIR", "TMP", "TEMP"}) {
            qputenv(name, QFile::encodeName(m_dir.path()));
        }
        REQUIRE(QDir::tempPath() == QDir(m_dir.path()).canonicalPath());
        REQUIRE(m_watcher.addPath(m_dir.path()));
        QObject::connect(&m_watcher, &QFileSystemWatcher::directoryChanged, [this] { ++m_changes; });
    }
    ~WatchedTempFolder()
    {
        qputenv("TMPDIR", m_saved[0]);
        qputenv("TMP", m_saved[1]);
        qputenv("TEMP", m_saved[2]);
    }
    WatchedTempFolder(const WatchedTempFolder&) = delete;
    WatchedTempFolder& operator=(const WatchedTempFolder&) = delete;

    /// How many times anything was created or removed in the folder, after the watcher has had
    /// time to tell.
    int changes()
    {
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 300) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
        return m_changes;
    }
    QStringList entries() const { return QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot); }

private:
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/watched-XXXXXX")};
    QFileSystemWatcher m_watcher;
    int m_changes = 0;
    QByteArray m_saved[3];
};

void writeRows(core::XlsxWriter& writer)
{
    writer.writeHeader({QStringLiteral("Imię"), QStringLiteral("Nazwisko"), QStringLiteral("PESEL")});
    for (int i = 0; i < 500; ++i) {
        writer.writeRow({QStringLiteral("Anna"), QStringLiteral("Kowalska %1").arg(i), QStringLiteral("85010112345")});
    }
}

} // namespace

TEST_CASE("A new project, its log and its shared memory are readable by their owner only", "[privacy][files]")
{
    test::TempProject project;
    project.db().exec("INSERT INTO housing_coop (name) VALUES ('SM Wola')");
    test::checkOwnerOnly(project.path());
    for (const QString& side : {project.path() + QStringLiteral("-wal"), project.path() + QStringLiteral("-shm")}) {
        if (QFileInfo::exists(side)) {
            test::checkOwnerOnly(side);
        }
    }
}

TEST_CASE("Backup copies, before-migration copies and the copy kept by a restore are owner-only", "[privacy][files]")
{
    test::TempProject project;
    project.db().exec("INSERT INTO housing_coop (name) VALUES ('SM Wola')");
    const QString folder = project.dir() + QStringLiteral("/Kopie");

    const auto manual = core::BackupStore::make(project.db(), folder, core::BackupCopy::Reason::Manual);
    REQUIRE(manual.ok());
    test::checkOwnerOnly(manual->path);
    const auto daily = core::BackupStore::make(project.db(), folder, core::BackupCopy::Reason::Daily);
    REQUIRE(daily.ok());
    test::checkOwnerOnly(daily->path);

    // A copy given by the user replaces an older one that anybody could read: owner-only now.
    const QString given = project.dir() + QStringLiteral("/copy.osiedle");
    test::writeFile(given, "");
    REQUIRE(QFile::setPermissions(given, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                             QFileDevice::ReadOther));
    REQUIRE(project.db().backupTo(given).ok());
    test::checkOwnerOnly(given);

    // The copy kept by a restore.
    project.close();
    const auto restored = core::ProjectRestore::restore(project.path(), manual->path, folder);
    REQUIRE(restored.ok());
    test::checkOwnerOnly(restored->keptCopy);
    test::checkOwnerOnly(project.path());

    // The copy taken before the data format is updated.
    project.reopen();
    test::dropQuestionnaires(project.db());
    project.db().exec("PRAGMA user_version = 3");
    project.close();
    project.reopen();
    const QStringList before = QDir(project.dir()).entryList({QStringLiteral("*.before-v*.bak")}, QDir::Files);
    REQUIRE(before.size() == 1);
    test::checkOwnerOnly(QDir(project.dir()).filePath(before.first()));
}

TEST_CASE("Exports are owner-only, new or replacing a file that everyone could read", "[privacy][files]")
{
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("uczestnicy.csv"));
    REQUIRE(core::OutputFile::write(fresh, "Imię;Nazwisko\r\n").ok());
    test::checkOwnerOnly(fresh);

    const QString older = dir.filePath(QStringLiteral("stary.csv"));
    test::writeFile(older, "old");
    REQUIRE(QFile::setPermissions(older, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                             QFileDevice::ReadOther));
    REQUIRE(core::OutputFile::write(older, "Imię;Nazwisko\r\n").ok());
    test::checkOwnerOnly(older);
    CHECK(test::readFile(older) == "Imię;Nazwisko\r\n");

    // A library writing by name (a PDF, a spreadsheet) through a staged file.
    const QString staged = dir.filePath(QStringLiteral("raport.pdf"));
    core::OutputFile out(staged);
    const auto name = out.openStaged();
    REQUIRE(name.ok());
    test::writeFile(*name, "%PDF-1.4");
    REQUIRE(out.commitStaged().ok());
    test::checkOwnerOnly(staged);

    if (core::XlsxWriter::available()) {
        const QString xlsx = dir.filePath(QStringLiteral("uczestnicy.xlsx"));
        core::XlsxWriter writer(xlsx);
        writeRows(writer);
        REQUIRE(writer.finish().ok());
        test::checkOwnerOnly(xlsx);
    }
}

TEST_CASE("A spreadsheet export leaves nothing in the temporary folder, written or failed", "[privacy][files]")
{
    REQUIRE(core::XlsxWriter::available());
    QTemporaryDir destination;
    WatchedTempFolder temp;
    const QString xlsx = destination.filePath(QStringLiteral("uczestnicy.xlsx"));
    SECTION("written")
    {
        core::XlsxWriter writer(xlsx);
        writeRows(writer);
        REQUIRE(writer.finish().ok());
        CHECK(QDir(destination.path()).entryList(QDir::Files) == QStringList{QStringLiteral("uczestnicy.xlsx")});
    }
    SECTION("abandoned half-way")
    {
        {
            core::XlsxWriter writer(xlsx);
            writeRows(writer);
        }
        CHECK(QDir(destination.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
    SECTION("refused: the target is read-only")
    {
        test::writeFile(xlsx, "old");
        REQUIRE(QFile::setPermissions(xlsx, QFileDevice::ReadOwner));
        core::XlsxWriter writer(xlsx);
        writeRows(writer);
        const core::Status finished = writer.finish();
        if (QFileInfo(xlsx).isWritable()) {
            // Root may write anyway; the output then simply replaced the file.
            CHECK(finished.ok());
        } else {
            CHECK_FALSE(finished.ok());
            CHECK(test::readFile(xlsx) == "old");
        }
        CHECK(QDir(destination.path()).entryList(QDir::Files | QDir::Hidden) ==
              QStringList{QStringLiteral("uczestnicy.xlsx")});
    }
    CHECK(temp.entries().isEmpty());
    CHECK(temp.changes() == 0);
}

TEST_CASE("A deleted person's PESEL does not stay in the project file", "[privacy][files]")
{
    test::TempProject project;
    const QByteArray marker = "90090515836";
    project.db().exec("CREATE TABLE scratch (pesel TEXT)");
    for (int i = 0; i < 50; ++i) {
        project.db().exec("INSERT INTO scratch VALUES ('" + marker + "')");
    }
    project.db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    REQUIRE(test::readFile(project.path()).contains(marker));
    CHECK(project.db().scalar("PRAGMA secure_delete") == 1);
    project.db().exec("DELETE FROM scratch");
    project.db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    CHECK_FALSE(test::readFile(project.path()).contains(marker));
    CHECK_FALSE(test::readFile(project.path() + QStringLiteral("-wal")).contains(marker));
}
