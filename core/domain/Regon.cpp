#include "core/domain/Regon.h"

#include "core/domain/DigitString.h"

#include <array>

namespace osiedle::core {

namespace {

constexpr std::array<int, 8> kWeights9 = {8, 9, 2, 3, 4, 5, 6, 7};
constexpr std::array<int, 13> kWeights14 = {2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8};

bool checkDigitMatches(QStringView s, std::span<const int> weights)
{
    return digits::weightedSum(s, weights) % 11 % 10 == digits::at(s, static_cast<qsizetype>(weights.size()));
}

} // namespace

Result<Regon> Regon::parse(const QString& text)
{
    const QString shown = text.trimmed();
    if (shown.isEmpty()) {
        return Error{tr("REGON is empty")};
    }
    const QString s = digits::withoutSeparators(shown);
    if (!digits::isAsciiDigits(s)) {
        return Error{tr("REGON %1: only digits are allowed").arg(shown)};
    }
    if (s.size() != 9 && s.size() != 14) {
        return Error{tr("REGON %1: must have 9 or 14 digits, has %2").arg(shown).arg(s.size())};
    }
    if (s.size() == 14 && !checkDigitMatches(QStringView(s).left(9), kWeights9)) {
        return Error{tr("REGON %1: its first 9 digits are not a valid REGON").arg(shown)};
    }
    if (!checkDigitMatches(s, s.size() == 9 ? std::span<const int>(kWeights9) : std::span<const int>(kWeights14))) {
        return Error{tr("REGON %1: wrong check digit").arg(shown)};
    }
    return Regon(s);
}

} // namespace osiedle::core
