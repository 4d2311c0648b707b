#include "core/io/IndicatorReportCsv.h"

#include "core/common/DisplayFormat.h"
#include "core/io/CsvWriter.h"

#include <QStringList>

namespace osiedle::core {

namespace {

QString field(const QString& text)
{
    return CsvWriter::quote(text);
}

QString number(const std::optional<qint64>& value, bool money)
{
    if (!value) {
        return {};
    }
    if (!money) {
        return QString::number(*value);
    }
    const qint64 magnitude = *value < 0 ? -*value : *value;
    return QStringLiteral("%1%2,%3")
        .arg(*value < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

/// The three columns of a figure: "Target T", "Target W", "Target M" (Polish: O, K, M).
QStringList bySex(const QString& part)
{
    return {part + QLatin1Char(' ') + shown::totalColumn(), part + QLatin1Char(' ') + shown::womenColumn(),
            part + QLatin1Char(' ') + shown::menColumn()};
}

} // namespace

QStringList IndicatorReportCsv::indicatorHeader()
{
    QStringList header{tr("Code"), tr("Objective"), tr("Indicator"), tr("Unit"), tr("Kind")};
    for (const QString& part : {tr("Target"), tr("In period"), tr("Cumulative")}) {
        header << bySex(part);
    }
    header << tr("% of target");
    return header;
}

QStringList IndicatorReportCsv::flowHeader()
{
    QStringList header{tr("Participants")};
    for (const QString& part :
         {tr("Started"), tr("Continuing"), tr("Ended"), tr("Of whom as planned"), tr("Dropped out")}) {
        header << bySex(part);
    }
    return header;
}

QStringList IndicatorReportCsv::lockHeader()
{
    QStringList header;
    for (const QString& part : {tr("Now: target"), tr("Now: in period"), tr("Now: cumulative")}) {
        header << bySex(part);
    }
    header << tr("Now: % of target");
    for (const QString& part : {tr("Difference in period"), tr("Difference cumulative")}) {
        header << bySex(part);
    }
    return header;
}

QList<std::optional<qint64>> IndicatorReportCsv::lockCells(const IndicatorReport::Row* locked,
                                                           const IndicatorReport::Row* now)
{
    QList<std::optional<qint64>> cells;
    if (now != nullptr) {
        cells << now->target.total << now->target.women << now->target.men;
        for (const IndicatorValue* value : {&now->period, &now->cumulative}) {
            cells << value->total << value->women << value->men;
        }
    } else {
        cells.resize(9);
    }
    auto difference = [](const std::optional<qint64>& was, const std::optional<qint64>& is) {
        return was && is ? std::optional<qint64>(*is - *was) : std::nullopt;
    };
    for (const auto part : {&IndicatorReport::Row::period, &IndicatorReport::Row::cumulative}) {
        const IndicatorValue was = locked != nullptr ? locked->*part : IndicatorValue{};
        const IndicatorValue is = now != nullptr ? now->*part : IndicatorValue{};
        const bool both = locked != nullptr && now != nullptr;
        cells << (both ? std::optional<qint64>(is.total - was.total) : std::nullopt) << difference(was.women, is.women)
              << difference(was.men, is.men);
    }
    return cells;
}

QList<std::pair<const IndicatorReport::Row*, const IndicatorReport::Row*>>
IndicatorReportCsv::lockRows(const IndicatorReport& report)
{
    QList<std::pair<const IndicatorReport::Row*, const IndicatorReport::Row*>> rows;
    for (qsizetype i = 0; i < report.rows.size(); ++i) {
        const IndicatorReport::Row* now = nullptr;
        if (report.lock && i < report.lock->now.size() && report.lock->now[i]) {
            now = &*report.lock->now[i];
        }
        rows.append(std::pair{&report.rows[i], now});
    }
    if (report.lock) {
        for (const IndicatorReport::Row& row : report.lock->added) {
            rows.append(std::pair<const IndicatorReport::Row*, const IndicatorReport::Row*>{nullptr, &row});
        }
    }
    return rows;
}

QByteArray IndicatorReportCsv::toBytes(const IndicatorReport& report)
{
    auto percent = [](const std::optional<double>& value) {
        return value ? QString::number(*value, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(',')) : QString();
    };
    QStringList header = indicatorHeader();
    if (report.lock) {
        header << lockHeader();
    }
    QStringList lines{header.join(QLatin1Char(';'))};
    for (const auto& [locked, now] : lockRows(report)) {
        // An indicator added since the period was locked has only the "now" columns.
        const IndicatorReport::Row& row = locked != nullptr ? *locked : *now;
        QStringList fields{field(row.code), field(row.objective), field(row.name), field(row.unit),
                           field(label(row.kind))};
        if (locked != nullptr) {
            fields << number(row.target.total, row.money) << number(row.target.women, row.money)
                   << number(row.target.men, row.money);
            for (const IndicatorValue* value : {&row.period, &row.cumulative}) {
                fields << number(value->total, row.money) << number(value->women, row.money)
                       << number(value->men, row.money);
            }
            fields << percent(row.percentOfTarget);
        } else {
            for (int i = 0; i < 10; ++i) {
                fields << QString();
            }
        }
        if (report.lock) {
            const QList<std::optional<qint64>> cells = lockCells(locked, now);
            for (qsizetype i = 0; i < cells.size(); ++i) {
                fields << number(cells[i], row.money);
                if (i == 8) {
                    fields << percent(now != nullptr ? now->percentOfTarget : std::nullopt);
                }
            }
        }
        lines << fields.join(QLatin1Char(';'));
    }
    if (!report.flow.isEmpty()) {
        // The participant flow table follows after an empty line, with its own header.
        lines << QString();
        lines << flowHeader().join(QLatin1Char(';'));
        for (const FlowRow& row : report.flow) {
            QStringList fields{field(row.label)};
            for (const IndicatorValue* value :
                 {&row.started, &row.continuing, &row.ended, &row.endedAsPlanned, &row.droppedOut}) {
                fields << number(value->total, false) << number(value->women, false) << number(value->men, false);
            }
            lines << fields.join(QLatin1Char(';'));
        }
    }
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

} // namespace osiedle::core
