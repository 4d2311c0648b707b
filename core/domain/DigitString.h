#pragma once

#include <QString>
#include <QStringView>

#include <span>

namespace osiedle::core {

/// Helpers shared by the identifier value types (NIP, REGON, KRS, postal code): what people
/// type around the digits, and weighted digit sums for check digits. Pure, thread-safe.
namespace digits {

/// The text without spaces (also non-breaking) and hyphens: "856-734-62 15" → "8567346215".
QString withoutSeparators(QStringView text);

/// True when the text is non-empty and has only the ASCII digits 0–9.
bool isAsciiDigits(QStringView text);

/// Σ digitᵢ · weightᵢ over the first weights.size() digits (the text must be long enough and
/// all ASCII digits).
int weightedSum(QStringView text, std::span<const int> weights);

/// The value of the ASCII digit at index i.
inline int at(QStringView text, qsizetype i)
{
    return text.at(i).unicode() - u'0';
}

} // namespace digits

} // namespace osiedle::core
