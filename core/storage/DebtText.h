#pragma once

#include <QString>

namespace osiedle::core {

/// Text for a NOT NULL DEFAULT '' column of the debt tables: a null QString binds as NULL, so
/// it becomes an empty text.
inline QString debtText(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace osiedle::core
