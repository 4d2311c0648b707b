#pragma once

#include "core/domain/Money.h"

#include <QDate>

namespace osiedle::core {

/// The range of values the program stores, far beyond anything real, so that a typing error or
/// a broken import ("0001-01-01", an amount of 10¹⁵ zł) is refused instead of upsetting every
/// report. Sums cannot overflow: with at most maxAmount (10⁹ grosze) per entry, 64-bit sums
/// hold nine billion entries. The README lists them.
struct ValueLimits {
    /// The largest amount of one entry: 10 000 000,00 zł (a whole project is a few million).
    static constexpr Money maxAmount = Money::fromZloty(10'000'000);
    /// The earliest and latest dates stored (birth dates included).
    static QDate earliestDate() { return QDate(1900, 1, 1); }
    static QDate latestDate() { return QDate(2099, 12, 31); }
    static bool dateInRange(const QDate& date) { return date >= earliestDate() && date <= latestDate(); }
};

} // namespace osiedle::core
