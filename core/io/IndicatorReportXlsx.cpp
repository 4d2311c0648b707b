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
    QStringList header = IndicatorReportCsv::indicatorHeader();
    if (report.lock) {
        header << IndicatorReportCsv::lockHeader();
    }
    xlsx.writeHeader(header);
    auto percent = [](const std::optional<double>& value) {
        return value ? XlsxCell(*value) : XlsxCell(std::monostate{});
    };
    for (const auto& [locked, now] : IndicatorReportCsv::lockRows(report)) {
        // An indicator added since the period was locked has only the "now" columns.
        const IndicatorReport::Row& row = locked != nullptr ? *locked : *now;
        QList<XlsxCell> cells{row.code, row.objective, row.name, row.unit, label(row.kind)};
        if (locked != nullptr) {
            cells << cell(row.target.total, row.money) << cell(row.target.women, row.money)
                  << cell(row.target.men, row.money);
            for (const IndicatorValue* value : {&row.period, &row.cumulative}) {
                cells << cell(value->total, row.money) << cell(value->women, row.money) << cell(value->men, row.money);
            }
            cells << percent(row.percentOfTarget);
        } else {
            for (int i = 0; i < 10; ++i) {
                cells << XlsxCell(std::monostate{});
            }
        }
        if (report.lock) {
            const QList<std::optional<qint64>> values = IndicatorReportCsv::lockCells(locked, now);
            for (qsizetype i = 0; i < values.size(); ++i) {
                cells << cell(values[i], row.money);
                if (i == 8) {
                    cells << percent(now != nullptr ? now->percentOfTarget : std::nullopt);
                }
            }
        }
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
