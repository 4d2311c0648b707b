#include "support/CliProcess.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
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

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OSIEDLE_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

CliRun runProgram(const QString& program, const QStringList& args, const QProcessEnvironment& env, int timeoutMs,
                  const QByteArray& input)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    // What it reads from standard input, then the end of it: a program that reads never waits.
    if (process.waitForStarted(timeoutMs) && !input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        FAIL(program.toStdString() << ' ' << args.join(QLatin1Char(' ')).toStdString() << " did not finish in time");
    }
    CliRun run;
    run.exitCode = process.exitCode();
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.outBytes = process.readAllStandardOutput();
    run.errBytes = process.readAllStandardError();
    run.out = QString::fromUtf8(run.outBytes);
    run.err = QString::fromUtf8(run.errBytes);
    return run;
}

CliRun runCli(const QStringList& args, const QProcessEnvironment& env, int timeoutMs)
{
    return runProgram(cliPath(), args, env, timeoutMs);
}

CliRun runCli(const QStringList& args, int timeoutMs)
{
    return runCli(args, cliEnvironment(), timeoutMs);
}

void allowReading(const QString& path)
{
    QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ReadOther | QFileDevice::ReadGroup |
                                    (QFileInfo(path).isDir() ? QFileDevice::ExeOther | QFileDevice::ExeGroup
                                                             : QFileDevice::Permissions()));
}

CliRun runCli(const QStringList& args, const CliOptions& options)
{
    QProcessEnvironment env = cliEnvironment();
    for (const auto& [name, value] : options.environment) {
        env.insert(name, value);
    }
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
    }
#endif
    return runProgram(program, arguments, env, options.timeoutMs, options.standardInput);
}

} // namespace osiedle::test
