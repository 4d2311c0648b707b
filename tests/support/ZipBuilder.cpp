#include "support/ZipBuilder.h"

namespace osiedle::test {

namespace {

quint32 crc32(const QByteArray& data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k) {
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
    }
    return ~crc;
}

void put16(QByteArray& out, quint16 v)
{
    out.append(char(v & 0xff)).append(char(v >> 8));
}

void put32(QByteArray& out, quint32 v)
{
    put16(out, quint16(v & 0xffff));
    put16(out, quint16(v >> 16));
}

} // namespace

void ZipBuilder::add(const QByteArray& name, const QByteArray& data, qint64 claimedSize)
{
    m_entries.append(Entry{name, data, quint32(claimedSize < 0 ? data.size() : claimedSize)});
}

QByteArray ZipBuilder::bytes() const
{
    QByteArray out;
    QByteArray central;
    for (const Entry& e : m_entries) {
        const quint32 offset = quint32(out.size());
        const quint32 crc = crc32(e.data);
        put32(out, 0x04034b50); // local file header
        put16(out, 20);
        put16(out, 0);
        put16(out, 0); // stored
        put16(out, 0);
        put16(out, 0x21);
        put32(out, crc);
        put32(out, quint32(e.data.size()));
        put32(out, e.claimed);
        put16(out, quint16(e.name.size()));
        put16(out, 0);
        out.append(e.name).append(e.data);

        put32(central, 0x02014b50); // central directory entry
        put16(central, 20);
        put16(central, 20);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0x21);
        put32(central, crc);
        put32(central, quint32(e.data.size()));
        put32(central, e.claimed);
        put16(central, quint16(e.name.size()));
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put32(central, 0);
        put32(central, offset);
        central.append(e.name);
    }
    const quint32 centralOffset = quint32(out.size());
    out.append(central);
    put32(out, 0x06054b50); // end of central directory
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(m_entries.size()));
    put16(out, quint16(m_entries.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

} // namespace osiedle::test
