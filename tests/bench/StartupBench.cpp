// The whole `osiedle` process: start to the main window shown (with a demo project), and its peak
// memory once the largest list is open. The program is started with OSIEDLE_STARTUP_PROBE (see
// app/gui/GuiStartup.cpp) under the offscreen platform, with an empty settings folder.
#include "Bench.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
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

/// Waits until the child prints a line starting with `marker`; fails loudly otherwise.
void waitForLine(QProcess& gui, const QByteArray& marker)
{
    while (true) {
        while (gui.canReadLine()) {
            if (gui.readLine().startsWith(marker)) {
                return;
            }
        }
        if (!gui.waitForReadyRead(60000)) {
            qFatal("osiedle did not print \"%s\": %s", marker.constData(), gui.readAllStandardError().constData());
        }
    }
}

/// Milliseconds from starting the process to its line `probe: <probe>`; the process then ends.
double startUntil(const QString& file, const QString& probe)
{
    QTemporaryDir home;
    QProcess gui;
    gui.setProcessEnvironment(guiEnvironment(home, probe));
    QElapsedTimer timer;
    timer.start();
    gui.start(bench::guiPath(), {file});
    waitForLine(gui, "probe: " + probe.toUtf8());
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    gui.waitForFinished(60000);
    return ms;
}

void startToShown(int scale)
{
    const QString file = bench::demoFile(scale);
    std::vector<double> shown;
    std::vector<double> bare;
    startUntil(file, QStringLiteral("shown")); // warm-up: page cache
    for (int i = 0; i < 7; ++i) {              // interleaved, so both see the same machine load
        bare.push_back(startUntil(file, QStringLiteral("before-window")));
        shown.push_back(startUntil(file, QStringLiteral("shown")));
    }
    bench::report(QStringLiteral("gui/start to main window shown, scale %1").arg(scale), shown,
                  QStringLiteral("same process quitting before the window is built"), bare);
}

/// VmHWM of a running process in kB, or -1 where it cannot be read.
long long peakKilobytes(qint64 pid)
{
#ifdef Q_OS_LINUX
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
#else
    Q_UNUSED(pid);
#endif
    return -1;
}

void peakMemory(int scale, double targetMb)
{
    const QString file = bench::demoFile(scale, true);
    std::vector<double> peaks;
    for (int i = 0; i < 3; ++i) {
        QTemporaryDir home;
        QProcess gui;
        gui.setProcessEnvironment(guiEnvironment(home, QStringLiteral("participants")));
        gui.start(bench::guiPath(), {file});
        waitForLine(gui, "probe: participants shown");
        const long long kb = peakKilobytes(gui.processId());
        gui.kill();
        gui.waitForFinished(60000);
        if (kb < 0) {
            QTextStream(stdout) << "gui/peak memory, participants list open, scale " << scale << ": not measured"
                                << Qt::endl;
            return;
        }
        peaks.push_back(static_cast<double>(kb) / 1024.0);
    }
    QTextStream(stdout) << QStringLiteral("gui/peak memory, participants list open, scale %1: median %2 MB (%3 runs, "
                                          "target %4 MB)")
                               .arg(scale)
                               .arg(bench::median(peaks), 0, 'f', 1)
                               .arg(peaks.size())
                               .arg(targetMb)
                        << Qt::endl;
}

/// The demo generator as a user runs it (whole `osiedle-cli demo` process), against copying the
/// file it made.
void demoGeneration(int scale, int runs)
{
    QTemporaryDir dir;
    const QString made = dir.filePath(QStringLiteral("demo.osiedle"));
    const QString copied = dir.filePath(QStringLiteral("copy.osiedle"));
    std::vector<double> generate;
    std::vector<double> copy;
    for (int i = 0; i < runs; ++i) {
        QFile::remove(made);
        QProcess demo;
        QElapsedTimer timer;
        timer.start();
        demo.start(bench::cliPath(), {QStringLiteral("demo"), made, QStringLiteral("--scale"), QString::number(scale),
                                      QStringLiteral("--seed"), QStringLiteral("1")});
        demo.waitForFinished(-1);
        generate.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (demo.exitCode() != 0) {
            qFatal("demo failed: %s", demo.readAllStandardError().constData());
        }
        QFile::remove(copied);
        timer.restart();
        if (!QFile::copy(made, copied)) {
            qFatal("cannot copy the demo file");
        }
        copy.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    bench::report(QStringLiteral("demo/file generated, scale %1 (osiedle-cli demo, whole process)").arg(scale),
                  generate, QStringLiteral("copying the file it made"), copy);
}

} // namespace

OSIEDLE_BENCHMARK("gui/start scale 1")
{
    startToShown(1);
}

OSIEDLE_BENCHMARK("gui/start scale 100")
{
    startToShown(100);
}

OSIEDLE_BENCHMARK("gui/peak memory scale 1")
{
    peakMemory(1, 150);
}

OSIEDLE_BENCHMARK("gui/peak memory scale 100")
{
    peakMemory(100, 250);
}

OSIEDLE_BENCHMARK("demo/generate scale 1")
{
    demoGeneration(1, 5);
}

OSIEDLE_BENCHMARK("demo/generate scale 100")
{
    demoGeneration(100, 3);
}
