#pragma once

#include <QString>

namespace osiedle::core {

/// Statement binds a null QString as NULL; the training tables keep "not given" text as ''
/// (NOT NULL DEFAULT ''), so their repositories bind text through this.
inline QString nonNullText(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace osiedle::core
