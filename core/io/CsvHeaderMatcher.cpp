#include "core/io/CsvHeaderMatcher.h"

#include "core/common/TextFold.h"

namespace osiedle::core {

QString CsvHeaderMatcher::normalise(const QString& title)
{
    const QString folded = foldForSearch(title);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            out.append(c);
        }
    }
    return out;
}

void CsvHeaderMatcher::addField(const QString& key, const QStringList& aliases)
{
    if (!m_keys.contains(key)) {
        m_keys.append(key);
    }
    m_byTitle.insert(normalise(key), key);
    for (const QString& alias : aliases) {
        m_byTitle.insert(normalise(alias), key);
    }
}

QString CsvHeaderMatcher::fieldFor(const QString& title) const
{
    return m_byTitle.value(normalise(title));
}

CsvHeaderMatcher::Match CsvHeaderMatcher::match(const QStringList& header) const
{
    Match result;
    for (int column = 0; column < header.size(); ++column) {
        const QString key = fieldFor(header.at(column));
        if (key.isEmpty()) {
            result.unknownColumns.append(column);
        } else if (result.columnOf.contains(key)) {
            result.duplicateColumns.append(column);
        } else {
            result.columnOf.insert(key, column);
        }
    }
    return result;
}

} // namespace osiedle::core
