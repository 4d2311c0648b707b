#include "core/common/OutputFile.h"

#include "core/common/FileIdentity.h"
#include "core/storage/Database.h"
#include "support/FileBytes.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QTemporaryDir>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace osiedle;
using core::OutputFile;
using core::OutputOptions;

TEST_CASE("An output never replaces a project or one of its side files, under any name", "[output]")
{
    test::TempProject project; // open: its -wal, -shm and lock exist
    project.db().exec("INSERT INTO housing_coop (name) VALUES ('SM Wola')");
    const QString path = project.path();
    const QByteArray before = test::fileHash(path);
    QStringList targets{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
                        path + QStringLiteral(".lock")};
    const QString symlink = project.dir() + QStringLiteral("/other name.csv");
    REQUIRE(QFile::link(path, symlink));
    targets << symlink;
#if defined(Q_OS_UNIX)
    // A second name for the log, made while the program holds the file open.
    const QString hardWal = project.dir() + QStringLiteral("/log.csv");
    REQUIRE(::link(QFile::encodeName(path + QStringLiteral("-wal")).constData(),
                   QFile::encodeName(hardWal).constData()) == 0);
    targets << hardWal;
#endif
    for (const QString& target : targets) {
        INFO(target.toStdString());
        const core::Status written = OutputFile::write(target, "Imię;Nazwisko\r\n");
        REQUIRE_FALSE(written.ok());
        CHECK((written.error().message.contains(QStringLiteral("Osiedle project file")) ||
               written.error().message.contains(QStringLiteral("belongs to the project")) ||
               written.error().message.contains(QStringLiteral("part of a project"))));
        // Told by the project it is made from, too.
        CHECK_FALSE(OutputFile::check(target, OutputOptions::madeFrom(path)).ok());
    }
    CHECK(test::fileHash(path) == before);
    CHECK(project.db().scalar("SELECT count(*) FROM housing_coop") == 1);
}

TEST_CASE("A project that is not open, and a backup copy, are never replaced by an export", "[output]")
{
    test::TempProject project;
    const QString copy = project.dir() + QStringLiteral("/copy.osiedle");
    REQUIRE(project.db().backupTo(copy).ok());
    project.close();
    const QByteArray before = test::fileHash(copy);
    CHECK_FALSE(OutputFile::write(copy, "x").ok());
    CHECK_FALSE(OutputFile::write(project.path(), "x").ok());
    CHECK(test::fileHash(copy) == before);
    // A backup may replace an older copy, never the project it copies.
    const OutputOptions backup{OutputOptions::Replace::BackupCopies, project.path()};
    CHECK(OutputFile::check(copy, backup).ok());
    CHECK_FALSE(OutputFile::check(project.path(), backup).ok());
}

TEST_CASE("A regular file is replaced only when the output is complete", "[output]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("raport.csv"));
    test::writeFile(path, "old");
    {
        OutputFile out(path);
        REQUIRE(out.open().ok());
        out.device()->write("half of the new");
        // destroyed without commit: the old file stays, nothing is left beside it
    }
    CHECK(test::readFile(path) == "old");
    CHECK(test::filesIn(dir.path()) == QStringList{QStringLiteral("raport.csv")});
    REQUIRE(OutputFile::write(path, "new").ok());
    CHECK(test::readFile(path) == "new");
    CHECK(test::filesIn(dir.path()) == QStringList{QStringLiteral("raport.csv")});

    // A library writing by name: the staged file is renamed into place, or removed.
    {
        OutputFile out(path);
        const auto staged = out.openStaged();
        REQUIRE(staged.ok());
        CHECK(QFileInfo(*staged).absolutePath() == QFileInfo(path).absolutePath());
        test::writeFile(*staged, "staged, abandoned");
    }
    CHECK(test::readFile(path) == "new");
    CHECK(test::filesIn(dir.path()) == QStringList{QStringLiteral("raport.csv")});
    {
        OutputFile out(path);
        const auto staged = out.openStaged();
        REQUIRE(staged.ok());
        test::writeFile(*staged, "staged");
        REQUIRE(out.commitStaged().ok());
    }
    CHECK(test::readFile(path) == "staged");
    CHECK(test::filesIn(dir.path()) == QStringList{QStringLiteral("raport.csv")});
}

TEST_CASE("An output to a missing folder or to a folder is refused by name", "[output]")
{
    QTemporaryDir dir;
    const core::Status missing = OutputFile::write(dir.filePath(QStringLiteral("nie ma/raport.csv")), "x");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("does not exist")));
    const core::Status folder = OutputFile::write(dir.path(), "x");
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.error().message.contains(QStringLiteral("is a folder")));
}

#if defined(Q_OS_UNIX)
TEST_CASE("A device or a pipe is written directly, never replaced by a file", "[output]")
{
    QTemporaryDir dir;
    const QString null = test::nullDevice(dir.path());
    REQUIRE(core::FileIdentity::of(null).kind == core::FileIdentity::Kind::Other);
    REQUIRE(OutputFile::write(null, "to nowhere").ok());
    CHECK(core::FileIdentity::of(null).kind == core::FileIdentity::Kind::Other);

    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    // Open the reading end first (non-blocking), so that writing does not wait for a reader.
    const int fd = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
    REQUIRE(fd >= 0);
    REQUIRE(OutputFile::write(fifo, "through the pipe").ok());
    char buffer[64] = {};
    const auto got = ::read(fd, buffer, sizeof buffer);
    ::close(fd);
    CHECK(QByteArray(buffer, int(got)) == "through the pipe");
    CHECK(core::FileIdentity::of(fifo).kind == core::FileIdentity::Kind::Other);

    // A library's staged output is copied into the device.
    OutputFile out(null);
    const auto staged = out.openStaged();
    REQUIRE(staged.ok());
    test::writeFile(*staged, "staged");
    REQUIRE(out.commitStaged().ok());
    CHECK_FALSE(QFileInfo::exists(*staged));
    CHECK(core::FileIdentity::of(null).kind == core::FileIdentity::Kind::Other);
}
#endif
