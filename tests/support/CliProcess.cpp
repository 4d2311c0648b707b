#include "support/CliProcess.h"

#include <QProcess>
#include <catch2/catch.hpp>

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

CliRun runProgram(const QString& program, const QStringList& args, const QProcessEnvironment& env, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
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

} // namespace osiedle::test
