#include "Bench.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTextStream>
#include <algorithm>
#include <map>

namespace osiedle::bench {

namespace {
std::map<QString, std::function<void()>>& registry()
{
    static std::map<QString, std::function<void()>> all;
    return all;
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

double median(std::vector<double> values)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

void report(const QString& name, const std::vector<double>& samples)
{
    QTextStream(stdout)
        << name << QStringLiteral(": median %1 ms (%2 runs)").arg(median(samples), 0, 'f', 3).arg(samples.size())
        << Qt::endl;
}

void report(const QString& name, const std::vector<double>& samples, const QString& baselineName,
            const std::vector<double>& baseline)
{
    const double m = median(samples);
    const double b = median(baseline);
    QTextStream(stdout) << name
                        << QStringLiteral(": median %1 ms (%2 runs) = %3x %4 (median %5 ms)")
                               .arg(m, 0, 'f', 3)
                               .arg(samples.size())
                               .arg(b > 0 ? m / b : 0.0, 0, 'f', 2)
                               .arg(baselineName)
                               .arg(b, 0, 'f', 3)
                        << Qt::endl;
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

QString demoFile(int scale, bool fresh)
{
    const QString cached = QDir::temp().absoluteFilePath(QStringLiteral("osiedle-bench-scale%1.osiedle").arg(scale));
    if (!QFile::exists(cached)) {
        QProcess demo;
        demo.start(cliPath(), {QStringLiteral("demo"), cached, QStringLiteral("--scale"), QString::number(scale),
                               QStringLiteral("--seed"), QStringLiteral("1")});
        demo.waitForFinished(-1);
        if (demo.exitCode() != 0) {
            qFatal("cannot create the demo file: %s", demo.readAllStandardError().constData());
        }
    }
    if (!fresh) {
        return cached;
    }
    const QString copy = QDir::temp().absoluteFilePath(QStringLiteral("osiedle-bench-copy-%1.osiedle").arg(scale));
    QFile::remove(copy);
    QFile::copy(cached, copy);
    return copy;
}

} // namespace osiedle::bench

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const QString filter = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
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
    return 0;
}
