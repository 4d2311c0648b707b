#include "core/io/IndicatorReportCsv.h"

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

} // namespace

QStringList IndicatorReportCsv::indicatorHeader()
{
    return {
        tr("Code"),         tr("Objective"),    tr("Indicator"),    tr("Unit"),         tr("Kind"),
        tr("Target O"),     tr("Target K"),     tr("Target M"),     tr("In period O"),  tr("In period K"),
        tr("In period M"),  tr("Cumulative O"), tr("Cumulative K"), tr("Cumulative M"), tr("% of target"),
    };
}

QStringList IndicatorReportCsv::flowHeader()
{
    QStringList header{tr("Participants")};
    for (const QString& part :
         {tr("Started"), tr("Continuing"), tr("Ended"), tr("Of whom as planned"), tr("Dropped out")}) {
        header << part + QStringLiteral(" O") << part + QStringLiteral(" K") << part + QStringLiteral(" M");
    }
    return header;
}

QByteArray IndicatorReportCsv::toBytes(const IndicatorReport& report)
{
    QStringList lines{indicatorHeader().join(QLatin1Char(';'))};
    for (const IndicatorReport::Row& row : report.rows) {
        QStringList fields{field(row.code), field(row.objective), field(row.name), field(row.unit),
                           field(label(row.kind))};
        fields << number(row.target.total, row.money) << number(row.target.women, row.money)
               << number(row.target.men, row.money);
        for (const IndicatorValue* value : {&row.period, &row.cumulative}) {
            fields << number(value->total, row.money) << number(value->women, row.money)
                   << number(value->men, row.money);
        }
        fields << (row.percentOfTarget ? QString::number(*row.percentOfTarget, 'f', 1).replace(QLatin1Char('.'),
                                                                                              QLatin1Char(','))
                                       : QString());
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
