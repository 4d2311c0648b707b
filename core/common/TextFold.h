#pragma once

#include <QString>

namespace osiedle::core {

/// Folds text for search: lower case, Polish diacritics removed ("Łódź" → "lodz"), so that a
/// user who types without Polish letters still finds what they mean. Pure, thread-safe.
QString foldForSearch(const QString& text);

} // namespace osiedle::core
