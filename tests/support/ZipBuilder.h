#pragma once

#include <QByteArray>
#include <QList>

namespace osiedle::test {

/// Builds a ZIP archive by hand (stored entries), for tests of the .xlsx reader: it can also
/// claim an unpacked size other than the real one, as a "zip bomb" does.
class ZipBuilder {
public:
    /// Adds an entry; `claimedSize` (when not negative) is written as its unpacked size.
    void add(const QByteArray& name, const QByteArray& data, qint64 claimedSize = -1);
    QByteArray bytes() const;

private:
    struct Entry {
        QByteArray name;
        QByteArray data;
        quint32 claimed;
    };
    QList<Entry> m_entries;
};

} // namespace osiedle::test
