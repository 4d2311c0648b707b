// The whole `osiedle` process (started with OSIEDLE_STARTUP_PROBE, see app/gui/GuiStartup.cpp,
// under the offscreen platform with an empty settings folder): start to the main window shown,
// and a user's session played on the window at scale 100 (SessionScript: every section, the
// health panel, a participant changed, attendance marked, the report and its periods) with the
// longest time its event loop was blocked and its peak memory afterwards. And the demo
// generator as a user runs it.
#include "Bench.h"
#include "Floor.h"
#include "FloorConnection.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

using namespace osiedle;

namespace {

QProcessEnvironment guiEnvironment(const QTemporaryDir& home, const QString& probe)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("OSIEDLE_STARTUP_PROBE"), probe);
    return env;
}

/// Waits until the child prints a line starting with `marker` and returns it; fails loudly
/// otherwise.
QByteArray waitForLine(QProcess& process, const QByteArray& marker, int timeoutMs = 300000)
{
    QElapsedTimer waited;
    waited.start();
    while (true) {
        while (process.canReadLine()) {
            const QByteArray line = process.readLine().trimmed();
            if (line.startsWith("probe: session FAILED")) {
                qFatal("%s", line.constData());
            }
            if (line.startsWith(marker)) {
                return line;
            }
        }
        if (waited.elapsed() > timeoutMs || !process.waitForReadyRead(int(timeoutMs - waited.elapsed()))) {
            qFatal("no \"%s\" from %s: %s", marker.constData(), qPrintable(process.program()),
                   process.readAllStandardError().constData());
        }
    }
}

/// Milliseconds from starting a process to its line "probe: shown"; the process then ends.
double startUntilShown(const QString& program, const QStringList& args)
{
    QTemporaryDir home;
    QProcess process;
    process.setProcessEnvironment(guiEnvironment(home, QStringLiteral("shown")));
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    waitForLine(process, "probe: shown");
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    process.waitForFinished(60000);
    return ms;
}

void startToShown(int scale, double targetMs)
{
    const QString file = bench::demoFile(scale);
    const auto samples = bench::measureBoth(
        7, [&] { return startUntilShown(bench::guiPath(), {file}); },
        [&] {
            return startUntilShown(bench::benchPath(), {QStringLiteral("--floor-window"), file});
        });
    bench::FloorConnection connection(file);
    bench::figure(QStringLiteral("gui/start to main window shown, scale %1").arg(scale), samples,
                  QStringLiteral("a process of this benchmark showing a bare Qt window with a table of ") +
                      bench::Floor(connection, QStringLiteral("participants-by-surname")).description(),
                  {1.5, targetMs});
}

/// VmHWM of a running process in MB, or -1 where it cannot be read.
double peakMegabytes(qint64 pid)
{
#ifdef Q_OS_LINUX
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return double(line.mid(6).trimmed().split(' ').first().toLongLong()) / 1024.0;
        }
    }
#else
    Q_UNUSED(pid);
#endif
    return -1;
}

struct SessionRun {
    double longestMs = 0;
    double peakMb = 0;
    double durationMs = 0;
    QString step;
};

/// Plays the scripted session in `osiedle`, or idles the bare window of the floor for `idleMs`.
SessionRun session(const QString& file, bool floor, int idleMs = 0)
{
    QTemporaryDir home;
    QProcess process;
    process.setProcessEnvironment(guiEnvironment(home, QStringLiteral("session")));
    if (floor) {
        process.start(bench::benchPath(),
                      {QStringLiteral("--floor-window"), file, QStringLiteral("--idle"), QString::number(idleMs)});
    } else {
        process.start(bench::guiPath(), {file});
    }
    SessionRun run;
    const QByteArray line = waitForLine(process, floor ? "probe: idle" : "probe: session");
    // "probe: session longest X ms during STEP, N blocks over 16 ms, T ms" or "probe: idle longest X ms"
    static const QRegularExpression pattern(
        QStringLiteral("longest ([0-9.]+) ms(?: during (.*), ([0-9]+) blocks over 16 ms, ([0-9]+) ms)?"));
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(line));
    if (!match.hasMatch()) {
        qFatal("cannot read \"%s\"", line.constData());
    }
    run.longestMs = match.captured(1).toDouble();
    run.step = match.captured(2);
    run.durationMs = match.captured(4).toDouble();
    run.peakMb = peakMegabytes(process.processId());
    process.kill();
    process.waitForFinished(60000);
    return run;
}

