// What osiedle-cli writes to the console: standard output carries exactly the bytes the file
// would hold (a CSV's CRLF stays CRLF; on Windows text mode would make it CR CR LF), and
// messages are UTF-8 (on Windows the console is switched to UTF-8; its own code page, e.g.
// CP852, would garble Polish names).

#include "support/CliProcess.h"
#include "support/FileBytes.h"
#include "support/IndicatorProjectFile.h"
#include "support/QtStringMakers.h"

#include <QDir>

using namespace osiedle;

using ReportProject = test::IndicatorProjectFile;

TEST_CASE("report -o - writes to standard output the very bytes of the file", "[cli][console]")
{
    ReportProject project;
    const auto format = GENERATE(QStringLiteral("csv"), QStringLiteral("json"));
    INFO(format.toStdString());
    const QString file = project.out(QStringLiteral("report.") + format);
    const QStringList call = {
        QStringLiteral("report"),   project.file(), QStringLiteral("--period"), QStringLiteral("2"),
        QStringLiteral("--format"), format,         QStringLiteral("-o")};
    const test::CliRun toFile = test::runCli(call + QStringList{file});
    INFO(toFile.err.toStdString());
    REQUIRE(toFile.exitCode == 0);
    const test::CliRun toStdout = test::runCli(call + QStringList{QStringLiteral("-")});
    INFO(toStdout.err.toStdString());
    REQUIRE(toStdout.exitCode == 0);

    const QByteArray bytes = test::readFile(file);
    REQUIRE_FALSE(bytes.isEmpty());
    CHECK(toStdout.outBytes == bytes);
    CHECK_FALSE(toStdout.outBytes.contains("\r\r"));
    if (format == QLatin1String("csv")) {
        // Every line of the CSV ends in CRLF: as many CR LF pairs as line feeds, none alone.
        CHECK(toStdout.outBytes.count("\r\n") == toStdout.outBytes.count('\n'));
        CHECK(toStdout.outBytes.count('\r') == toStdout.outBytes.count('\n'));
        CHECK(toStdout.outBytes.startsWith("\xEF\xBB\xBF")); // the BOM spreadsheets look for
    }
}

TEST_CASE("Messages reach the console in UTF-8, Polish names included", "[cli][console]")
{
    ReportProject project;
    const QString name = QStringLiteral("Wpłaty Łódź żółć.osiedle");
    const QString missing = project.out(name);
    const auto language = GENERATE(QStringLiteral("en"), QStringLiteral("pl"));
    QProcessEnvironment env = test::cliEnvironment();
    env.insert(QStringLiteral("OSIEDLE_LANG"), language);
    const test::CliRun run = test::runCli({QStringLiteral("check"), missing}, env);
    CHECK(run.exitCode == 1);
    INFO(run.err.toStdString());
    // The file's name, as UTF-8 bytes (Ł is C5 81, ż is C5 BC), and the message in the language asked.
    CHECK(run.errBytes.contains(name.toUtf8()));
    CHECK(run.errBytes.contains("\xC5\x81\xC3\xB3\x64\xC5\xBA"));
    CHECK(run.errBytes.contains(language == QLatin1String("pl") ? QByteArray("nie istnieje")
                                                                : QByteArray("does not exist")));
    CHECK(run.outBytes.isEmpty());
}
