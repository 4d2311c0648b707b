#pragma once

#include <QString>

namespace osiedle::core {

/// UTF-8 bytes as text, every character kept: QString::fromUtf8 drops a leading U+FEFF (taking
/// it for a byte-order mark), which would cut it from a stored name that starts with one.
inline QString utf8Text(const char* data, qsizetype size)
{
    if (size >= 3 && data[0] == '\xEF' && data[1] == '\xBB' && data[2] == '\xBF') {
        return QChar(0xFEFF) + QString::fromUtf8(data + 3, size - 3);
    }
    return QString::fromUtf8(data, size);
}

} // namespace osiedle::core
