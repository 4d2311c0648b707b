#include "core/io/IndicatorReportXlsx.h"

#include "core/io/IndicatorReportCsv.h"
#include "core/io/XlsxWriter.h"

namespace osiedle::core {

namespace {

XlsxCell cell(const std::optional<qint64>& value, bool money)
{
    if (!value) {
        return std::monostate{};
    }
    if (money) {
        return Money::fromGrosze(*value);
    }
    return *value;
}

} // namespace

Status IndicatorReportXlsx::write(const IndicatorReport& report, const QString& path)
{
    XlsxWriter xlsx(path);
    xlsx.addSheet(tr("Indicators"));
    xlsx.writeHeader(IndicatorReportCsv::indicatorHeader());
    for (const IndicatorReport::Row& row : report.rows) {
        QList<XlsxCell> cells{row.code, row.objective, row.name, row.unit, label(row.kind)};
        cells << cell(row.target.total, row.money) << cell(row.target.women, row.money)
              << cell(row.target.men, row.money);
        for (const IndicatorValue* value : {&row.period, &row.cumulative}) {
            cells << cell(value->total, row.money) << cell(value->women, row.money) << cell(value->men, row.money);
        }
        cells << (row.percentOfTarget ? XlsxCell(*row.percentOfTarget) : XlsxCell(std::monostate{}));
        xlsx.writeRow(cells);
    }
    xlsx.addSheet(tr("Participant flow"));
    xlsx.writeHeader(IndicatorReportCsv::flowHeader());
    for (const FlowRow& row : report.flow) {
        QList<XlsxCell> cells{row.label};
        for (const IndicatorValue* value :
             {&row.started, &row.continuing, &row.ended, &row.endedAsPlanned, &row.droppedOut}) {
            cells << cell(value->total, false) << cell(value->women, false) << cell(value->men, false);
        }
        xlsx.writeRow(cells);
    }
    return xlsx.finish();
}

} // namespace osiedle::core
