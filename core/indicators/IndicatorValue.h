#pragma once

#include <QtGlobal>
#include <optional>

namespace osiedle::core {

/// One O/K/M cell of the indicator table: the total (ogółem) and, for indicators counted by
/// sex, women (kobiety) and men (mężczyźni). Amounts are grosze. For split indicators
/// women + men == total always holds (the calculator counts only persons whose sex is known).
struct IndicatorValue {
    qint64 total = 0;
    std::optional<qint64> women;
    std::optional<qint64> men;

    static IndicatorValue count(qint64 all) { return {all, std::nullopt, std::nullopt}; }
    static IndicatorValue bySex(qint64 female, qint64 male) { return {female + male, female, male}; }

    bool isSplit() const { return women.has_value() && men.has_value(); }

    /// Cell by cell; a side that is not split stays unsplit.
    IndicatorValue operator-(const IndicatorValue& other) const
    {
        IndicatorValue result{total - other.total, std::nullopt, std::nullopt};
        if (women && other.women) {
            result.women = *women - *other.women;
        }
        if (men && other.men) {
            result.men = *men - *other.men;
        }
        return result;
    }
    IndicatorValue operator+(const IndicatorValue& other) const
    {
        IndicatorValue result{total + other.total, std::nullopt, std::nullopt};
        if (women && other.women) {
            result.women = *women + *other.women;
        }
        if (men && other.men) {
            result.men = *men + *other.men;
        }
        return result;
    }
    friend bool operator==(const IndicatorValue&, const IndicatorValue&) = default;
};

/// The target of an indicator (all parts optional: money indicators usually have none).
struct IndicatorTarget {
    std::optional<qint64> total;
    std::optional<qint64> women;
    std::optional<qint64> men;

    friend bool operator==(const IndicatorTarget&, const IndicatorTarget&) = default;
};

} // namespace osiedle::core
