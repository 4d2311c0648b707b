#include "support/SevenZip.h"

#include <QProcess>
#include <QStandardPaths>
#include <catch2/catch.hpp>

namespace osiedle::test {

QString sevenZipPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("7z"));
}

SevenZipRun sevenZip(const QStringList& args)
{
    const QString program = sevenZipPath();
    if (program.isEmpty()) {
        FAIL("7z is missing: install p7zip-full (scripts/deps) to check the encrypted archives");
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    process.closeWriteChannel(); // a question would get end of input, never hang
    REQUIRE(process.waitForFinished(60000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromLocal8Bit(process.readAll())};
}

SevenZipRun sevenZipExtract(const QString& archive, const QString& folder, const QString& password)
{
    return sevenZip({QStringLiteral("x"), QStringLiteral("-y"), QStringLiteral("-p") + password,
                     QStringLiteral("-o") + folder, archive});
}

} // namespace osiedle::test
