#include "core/common/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace osiedle::core {

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

bool PrivateFile::restrict(QFileDevice& file)
{
    // On an open file this changes the open file itself (fchmod), so a file renamed into place
    // later keeps it.
    return file.setPermissions(permissions);
}

bool PrivateFile::restrict(const QString& path)
{
    return QFile::setPermissions(path, permissions);
}

Status PrivateFile::createEmpty(const QString& path)
{
    QFile file(path);
    if (QFileInfo::exists(path)) {
        if (QFileInfo(path).size() != 0) {
            return Error{tr("%1 already exists.").arg(shown(path))};
        }
    } else if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return Error{tr("Cannot create %1: %2").arg(shown(path), file.errorString())};
    }
    if (!restrict(file)) {
        const QString reason = file.errorString();
        file.close();
        return Error{tr("Cannot make %1 private to its owner: %2").arg(shown(path), reason)};
    }
    return {};
}

Status PrivateFile::copy(const QString& from, const QString& to)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly)) {
        return Error{tr("Cannot read %1: %2").arg(shown(from), source.errorString())};
    }
    QFile target(to);
    if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return Error{tr("Cannot create %1: %2").arg(shown(to), target.errorString())};
    }
    restrict(target);
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || target.write(chunk) != chunk.size()) {
            const QString reason = chunk.isEmpty() ? source.errorString() : target.errorString();
            target.close();
            target.remove();
            return Error{tr("Cannot copy %1 to %2: %3").arg(shown(from), shown(to), reason)};
        }
    }
    if (!target.flush()) {
        const QString reason = target.errorString();
        target.close();
        target.remove();
        return Error{tr("Cannot copy %1 to %2: %3").arg(shown(from), shown(to), reason)};
    }
    return {};
}

Result<QString> PrivateFile::stagingFolder()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (base.isEmpty()) {
        return Error{tr("No folder for the program's own files is known on this computer.")};
    }
    const QString folder = QDir(base).filePath(QStringLiteral("staging"));
    if (!QDir().mkpath(folder)) {
        return Error{tr("Cannot create the folder %1.").arg(shown(folder))};
    }
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return folder;
}

} // namespace osiedle::core
