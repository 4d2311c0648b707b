#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <utility>

namespace osiedle::test {

/// One finished run of osiedle-cli (the binary named by the OSIEDLE_CLI environment variable).
struct CliRun {
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
    QByteArray outBytes; ///< standard output as written, for tests of the bytes themselves
    QByteArray errBytes;
};

/// The environment runCli uses by default: the test's own, with English messages
/// (OSIEDLE_LANG=en) and the offscreen platform.
QProcessEnvironment cliEnvironment();

/// How to run it besides the arguments.
struct CliOptions {
    /// Variables added to (or replacing) the environment.
    QList<std::pair<QString, QString>> environment;
    /// Run as a user without rights to the test's files (Linux: as root, through setpriv as
    /// "nobody", so that permission bits apply; otherwise the tests run as such a user already).
    bool withoutRights = false;
    int timeoutMs = 60000;
    /// Written to its standard input, which is then closed.
    QByteArray standardInput;
};

/// Runs osiedle-cli with the arguments and waits for it (English messages, offscreen).
CliRun runCli(const QStringList& args, int timeoutMs = 60000);
CliRun runCli(const QStringList& args, const CliOptions& options);
/// Runs osiedle-cli with the arguments in the given environment and waits for it.
CliRun runCli(const QStringList& args, const QProcessEnvironment& env, int timeoutMs = 60000);
/// Runs a program (another binary under test, e.g. the GUI's `osiedle --version`) the same way.
CliRun runProgram(const QString& program, const QStringList& args, const QProcessEnvironment& env,
                  int timeoutMs = 60000, const QByteArray& input = {});
/// Lets everyone read `path` (and enter it, for a folder), so that a run without rights can.
void allowReading(const QString& path);
/// The path of the osiedle-cli binary under test.
QString cliPath();

} // namespace osiedle::test
