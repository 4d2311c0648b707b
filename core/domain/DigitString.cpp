#include "core/domain/DigitString.h"

namespace osiedle::core::digits {

QString withoutSeparators(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c != QLatin1Char(' ') && c != QLatin1Char('-') && c != QChar(0x00A0) && c != QChar(0x202F)) {
            result.append(c);
        }
    }
    return result;
}

bool isAsciiDigits(QStringView text)
{
    if (text.isEmpty()) {
        return false;
    }
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return false;
        }
    }
    return true;
}

int weightedSum(QStringView text, std::span<const int> weights)
{
    int sum = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
        sum += at(text, static_cast<qsizetype>(i)) * weights[i];
    }
    return sum;
}

} // namespace osiedle::core::digits
