#include "Bench.h"
#include "FloorProcess.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <map>
#include <stdexcept>

namespace osiedle::bench {

namespace {

std::map<QString, std::function<void()>>& registry()
{
    static std::map<QString, std::function<void()>> all;
    return all;
}

QTemporaryDir& runFolder()
{
    static QTemporaryDir folder(QDir::temp().absoluteFilePath(QStringLiteral("osiedle-bench-XXXXXX")));
    return folder;
}

QString value(double v, const QString& unit)
{
    return QStringLiteral("%1 %2").arg(v, 0, 'f', v < 10 ? 2 : 1).arg(unit);
}

QString metOrMissed(bool met)
{
    return met ? QStringLiteral("met") : QStringLiteral("MISSED");
}

} // namespace

Registration::Registration(const char* name, std::function<void()> run)
{
    registry()[QString::fromUtf8(name)] = std::move(run);
}

std::vector<double> sample(int runs, const std::function<void()>& work)
{
    work(); // warm-up: caches, prepared statements
    std::vector<double> out;
    out.reserve(static_cast<size_t>(runs));
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        out.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return out;
}

Samples measureBoth(int runs, const std::function<double()>& program, const std::function<double()>& floor)
{
    program(); // warm-up of both: caches, prepared statements, the page cache
    floor();
    Samples samples;
    for (int i = 0; i < runs; ++i) {
        samples.program.push_back(program());
        samples.floor.push_back(floor());
    }
    return samples;
}

Samples sampleBoth(int runs, const std::function<void()>& program, const std::function<void()>& floor)
{
    auto timed = [](const std::function<void()>& work) {
        return [&work] {
            QElapsedTimer timer;
            timer.start();
            work();
            return static_cast<double>(timer.nsecsElapsed()) / 1e6;
        };
    };
    return measureBoth(runs, timed(program), timed(floor));
}

double median(std::vector<double> values)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

void figure(const QString& name, const Samples& samples, const QString& floorDescription, const Verdict& verdict)
{
    const double program = median(samples.program);
    const double floor = median(samples.floor);
    const double ratio = floor > 0 ? program / floor : 0.0;
    const QString ratioText = QStringLiteral("ratio %1 (at most %2): %3")
                                  .arg(ratio, 0, 'f', 2)
                                  .arg(verdict.maxRatio, 0, 'f', 2)
                                  .arg(metOrMissed(ratio <= verdict.maxRatio));
    QString absolute = value(program, verdict.unit);
    if (verdict.target) {
        absolute += QStringLiteral(", target %1: %2")
                        .arg(value(*verdict.target, verdict.unit), metOrMissed(program <= *verdict.target));
    }
    QTextStream out(stdout);
    out << name
        << QStringLiteral(": program %1, floor %2 (%3 runs), ")
               .arg(value(program, verdict.unit), value(floor, verdict.unit))
               .arg(samples.program.size());
    if (verdict.onTarget) {
        out << QStringLiteral("verdict on the target: %1 | %2")
                   .arg(absolute, ratioText.section(QLatin1Char(':'), 0, 0));
    } else {
        out << ratioText << QStringLiteral(" | ") << absolute;
    }
    out << Qt::endl << QStringLiteral("    floor: ") << floorDescription << Qt::endl;
}

QString tempPath(const QString& name)
{
    if (!runFolder().isValid()) {
        qFatal("cannot make the benchmark's temporary folder");
    }
    return runFolder().filePath(name);
}

QString cliPath()
{
    const QString fromEnv = qEnvironmentVariable("OSIEDLE_CLI");
    if (!fromEnv.isEmpty()) {
        return fromEnv;
    }
    return QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../app/osiedle-cli"));
}

QString guiPath()
{
    const QString fromEnv = qEnvironmentVariable("OSIEDLE_GUI");
    if (!fromEnv.isEmpty()) {
        return fromEnv;
    }
    return QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../app/osiedle"));
}

QString benchPath()
{
    return QCoreApplication::applicationFilePath();
}

QString demoFile(int scale)
{
    const QString path = tempPath(QStringLiteral("demo-scale%1.osiedle").arg(scale));
    if (!QFile::exists(path)) {
        QTextStream(stdout)
            << QStringLiteral("(making the scale-%1 demo with osiedle-cli demo, default seed)").arg(scale) << Qt::endl;
        QProcess demo;
        demo.start(cliPath(), {QStringLiteral("demo"), path, QStringLiteral("--scale"), QString::number(scale)});
        demo.waitForFinished(-1);
        if (demo.exitStatus() != QProcess::NormalExit || demo.exitCode() != 0) {
            qFatal("cannot create the demo file: %s", demo.readAllStandardError().constData());
        }
    }
    return path;
}

QString demoCopy(int scale)
{
    const QString copy = tempPath(QStringLiteral("copy-scale%1.osiedle").arg(scale));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(copy + suffix);
    }
    if (!QFile::copy(demoFile(scale), copy)) {
        qFatal("cannot copy the demo file");
    }
    return copy;
}

} // namespace osiedle::bench

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    try {
        // The floors of the whole-process figures run as processes of this program.
        if (!args.isEmpty() && args.first().startsWith(QLatin1String("--floor-"))) {
            return osiedle::bench::runFloorProcess(args);
        }
        const QString filter = args.value(0);
        int ran = 0;
        for (const auto& [name, run] : osiedle::bench::registry()) {
            if (!filter.isEmpty() && !name.contains(filter, Qt::CaseInsensitive)) {
                continue;
            }
            run();
            ++ran;
        }
        if (ran == 0) {
            QTextStream(stderr) << "No benchmark matches " << filter << Qt::endl;
            return 1;
        }
    } catch (const std::exception& e) {
        QTextStream(stderr) << "benchmark failed: " << e.what() << Qt::endl;
        return 1;
    }
    return 0;
}
