#pragma once

#include <QString>

namespace osiedle::test {

/// A readable line diff of two texts for a failing comparison: "-" lines only in `expected`,
/// "+" lines only in `actual`, each with its line number, at most `maxLines` of them (then
/// "…"). Empty when the texts are equal line by line.
QString lineDiff(const QString& expected, const QString& actual, int maxLines = 40);

} // namespace osiedle::test
