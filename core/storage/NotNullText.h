#pragma once

#include <QString>

namespace osiedle::core {

/// Statement binds a null QString as SQL NULL; text columns that are NOT NULL DEFAULT '' get
/// an empty text instead.
inline QString notNullText(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace osiedle::core
