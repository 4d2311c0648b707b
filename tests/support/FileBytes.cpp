#include "support/FileBytes.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#endif
#include <catch2/catch.hpp>

namespace osiedle::test {

QByteArray fileHash(const QString& path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

QString nullDevice(const QString& folder)
{
#if defined(Q_OS_UNIX)
    if (::geteuid() == 0) {
        const QString node = QDir(folder).filePath(QStringLiteral("null"));
        if (::mknod(QFile::encodeName(node).constData(), S_IFCHR | 0666, makedev(1, 3)) == 0) {
            return node;
        }
    }
#endif
    Q_UNUSED(folder)
    return QStringLiteral("/dev/null");
}

} // namespace osiedle::test
