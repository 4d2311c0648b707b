#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace osiedle::test {

/// One finished run of osiedle-cli (the binary named by the OSIEDLE_CLI environment variable).
struct CliRun {
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

/// Runs osiedle-cli with the arguments and waits for it (English messages, offscreen).
CliRun runCli(const QStringList& args, int timeoutMs = 60000);
/// The path of the osiedle-cli binary under test.
QString cliPath();

} // namespace osiedle::test
