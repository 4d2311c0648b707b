#include "support/QtStringMakers.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

/// The osiedle-cli under test: OSIEDLE_CLI, or the one built beside the tests.
QString cliPath()
{
    const QString fromEnv = qEnvironmentVariable("OSIEDLE_CLI");
    return fromEnv.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/../app/osiedle-cli") : fromEnv;
}

Run cli(const QStringList& args)
{
    QProcess process;
    process.start(cliPath(), args);
    REQUIRE(process.waitForFinished(120000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("osiedle-cli print writes the attendance lists, certificates and summary of a course", "[training][cli]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.osiedle"));
    REQUIRE(cli({QStringLiteral("demo"), file}).exitCode == 0);
    for (const char* kind : {"attendance-lists", "certificates", "course-summary"}) {
        INFO(kind);
        const QString pdf = dir.filePath(QString::fromLatin1(kind) + QStringLiteral(".pdf"));
        const Run run = cli({QStringLiteral("print"), file, QString::fromLatin1(kind), QStringLiteral("--course"),
                             QStringLiteral("2"), QStringLiteral("-o"), pdf});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(QFileInfo(pdf).size() > 1000);
    }
}

TEST_CASE("osiedle-cli print refuses a wrong kind, course or missing output", "[training][cli]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.osiedle"));
    REQUIRE(cli({QStringLiteral("demo"), file}).exitCode == 0);
    const QString pdf = dir.filePath(QStringLiteral("x.pdf"));
    CHECK(cli({QStringLiteral("print"), file, QStringLiteral("posters"), QStringLiteral("--course"), QStringLiteral("2"),
               QStringLiteral("-o"), pdf})
              .exitCode == 2);
    CHECK(cli({QStringLiteral("print"), file, QStringLiteral("certificates"), QStringLiteral("-o"), pdf}).exitCode == 2);
    CHECK(cli({QStringLiteral("print"), file, QStringLiteral("certificates"), QStringLiteral("--course"),
               QStringLiteral("2")})
              .exitCode == 2);
    const Run missing = cli({QStringLiteral("print"), file, QStringLiteral("certificates"), QStringLiteral("--course"),
                             QStringLiteral("9999"), QStringLiteral("-o"), pdf});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("9999")));
    CHECK_FALSE(QFileInfo::exists(pdf));
}
