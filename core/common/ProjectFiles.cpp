#include "core/common/ProjectFiles.h"

#include "core/common/FileIdentity.h"
#include "core/common/FilePaths.h"

#include <QFile>
#include <QStringList>

namespace osiedle::core {

namespace {

const char* const kSuffixes[] = {"-wal", "-shm", "-journal", ".lock"};

QByteArray firstBytes(const QString& path, qint64 count)
{
    if (FileIdentity::of(path).kind != FileIdentity::Kind::Regular) {
        return {}; // never read a pipe or a device
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.read(count);
}

quint32 bigEndian32(const QByteArray& bytes, int offset)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData() + offset);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

} // namespace

bool ProjectFiles::isProject(const QString& path)
{
    const QByteArray header = firstBytes(path, 100);
    return header.size() == 100 && header.startsWith(QByteArray("SQLite format 3\0", 16)) &&
           static_cast<int>(bigEndian32(header, 68)) == applicationId;
}

bool ProjectFiles::looksLikeSideFile(const QString& path)
{
    const QByteArray head = firstBytes(path, 64);
    if (head.size() >= 4) {
        const quint32 magic = bigEndian32(head, 0);
        if (magic == 0x377f0682 || magic == 0x377f0683) {
            return true; // a write-ahead log
        }
    }
    if (head.size() >= 52) {
        // A log's shared-memory index starts with its version (3007000) in the computer's own
        // byte order, twice (two copies of the index header, 48 bytes apart).
        const quint32 version = 3007000;
        const QByteArray v(reinterpret_cast<const char*>(&version), 4);
        if (head.mid(0, 4) == v && head.mid(48, 4) == v) {
            return true;
        }
    }
    return head.startsWith("osiedle-lock ");
}

QString ProjectFiles::projectOfSideFile(const QString& path)
{
    const QString resolved = FilePaths::canonical(path);
    for (const char* suffix : kSuffixes) {
        const QLatin1String s(suffix);
        if (resolved.endsWith(s, FilePaths::nameCase())) {
            const QString project = resolved.left(resolved.size() - s.size());
            if (isProject(project)) {
                return project;
            }
        }
    }
    return {};
}

QStringList ProjectFiles::sideFiles(const QString& projectPath)
{
    QStringList files;
    for (const char* suffix : kSuffixes) {
        files << projectPath + QLatin1String(suffix);
    }
    return files;
}

} // namespace osiedle::core
