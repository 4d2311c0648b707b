#include "core/domain/KrsNumber.h"

#include "core/domain/DigitString.h"

namespace osiedle::core {

Result<KrsNumber> KrsNumber::parse(const QString& text)
{
    const QString shown = text.trimmed();
    if (shown.isEmpty()) {
        return Error{tr("KRS number is empty")};
    }
    QString s = shown;
    if (s.startsWith(QLatin1String("KRS"), Qt::CaseInsensitive)) {
        s.remove(0, 3);
    }
    s = digits::withoutSeparators(s);
    if (!digits::isAsciiDigits(s)) {
        return Error{tr("KRS number %1: only digits are allowed").arg(shown)};
    }
    if (s.size() > 10) {
        return Error{tr("KRS number %1: has %2 digits, at most 10 are allowed").arg(shown).arg(s.size())};
    }
    if (s.count(QLatin1Char('0')) == s.size()) {
        return Error{tr("KRS number %1: zero is not a register number").arg(shown)};
    }
    return KrsNumber(s.rightJustified(10, QLatin1Char('0')));
}

} // namespace osiedle::core