void sessionBenchmark(int scale, double targetMs, double memoryTargetMb)
{
    const QString file = bench::demoCopy(scale); // the session changes the data
    std::vector<SessionRun> runs;
    bench::Samples blocked;
    bench::Samples memory;
    for (int i = 0; i < 3; ++i) {
        runs.push_back(session(file, false));
        const SessionRun idle = session(file, true, int(runs.back().durationMs));
        blocked.program.push_back(runs.back().longestMs);
        blocked.floor.push_back(idle.longestMs);
        memory.program.push_back(runs.back().peakMb);
        memory.floor.push_back(idle.peakMb);
    }
    QStringList steps;
    for (const SessionRun& run : runs) {
        steps << QStringLiteral("%1 ms during %2").arg(run.longestMs, 0, 'f', 0).arg(run.step);
    }
    bench::figure(QStringLiteral("gui/longest block of the event loop in a user's session, scale %1 (%2)")
                      .arg(scale)
                      .arg(steps.join(QStringLiteral("; "))),
                  blocked,
                  QStringLiteral("the event loop of a bare Qt window with the participants' first page, idle as long "
                                 "as the session lasted (what the machine alone blocks)"),
                  {1.0, targetMs, QStringLiteral("ms"), true});
    if (memory.program.front() < 0) {
        QTextStream(stdout) << "gui/peak memory: not measured on this system" << Qt::endl;
        return;
    }
    bench::figure(QStringLiteral("gui/peak memory after a user's session, scale %1").arg(scale), memory,
                  QStringLiteral("a bare Qt window with the participants' first page (peak memory of its process)"),
                  {4.0, memoryTargetMb, QStringLiteral("MB")});
}

/// The demo generator as a user runs it (whole `osiedle-cli demo` process, the default seed).
void demoGeneration(int scale, int runs, double targetMs)
{
    const QString made = bench::tempPath(QStringLiteral("generated.osiedle"));
    const QString copied = bench::tempPath(QStringLiteral("generated-copy.osiedle"));
    auto removeFile = [](const QString& path) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(path + suffix);
        }
    };
    QString description;
    auto program = [&] {
        removeFile(made);
        QProcess demo;
        QElapsedTimer timer;
        timer.start();
        demo.start(bench::cliPath(), {QStringLiteral("demo"), made, QStringLiteral("--scale"), QString::number(scale)});
        demo.waitForFinished(-1);
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (demo.exitStatus() != QProcess::NormalExit || demo.exitCode() != 0) {
            qFatal("demo failed: %s", demo.readAllStandardError().constData());
        }
        return ms;
    };
    auto floor = [&] {
        removeFile(copied);
        QElapsedTimer timer;
        timer.start();
        {
            bench::FloorConnection connection(made);
            bench::Floor copy(connection, QStringLiteral("demo-copy"));
            copy.bind("copy", copied).run();
            description = copy.description();
        }
        return static_cast<double>(timer.nsecsElapsed()) / 1e6;
    };
    // Alternately, each floor copying the file the program made just before.
    bench::Samples samples;
    for (int i = 0; i < runs; ++i) {
        samples.program.push_back(program());
        samples.floor.push_back(floor());
    }
    bench::figure(QStringLiteral("demo/file generated, scale %1 (osiedle-cli demo, whole process)").arg(scale), samples,
                  description, {12.0, targetMs});
}

} // namespace

OSIEDLE_BENCHMARK("gui/start scale 1")
{
    startToShown(1, 400);
}

OSIEDLE_BENCHMARK("gui/start scale 100")
{
    startToShown(100, 600);
}

OSIEDLE_BENCHMARK("gui/session scale 1")
{
    sessionBenchmark(1, 50, 150);
}

OSIEDLE_BENCHMARK("gui/session scale 100")
{
    sessionBenchmark(100, 100, 250);
}

OSIEDLE_BENCHMARK("demo/generate scale 1")
{
    demoGeneration(1, 5, 1000);
}

OSIEDLE_BENCHMARK("demo/generate scale 100")
{
    demoGeneration(100, 3, 30000);
}
