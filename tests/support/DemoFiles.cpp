#include "support/DemoFiles.h"

#include "core/io/DemoGenerator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <stdexcept>

namespace osiedle::test {

namespace {

QString sharedDemoFile(int scale, std::uint64_t seed)
{
    const QFileInfo program(QCoreApplication::applicationFilePath());
    const QByteArray key = QCryptographicHash::hash(
        (program.absoluteFilePath() + QString::number(program.lastModified().toMSecsSinceEpoch())).toUtf8(),
        QCryptographicHash::Sha1);
    const QString path = QDir::temp().absoluteFilePath(QStringLiteral("osiedle-test-demo-%1-scale%2-seed%3.osiedle")
                                                           .arg(QString::fromLatin1(key.toHex().left(12)))
                                                           .arg(scale)
                                                           .arg(seed));
    if (QFile::exists(path)) {
        return path;
    }
    // Demos of earlier builds are left behind; those older than a day are no one's any more.
    const QDir temp = QDir::temp();
    for (const QFileInfo& old : temp.entryInfoList({QStringLiteral("osiedle-test-demo-*.osiedle")}, QDir::Files)) {
        if (old.lastModified().daysTo(QDateTime::currentDateTime()) >= 1) {
            QFile::remove(old.absoluteFilePath());
        }
    }
    // Written under a name of its own and then renamed, so that tests running at the same time
    // never see a half-written file; whoever renames first wins.
    const QString partial = path + QStringLiteral(".%1.part").arg(QCoreApplication::applicationPid());
    QFile::remove(partial);
    core::DemoOptions options;
    options.scale = scale;
    options.seed = seed;
    const auto created = core::DemoGenerator::createFile(partial, options);
    if (!created) {
        throw std::runtime_error(created.error().message.toStdString());
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
    }
    return path;
}

} // namespace

QString demoCopy(int scale, const QString& folder, std::uint64_t seed)
{
    const QString copy =
        QDir(folder).absoluteFilePath(QStringLiteral("demo-scale%1-seed%2.osiedle").arg(scale).arg(seed));
    QFile::remove(copy);
    if (!QFile::copy(sharedDemoFile(scale, seed), copy)) {
        throw std::runtime_error("cannot copy the demo file into " + folder.toStdString());
    }
    return copy;
}

} // namespace osiedle::test
