#include "core/common/FilePaths.h"

#include "core/common/FileIdentity.h"

#include <QDir>
#include <QFileInfo>

namespace osiedle::core {

Qt::CaseSensitivity FilePaths::nameCase()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return Qt::CaseInsensitive;
#else
    return Qt::CaseSensitive;
#endif
}

QString FilePaths::canonical(const QString& path)
{
    if (path.isEmpty()) {
        return {};
    }
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    if (!resolved.isEmpty()) {
        return resolved;
    }
    // Not there (yet): resolve the folder, keep the name as given.
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    if (!folder.isEmpty()) {
        return QDir(folder).filePath(info.fileName());
    }
    return QDir::cleanPath(info.absoluteFilePath());
}

bool FilePaths::sameName(const QString& a, const QString& b, Qt::CaseSensitivity cs)
{
    if (a.isEmpty() || b.isEmpty()) {
        return false;
    }
    return canonical(a).compare(canonical(b), cs) == 0;
}

bool FilePaths::sameFile(const QString& a, const QString& b)
{
    if (sameName(a, b)) {
        return true;
    }
    return FileIdentity::of(a).sameFileAs(FileIdentity::of(b));
}

QString FilePaths::key(const QString& path, Qt::CaseSensitivity cs)
{
    const QString resolved = canonical(path);
    return cs == Qt::CaseInsensitive ? resolved.toCaseFolded() : resolved;
}

bool FilePaths::isInside(const QString& path, const QString& folder, Qt::CaseSensitivity cs)
{
    if (path.isEmpty() || folder.isEmpty()) {
        return false;
    }
    const QString p = canonical(path);
    QString f = canonical(folder);
    if (p.compare(f, cs) == 0) {
        return true;
    }
    if (!f.endsWith(QLatin1Char('/'))) {
        f.append(QLatin1Char('/'));
    }
    return p.startsWith(f, cs);
}

} // namespace osiedle::core
