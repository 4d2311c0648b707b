#include "core/domain/PostalCode.h"

#include "core/domain/DigitString.h"

namespace osiedle::core {

Result<PostalCode> PostalCode::parse(const QString& text)
{
    const QString shown = text.trimmed();
    if (shown.isEmpty()) {
        return Error{tr("Postal code is empty")};
    }
    // one separator, and only between the second and the third digit
    const QString s = digits::withoutSeparators(shown);
    const bool separatorOk = shown.size() == 5 || (shown.size() == 6 && s.size() == 5 && !shown.at(2).isDigit());
    if (!digits::isAsciiDigits(s) || s.size() != 5 || !separatorOk) {
        return Error{tr("Postal code %1: write it as two digits, a hyphen and three digits (NN-NNN)").arg(shown)};
    }
    return PostalCode(s);
}

} // namespace osiedle::core
