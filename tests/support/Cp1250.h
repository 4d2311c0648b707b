#pragma once

#include <QByteArray>
#include <QString>

namespace osiedle::test {

/// Text as Windows-1250 bytes, for import tests (Polish letters only; the rest as Latin-1).
inline QByteArray toCp1250(const QString& text)
{
    QByteArray out;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'ą': out.append('\xB9'); break;
        case u'ć': out.append('\xE6'); break;
        case u'ę': out.append('\xEA'); break;
        case u'ł': out.append('\xB3'); break;
        case u'Ł': out.append('\xA3'); break;
        case u'ń': out.append('\xF1'); break;
        case u'ó': out.append('\xF3'); break;
        case u'ś': out.append('\x9C'); break;
        case u'Ś': out.append('\x8C'); break;
        case u'ź': out.append('\x9F'); break;
        case u'ż': out.append('\xBF'); break;
        case u'Ż': out.append('\xAF'); break;
        default: out.append(static_cast<char>(c.unicode()));
        }
    }
    return out;
}

} // namespace osiedle::test
