#include "core/storage/SqliteFileHeader.h"

#include <QFile>
#include <QFileInfo>

namespace osiedle::core {

namespace {

constexpr int kHeaderSize = 100;
constexpr int kWalHeaderSize = 32;
constexpr int kFrameHeaderSize = 24;

quint32 bigEndian32(const char* p)
{
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    return (quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | quint32(u[3]);
}

quint32 word(const char* p, bool bigEndian)
{
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    return bigEndian ? bigEndian32(p) : (quint32(u[3]) << 24) | (quint32(u[2]) << 16) | (quint32(u[1]) << 8) | u[0];
}

// The log's running checksum (see the SQLite file format, "Checksum Algorithm").
void checksum(const char* data, qsizetype size, bool bigEndian, quint32& s0, quint32& s1)
{
    for (qsizetype i = 0; i + 8 <= size; i += 8) {
        s0 += word(data + i, bigEndian) + s1;
        s1 += word(data + i + 4, bigEndian) + s0;
    }
}

} // namespace

std::optional<QByteArray> SqliteFileHeader::committedPageOne(const QString& walPath)
{
    QFile wal(walPath);
    if (!wal.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QByteArray header = wal.read(kWalHeaderSize);
    if (header.size() < kWalHeaderSize) {
        return std::nullopt;
    }
    const quint32 magic = bigEndian32(header.constData());
    if (magic != 0x377f0682 && magic != 0x377f0683) {
        return std::nullopt;
    }
    const bool bigEndian = (magic & 1) != 0;
    const quint32 pageSize = bigEndian32(header.constData() + 8);
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0) {
        if (pageSize != 1) { // 1 stands for 65536
            return std::nullopt;
        }
    }
    const qsizetype page = pageSize == 1 ? 65536 : qsizetype(pageSize);
    quint32 s0 = 0;
    quint32 s1 = 0;
    checksum(header.constData(), 24, bigEndian, s0, s1);
    if (s0 != bigEndian32(header.constData() + 24) || s1 != bigEndian32(header.constData() + 28)) {
        return std::nullopt;
    }
    const QByteArray salts = header.mid(16, 8);
    std::optional<QByteArray> pendingPageOne; // page 1 of the transaction being read
    std::optional<QByteArray> committed;
    QByteArray frame(kFrameHeaderSize + page, Qt::Uninitialized);
    while (wal.read(frame.data(), frame.size()) == frame.size()) {
        const char* f = frame.constData();
        if (QByteArray::fromRawData(f + 8, 8) != salts) {
            break;
        }
        checksum(f, 8, bigEndian, s0, s1);
        checksum(f + kFrameHeaderSize, page, bigEndian, s0, s1);
        if (s0 != bigEndian32(f + 16) || s1 != bigEndian32(f + 20)) {
            break; // the end of what was written completely
        }
        if (bigEndian32(f) == 1) {
            pendingPageOne = frame.mid(kFrameHeaderSize, kHeaderSize);
        }
        if (bigEndian32(f + 4) != 0) { // a commit frame
            if (pendingPageOne) {
                committed = pendingPageOne;
            }
        }
    }
    return committed;
}

std::optional<SqliteFileHeader> SqliteFileHeader::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    SqliteFileHeader h;
    h.m_fileSize = file.size();
    h.m_header = file.read(kHeaderSize);
    const QFileInfo wal(path + QStringLiteral("-wal"));
    h.m_walPending = wal.exists() && wal.size() > 0;
    if (h.m_walPending) {
        if (auto page = committedPageOne(wal.filePath())) {
            h.m_header = *page;
            h.m_fromWal = true;
        }
    }
    if (h.m_header.size() < kHeaderSize) {
        h.m_header.resize(kHeaderSize, '\0'); // a short file: isSqlite() says no
    }
    return h;
}

bool SqliteFileHeader::isSqlite() const
{
    return m_header.startsWith(QByteArray("SQLite format 3\0", 16));
}

int SqliteFileHeader::applicationId() const
{
    return static_cast<int>(bigEndian32(m_header.constData() + 68));
}

int SqliteFileHeader::userVersion() const
{
    return static_cast<int>(bigEndian32(m_header.constData() + 60));
}

int SqliteFileHeader::writeVersion() const
{
    return quint8(m_header.at(18));
}

quint32 SqliteFileHeader::pageSize() const
{
    const quint32 size = (quint32(quint8(m_header.at(16))) << 8) | quint32(quint8(m_header.at(17)));
    return size == 1 ? 65536 : size;
}

std::optional<quint32> SqliteFileHeader::pageCount() const
{
    // Trusted only when the "version-valid-for" number matches the change counter.
    if (bigEndian32(m_header.constData() + 24) != bigEndian32(m_header.constData() + 92)) {
        return std::nullopt;
    }
    const quint32 pages = bigEndian32(m_header.constData() + 28);
    return pages > 0 ? std::optional<quint32>(pages) : std::nullopt;
}

} // namespace osiedle::core
