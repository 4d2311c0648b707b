#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace osiedle::test {

/// 7-Zip (the `7z` of Debian's p7zip-full, installed by scripts/deps), the tool users open
/// encrypted exports with. A test that needs it fails, saying so, when it is missing.
struct SevenZipRun {
    int exitCode = -1;
    QString output; ///< standard output and error together
};

/// The path of `7z`, or an empty string.
QString sevenZipPath();
/// Runs `7z` with the arguments (the password, if any, as `-pPASSWORD`; never prompts).
SevenZipRun sevenZip(const QStringList& args);
/// Extracts `archive` into `folder` with `password`.
SevenZipRun sevenZipExtract(const QString& archive, const QString& folder, const QString& password);

} // namespace osiedle::test
