#include "core/storage/ProjectLock.h"

#include "core/storage/Database.h"
#include "support/FileBytes.h"
#include "support/ProjectTrouble.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSysInfo>

using namespace osiedle;
using core::Database;
using core::LockOwner;
using core::ProjectLock;

namespace {

// A process id that is certainly not running: one of a process that has ended.
qint64 endedProcessId()
{
    QProcess process;
    process.start(QStringLiteral("true"), {});
    REQUIRE(process.waitForStarted());
    const qint64 pid = process.processId();
    REQUIRE(process.waitForFinished());
    return pid;
}

} // namespace

TEST_CASE("A lock left by a program that ended on this computer is replaced", "[lock]")
{
    test::TempProject project;
    project.close();
    LockOwner crashed;
    crashed.pid = endedProcessId();
    crashed.computer = QSysInfo::machineHostName();
    crashed.machineId = QString::fromLatin1(QSysInfo::machineUniqueId());
    crashed.program = QStringLiteral("osiedle");
    test::writeFile(ProjectLock::lockPathFor(project.path()), ProjectLock::contentsFor(crashed));
    auto opened = Database::open(project.path());
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    const auto owner = ProjectLock::ownerOf(project.path());
    REQUIRE(owner);
    CHECK(owner->pid == QCoreApplication::applicationPid());
}

TEST_CASE("A lock from an earlier version (QLockFile) is read, and replaced when stale", "[lock]")
{
    const auto legacy = ProjectLock::parse("123\nosiedle\nBIURO-1\nabc\n");
    REQUIRE(legacy);
    CHECK(legacy->pid == 123);
    CHECK(legacy->program == QStringLiteral("osiedle"));
    CHECK(legacy->computer == QStringLiteral("BIURO-1"));

    test::TempProject project;
    project.close();
    test::writeFile(ProjectLock::lockPathFor(project.path()), QByteArray::number(endedProcessId()) + "\nosiedle\n" +
                                                                  QSysInfo::machineHostName().toUtf8() + "\n" +
                                                                  QSysInfo::machineUniqueId() + "\n");
    CHECK(Database::open(project.path()).ok());
}

TEST_CASE("A lock from another computer names the computer and the user, and can be taken over", "[lock]")
{
    test::TempProject project;
    project.close();
    const LockOwner elsewhere = test::ownerOnAnotherComputer();
    test::writeFile(ProjectLock::lockPathFor(project.path()), ProjectLock::contentsFor(elsewhere));

    auto refused = Database::open(project.path());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Database::errorLockedByOther);
    CHECK(refused.error().message.contains(QStringLiteral("BIURO-2")));
    CHECK(refused.error().message.contains(QStringLiteral("anna.nowak")));
    CHECK(refused.error().message.contains(QStringLiteral("taken over")));

    const auto owner = ProjectLock::ownerOf(project.path());
    REQUIRE(owner);
    CHECK_FALSE(owner->onThisComputer());
    CHECK(owner->computer == QStringLiteral("BIURO-2"));
    CHECK(owner->user == QStringLiteral("anna.nowak"));

    SECTION("taken over as shown")
    {
        Database::Options options;
        options.takeOverLockFrom = *owner;
        auto taken = Database::open(project.path(), options);
        REQUIRE(taken.ok());
        CHECK(ProjectLock::ownerOf(project.path())->pid == QCoreApplication::applicationPid());
    }
    SECTION("not taken over when the lock changed since it was shown")
    {
        LockOwner newer = elsewhere;
        newer.user = QStringLiteral("jan.kowalski");
        test::writeFile(ProjectLock::lockPathFor(project.path()), ProjectLock::contentsFor(newer));
        Database::Options options;
        options.takeOverLockFrom = *owner;
        auto taken = Database::open(project.path(), options);
        REQUIRE_FALSE(taken.ok());
        CHECK(taken.error().message.contains(QStringLiteral("jan.kowalski")));
    }
}

TEST_CASE("Releasing a lock that another computer took over leaves its lock alone", "[lock]")
{
    test::TempProject project;
    project.close();
    {
        ProjectLock lock(project.path());
        REQUIRE(lock.tryLock() == ProjectLock::Outcome::Acquired);
        // Meanwhile someone elsewhere took the project over (after confirming we were gone).
        test::writeFile(ProjectLock::lockPathFor(project.path()),
                        ProjectLock::contentsFor(test::ownerOnAnotherComputer()));
    }
    const auto owner = ProjectLock::ownerOf(project.path());
    REQUIRE(owner);
    CHECK(owner->computer == QStringLiteral("BIURO-2"));
}
