#include "core/io/ImportLimits.h"

#include "core/common/FileIdentity.h"

#include <QFile>
#include <QFileInfo>

namespace osiedle::core {

Result<QByteArray> ImportLimits::readFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    const FileIdentity id = FileIdentity::of(path);
    if (!id.exists()) {
        return Error{tr("Cannot read %1: the file does not exist.").arg(name)};
    }
    if (id.kind != FileIdentity::Kind::Regular) {
        return Error{tr("%1 is not a regular file (it is a folder, a device or a pipe).").arg(name)};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{tr("Cannot read %1: %2").arg(name, file.errorString())};
    }
    if (file.size() > maxFileBytes) {
        return Error{tr("%1 is %2 MB; an import reads files of at most %3 MB. Split it into smaller files.")
                         .arg(name)
                         .arg(file.size() / (1024 * 1024))
                         .arg(maxFileBytes / (1024 * 1024))};
    }
    return file.readAll();
}

} // namespace osiedle::core
