#include "app/cli/CliPassword.h"

#include "app/cli/Commands.h"
#include "core/io/EncryptedArchive.h"

#include <QDir>
#include <QFile>
#include <cstdio>

namespace osiedle::cli {

QString CliPassword::usageProblem(const CliArguments& line)
{
    if (line.has(fileOption()) && !line.has(encryptFlag())) {
        return tr("--password-file is for an encrypted output: add --encrypt.");
    }
    return {};
}

core::Result<QString> CliPassword::read(const CliArguments& line)
{
    if (!core::EncryptedArchive::available()) {
        return core::Error{tr("This version of Osiedle cannot write encrypted archives.")};
    }
    QByteArray bytes;
    QString source;
    if (line.has(fileOption())) {
        const QString path = line.value(fileOption());
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return core::Error{
                tr("Cannot read the password file %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
        }
        bytes = file.readLine(4096);
        source = tr("the password file %1").arg(QDir::toNativeSeparators(path));
    } else {
        std::fputs(qPrintable(tr("Password for the encrypted archive (one line): ")), stderr);
        std::fflush(stderr);
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly, QFileDevice::DontCloseHandle)) {
            return core::Error{tr("Cannot read the password from standard input: %1").arg(input.errorString())};
        }
        bytes = input.readLine(4096);
        source = tr("standard input");
    }
    while (bytes.endsWith('\n') || bytes.endsWith('\r')) {
        bytes.chop(1);
    }
    const QString password = QString::fromUtf8(bytes);
    if (const QString problem = core::EncryptedArchive::passwordProblem(password); !problem.isEmpty()) {
        return core::Error{tr("%1 (read from %2)").arg(problem, source)};
    }
    return password;
}

} // namespace osiedle::cli

namespace osiedle::cli {

std::optional<QString> CliPassword::readOrPrint(const CliArguments& line)
{
    auto password = read(line);
    if (!password) {
        printError(password.error().message);
        return std::nullopt;
    }
    return *password;
}

} // namespace osiedle::cli
