#include "support/CliProcess.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QProcessEnvironment>

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
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OSIEDLE_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(cliPath(), args);
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
