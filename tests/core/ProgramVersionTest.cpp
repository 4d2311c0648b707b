// The version users see: one number for the program, its CHANGELOG, its Windows library manifest
// and its packages (the CMake project version), and the commit of the checkout it was built from.

#include "core/common/ProgramVersion.h"

#include "support/QtStringMakers.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using osiedle::core::ProgramVersion;

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("OSIEDLE_SOURCE_DIR", QStringLiteral(OSIEDLE_SOURCE_DIR_PATH));
}

QString readText(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("The CHANGELOG's current release is the program's version", "[version]")
{
    const QString changelog = readText(sourceDir() + QStringLiteral("/CHANGELOG.md"));
    // Keep a Changelog: "## [Unreleased]" first, then the releases, newest first.
    const QRegularExpression release(QStringLiteral("^## \\[(\\d+\\.\\d+\\.\\d+)\\] - (\\d{4}-\\d{2}-\\d{2})$"),
                                     QRegularExpression::MultilineOption);
    const QRegularExpressionMatch current = release.match(changelog);
    REQUIRE(current.hasMatch());
    CHECK(current.captured(1) == QStringLiteral(OSIEDLE_VERSION));
    CHECK(current.captured(1) == ProgramVersion::number());
    CHECK(QDate::fromString(current.captured(2), Qt::ISODate).isValid());
    CHECK(changelog.indexOf(QStringLiteral("## [Unreleased]")) < current.capturedStart());
}

TEST_CASE("The Windows library manifest carries the program's version", "[version]")
{
    const QJsonObject manifest =
        QJsonDocument::fromJson(readText(sourceDir() + QStringLiteral("/vcpkg.json")).toUtf8()).object();
    CHECK(manifest[QStringLiteral("version")].toString() == QStringLiteral(OSIEDLE_VERSION));
}

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
