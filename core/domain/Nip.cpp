#include "core/domain/Nip.h"

#include "core/domain/DigitString.h"

#include <array>

namespace osiedle::core {

Result<Nip> Nip::parse(const QString& text)
{
    const QString shown = text.trimmed();
    if (shown.isEmpty()) {
        return Error{tr("NIP is empty")};
    }
    QString s = shown;
    if (s.startsWith(QLatin1String("PL"), Qt::CaseInsensitive)) {
        s.remove(0, 2);
    }
    s = digits::withoutSeparators(s);
    if (!digits::isAsciiDigits(s)) {
        return Error{tr("NIP %1: only digits are allowed").arg(shown)};
    }
    if (s.size() != 10) {
        return Error{tr("NIP %1: must have 10 digits, has %2").arg(shown).arg(s.size())};
    }
    static constexpr std::array<int, 9> weights = {6, 5, 7, 2, 3, 4, 5, 6, 7};
    const int remainder = digits::weightedSum(s, weights) % 11;
    if (remainder == 10 || remainder != digits::at(s, 9)) {
        return Error{tr("NIP %1: wrong check digit").arg(shown)};
    }
    return Nip(s);
}

QString Nip::text() const
{
    return QStringLiteral("%1-%2-%3-%4")
        .arg(m_digits.left(3), m_digits.mid(3, 3), m_digits.mid(6, 2), m_digits.mid(8, 2));
}

} // namespace osiedle::core
