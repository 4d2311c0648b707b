#pragma once

#include "core/indicators/IndicatorReport.h"

#include <QByteArray>
#include <QCoreApplication>

namespace osiedle::core {

/// The indicator table as CSV for spreadsheets used in Polish offices: UTF-8 with a byte-order
/// mark, fields separated by ';', decimal comma, one header line (translated) and one line per
/// indicator. Columns: code; objective; indicator; unit; kind; target O/K/M; in the period
/// O/K/M; cumulative O/K/M; % of target. Money is in złoty with two decimals ("1234,56");
/// cells that do not apply are empty. A locked period gets the columns of lockHeader().
class IndicatorReportCsv {
    Q_DECLARE_TR_FUNCTIONS(IndicatorReportCsv)

public:
    static QByteArray toBytes(const IndicatorReport& report);
    /// The translated column titles of the indicator table and of the flow table (also used by
    /// IndicatorReportXlsx).
    static QStringList indicatorHeader();
    static QStringList flowHeader();

    /// For a locked period (report.lock), the columns added after "% of target": the values the
    /// data gives now (target, in the period, cumulative, each O/K/M, and % of target) and the
    /// differences now − locked (in the period and cumulative, O/K/M).
    static QStringList lockHeader();
    /// The numbers of those columns except "% of target" (15 cells: now target O/K/M, now period,
    /// now cumulative, difference period, difference cumulative); `locked` or `now` may be
    /// missing (an indicator added or gone since the period was locked).
    static QList<std::optional<qint64>> lockCells(const IndicatorReport::Row* locked, const IndicatorReport::Row* now);
    /// The rows of a locked period's table: each locked row with its now-row, then the rows
    /// added since it was locked; for an open period each row with none.
    static QList<std::pair<const IndicatorReport::Row*, const IndicatorReport::Row*>>
    lockRows(const IndicatorReport& report);
};

} // namespace osiedle::core
