// The version users see: the CMake project version, and the commit of the checkout it was built from.

#include "core/common/ProgramVersion.h"

#include "support/QtStringMakers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using osiedle::core::ProgramVersion;

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("OSIEDLE_SOURCE_DIR", QStringLiteral(OSIEDLE_SOURCE_DIR_PATH));
}

} // namespace

TEST_CASE("The version text names the commit of a checkout", "[version]")
{
    CHECK(ProgramVersion::number() == QStringLiteral(OSIEDLE_VERSION));
    const QString commit = ProgramVersion::commit();
    if (commit.isEmpty()) {
        CHECK(ProgramVersion::text() == ProgramVersion::number());
    } else {
        CHECK(QRegularExpression(QStringLiteral("^[0-9a-f]{10}(-dirty)?$")).match(commit).hasMatch());
        CHECK(ProgramVersion::text() == QStringLiteral("%1 (commit %2)").arg(ProgramVersion::number(), commit));
    }
    // Built from a git checkout: the commit is the checkout's (at the time of the build).
    const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
    if (QFile::exists(sourceDir() + QStringLiteral("/.git")) && !git.isEmpty()) {
        QProcess process;
        process.start(git, {QStringLiteral("-C"), sourceDir(), QStringLiteral("rev-parse"),
                            QStringLiteral("--short=10"), QStringLiteral("HEAD")});
        REQUIRE(process.waitForFinished(30000));
        const QString head = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        REQUIRE(head.size() == 10);
        CHECK(commit.left(10) == head);
    }
}
