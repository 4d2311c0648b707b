#pragma once

#include "core/indicators/IndicatorReport.h"

#include <QByteArray>
#include <QCoreApplication>

namespace osiedle::core {

/// The indicator table as CSV for spreadsheets used in Polish offices: UTF-8 with a byte-order
/// mark, fields separated by ';', decimal comma, one header line (translated) and one line per
/// indicator. Columns: code; objective; indicator; unit; kind; target O/K/M; in the period
/// O/K/M; cumulative O/K/M; % of target. Money is in złoty with two decimals ("1234,56");
/// cells that do not apply are empty.
class IndicatorReportCsv {
    Q_DECLARE_TR_FUNCTIONS(IndicatorReportCsv)

public:
    static QByteArray toBytes(const IndicatorReport& report);
    /// The translated column titles of the indicator table and of the flow table (also used by
    /// IndicatorReportXlsx).
    static QStringList indicatorHeader();
    static QStringList flowHeader();
};

} // namespace osiedle::core
