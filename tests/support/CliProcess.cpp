#include "support/CliProcess.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <catch2/catch.hpp>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace osiedle::test {

QString cliPath()
{
    QString path = qEnvironmentVariable("OSIEDLE_CLI");
#ifdef OSIEDLE_CLI_PATH
    if (path.isEmpty()) {
        path = QStringLiteral(OSIEDLE_CLI_PATH);
    }
#endif
    if (path.isEmpty()) {
        FAIL("OSIEDLE_CLI is not set: run the tests through ctest");
    }
    return path;
}

CliRun runCli(const QStringList& args, int timeoutMs)
{
    CliOptions options;
    options.timeoutMs = timeoutMs;
    return runCli(args, options);
}

void allowReading(const QString& path)
{
    QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ReadOther | QFileDevice::ReadGroup |
                                    (QFileInfo(path).isDir() ? QFileDevice::ExeOther | QFileDevice::ExeGroup
                                                             : QFileDevice::Permissions()));
}

CliRun runCli(const QStringList& args, const CliOptions& options)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OSIEDLE_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const auto& [name, value] : options.environment) {
        env.insert(name, value);
    }
    process.setProcessEnvironment(env);
    QString program = cliPath();
    QStringList arguments = args;
#if defined(Q_OS_UNIX)
    if (options.withoutRights && ::geteuid() == 0) {
        // Root ignores permission bits: run as "nobody" instead.
        arguments = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                QStringLiteral("--clear-groups"), program} +
                    args;
        program = QStringLiteral("setpriv");
        env.insert(QStringLiteral("HOME"), QStringLiteral("/tmp"));
        process.setProcessEnvironment(env);
    }
#endif
    const int timeoutMs = options.timeoutMs;
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        FAIL("osiedle-cli " << args.join(QLatin1Char(' ')).toStdString() << " did not finish in time");
    }
    CliRun run;
    run.exitCode = process.exitCode();
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace osiedle::test
