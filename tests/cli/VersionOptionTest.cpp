// `--version` of both programs: the CMake project version, then the commit of the checkout they
// were built from, if any.

#include "support/CliProcess.h"
#include "support/QtStringMakers.h"

#include <QRegularExpression>

using namespace osiedle;

namespace {

// "NAME 0.1.0" or "NAME 0.1.0 (commit 1a2b3c4d5e)" ("-dirty" after the id when the build had
// uncommitted changes), on one line.
QRegularExpression versionLine(const QString& program)
{
    return QRegularExpression(
        QStringLiteral("^%1 %2( \\(commit [0-9a-f]{10}(-dirty)?\\))?\\n$")
            .arg(QRegularExpression::escape(program), QRegularExpression::escape(QStringLiteral(OSIEDLE_VERSION))));
}

} // namespace

TEST_CASE("osiedle-cli --version prints the program's version", "[cli][version]")
{
    const auto option = GENERATE(QStringLiteral("--version"), QStringLiteral("-v"));
    const test::CliRun run = test::runCli({option});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(versionLine(QStringLiteral("osiedle-cli")).match(run.out).hasMatch());
    CHECK(run.out.startsWith(QStringLiteral("osiedle-cli 0.")));
}

TEST_CASE("osiedle --version prints the same version without opening a window", "[cli][version]")
{
    const QString gui = qEnvironmentVariable("OSIEDLE_GUI");
    REQUIRE_FALSE(gui.isEmpty());
    const test::CliRun cli = test::runCli({QStringLiteral("--version")});
    const test::CliRun run = test::runProgram(gui, {QStringLiteral("--version")}, test::cliEnvironment());
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(versionLine(QStringLiteral("osiedle")).match(run.out).hasMatch());
    // The same build: the same version and commit as osiedle-cli.
    CHECK(run.out.mid(QStringLiteral("osiedle ").size()) == cli.out.mid(QStringLiteral("osiedle-cli ").size()));
}
