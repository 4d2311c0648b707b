#include "core/common/TextFold.h"

namespace osiedle::core {

QString foldForSearch(const QString& text)
{
    QString out;
    out.reserve(text.size());
    // Fast path for plain ASCII; decomposition only for the rest.
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            out.append(QChar(u >= 'A' && u <= 'Z' ? u + 32 : u));
            continue;
        }
        if (u == u'ł' || u == u'Ł') { // ł does not decompose in Unicode
            out.append(QLatin1Char('l'));
            continue;
        }
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
        for (const QChar d : decomposed) {
            if (d.category() != QChar::Mark_NonSpacing) {
                out.append(d.toLower());
            }
        }
    }
    return out;
}

} // namespace osiedle::core
