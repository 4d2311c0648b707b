#pragma once

#include "core/common/Result.h"
#include "core/indicators/IndicatorReport.h"

#include <QCoreApplication>

namespace osiedle::core {

/// The indicator table and the participant flow table as an .xlsx workbook (two sheets, the
/// columns of IndicatorReportCsv; amounts as money cells, counts as numbers, empty where a cell
/// does not apply).
class IndicatorReportXlsx {
    Q_DECLARE_TR_FUNCTIONS(IndicatorReportXlsx)

public:
    /// Error: the file cannot be written or this build has no .xlsx support.
    static Status write(const IndicatorReport& report, const QString& path);
};

} // namespace osiedle::core
