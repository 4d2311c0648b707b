#pragma once

#include "app/cli/CliArguments.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace osiedle::cli {

/// The password of an encrypted output (`--encrypt`): the first line of `--password-file FILE`,
/// or a line read from standard input. Never from the command line itself, where other users of
/// the computer could see it in the list of processes and it would stay in the shell's history.
class CliPassword {
    Q_DECLARE_TR_FUNCTIONS(CliPassword)

public:
    /// The options this adds to a command: the value option and the flag.
    static QString fileOption() { return QStringLiteral("--password-file"); }
    static QString encryptFlag() { return QStringLiteral("--encrypt"); }

    /// A usage problem (--password-file without --encrypt), or an empty string.
    static QString usageProblem(const CliArguments& line);

    /// Reads the password. Error: this build cannot encrypt, the file cannot be read, or the
    /// password is refused (empty, too short), in words.
    static core::Result<QString> read(const CliArguments& line);
    /// The same; on an error prints it and returns nullopt.
    static std::optional<QString> readOrPrint(const CliArguments& line);
};

} // namespace osiedle::cli
