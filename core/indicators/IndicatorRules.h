#pragma once

#include "core/indicators/IndicatorValue.h"

#include <QDate>
#include <QString>

#include <functional>
#include <vector>

namespace osiedle::core {

class Database;

/// How one indicator is computed from the data: its cumulative value as of a day (counted from
/// the project start, both ends inclusive). Everything else of the report (period value,
/// % of target) follows from it in IndicatorCalculator, so the counting rules of DOMAIN.md
/// hold for every indicator by construction.
struct IndicatorRule {
    QString code;
    bool splitBySex = false;
    /// One SQL query over indexed columns; throws StorageError.
    std::function<IndicatorValue(Database& db, const QDate& asOf)> cumulativeAt;
};

/// The indicators this version computes. Adding an indicator = adding one function and one
/// line to the list in IndicatorRules.cpp.
class IndicatorRules {
public:
    static const std::vector<IndicatorRule>& all();
    /// nullptr for a code without a rule.
    static const IndicatorRule* find(const QString& code);
    /// The rule of an indicator whose values the office types per reporting period
    /// (indicator.manual = 1): the sum of the values of the periods ending on or before the day.
    static IndicatorRule manual(const QString& code, bool splitBySex);
};

} // namespace osiedle::core
