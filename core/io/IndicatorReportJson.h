#pragma once

#include "core/indicators/IndicatorReport.h"

#include <QByteArray>
#include <QJsonObject>

namespace osiedle::core {

/// The indicator report as JSON, in the stable shape documented in README.md:
/// \code
/// {"project": {"programme", "priority", "measure", "region", "contract_number", "title",
///              "beneficiary", "start", "end"},
///  "period": {"from": "YYYY-MM-DD", "to": "YYYY-MM-DD"},
///  "indicators": [{"code", "name", "unit", "kind": "product"|"result", "money": bool,
///                  "target": {"total", "women", "men"}, "period": {...}, "cumulative": {...},
///                  "percent_of_target": number with one decimal | null}],
///  "data_quality": [{"participant_id", "first_name", "last_name", "participation_start",
///                    "missing": ["education", "consent", ...]}]}
/// \endcode
/// Cells are integers (money in grosze); "women" and "men" are null where the indicator is not
/// split by sex, and any part of "target" is null when there is none.
/// For a locked period the indicator values are those locked; each indicator also has "now"
/// ({"target", "period", "cumulative", "percent_of_target"} as the data gives them now, null
/// when the indicator is gone) and "changed", and the report has "lock": {"locked_on",
/// "changed", "differences": [{"table": "indicators"|"flow", "code", "name", "column":
/// "period.women"|..., "locked", "now", "difference"}], "added_indicators": [...]}.
class IndicatorReportJson {
public:
    static QJsonObject toJson(const IndicatorReport& report);
    /// UTF-8, indented, ending with a newline.
    static QByteArray toBytes(const IndicatorReport& report);
};

} // namespace osiedle::core
