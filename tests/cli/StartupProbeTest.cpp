// The GUI's start-up probe (OSIEDLE_STARTUP_PROBE, app/gui/GuiStartup.cpp) that the benchmark
// reads: on a demo project (one with office staff) in a fresh settings folder, the window is shown
// and the scripted session plays every step to the end and prints its figures.

#include "support/CliProcess.h"
#include "support/QtStringMakers.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>

using namespace osiedle;

namespace {

struct ProbeRun {
    QStringList lines; ///< every "probe: " line printed, in order
    bool reachedMarker = false;
    QString errors;
};

/// Starts `osiedle FILE` with the probe in a fresh settings folder and collects its "probe: "
/// lines until one starts with `marker` (or the time is up); the process is then ended.
ProbeRun runProbe(const QString& probe, const QString& file, const QString& marker)
{
    const QString gui = qEnvironmentVariable("OSIEDLE_GUI");
    REQUIRE_FALSE(gui.isEmpty());
    QTemporaryDir home;
    QProcessEnvironment env = test::cliEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("OSIEDLE_STARTUP_PROBE"), probe);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(gui, {file});
    ProbeRun run;
    QElapsedTimer waited;
    waited.start();
    constexpr qint64 timeoutMs = 120000;
    while (!run.reachedMarker && waited.elapsed() < timeoutMs) {
        while (process.canReadLine()) {
            const QString line = QString::fromUtf8(process.readLine()).trimmed();
            if (line.startsWith(QLatin1String("probe: "))) {
                run.lines << line;
                run.reachedMarker = run.reachedMarker || line.startsWith(marker);
            }
        }
        if (!run.reachedMarker && !process.waitForReadyRead(1000) && process.state() == QProcess::NotRunning) {
            break;
        }
    }
    run.errors = QString::fromUtf8(process.readAllStandardError());
    process.kill();
    process.waitForFinished(30000);
    return run;
}

} // namespace

TEST_CASE("The start-up probe plays the whole scripted session on a project with staff", "[cli][probe]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.osiedle"));
    const test::CliRun demo = test::runCli({QStringLiteral("demo"), file});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);

    SECTION("shown: the window with the project, then the process ends")
    {
        const ProbeRun run = runProbe(QStringLiteral("shown"), file, QStringLiteral("probe: shown"));
        INFO(run.errors.toStdString());
        REQUIRE(run.reachedMarker);
        CHECK(QRegularExpression(QStringLiteral("^probe: shown [0-9]+ ms$")).match(run.lines.last()).hasMatch());
    }

    SECTION("session: every step played, each with its longest block, then the whole session's line")
    {
        const ProbeRun run = runProbe(QStringLiteral("session"), file, QStringLiteral("probe: session"));
        INFO(run.errors.toStdString());
        INFO(run.lines.join(QLatin1Char('\n')).toStdString());
        REQUIRE(run.reachedMarker);
        const QString last = run.lines.last();
        CHECK_FALSE(last.contains(QLatin1String("FAILED")));
        const QRegularExpressionMatch summary =
            QRegularExpression(QStringLiteral("^probe: session longest ([0-9.]+) ms during (.+), ([0-9]+) blocks "
                                              "over 16 ms, ([0-9]+) ms$"))
                .match(last);
        REQUIRE(summary.hasMatch());
        // The steps the script is made of (app/gui/SessionScript.cpp), each reported once.
        const QStringList steps = {
            QStringLiteral("open dashboard"),
            QStringLiteral("open participants"),
            QStringLiteral("open training"),
            QStringLiteral("open timeline"),
            QStringLiteral("open reports"),
            QStringLiteral("open the health panel"),
            QStringLiteral("change a participant"),
            QStringLiteral("mark attendance"),
            QStringLiteral("open the report"),
            QStringLiteral("switch to the period 2 before the last"),
            QStringLiteral("open the dashboard again"),
        };
        for (const QString& step : steps) {
            INFO(step.toStdString());
            CHECK(run.lines
                      .filter(QRegularExpression(QStringLiteral("^probe: step %1: longest block [0-9.]+ ms$")
                                                     .arg(QRegularExpression::escape(step))))
                      .size() == 1);
        }
        // The session's longest block is the longest of its steps'.
        double longestStep = 0;
        static const QRegularExpression stepLine(QStringLiteral("^probe: step .+: longest block ([0-9.]+) ms$"));
        for (const QString& line : run.lines) {
            const QRegularExpressionMatch match = stepLine.match(line);
            if (match.hasMatch()) {
                longestStep = std::max(longestStep, match.captured(1).toDouble());
            }
        }
        CHECK(summary.captured(1).toDouble() == Approx(longestStep).margin(0.05));
    }
}
