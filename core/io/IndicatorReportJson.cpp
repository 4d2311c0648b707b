#include "core/io/IndicatorReportJson.h"

#include "core/indicators/IndicatorCalculator.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace osiedle::core {

namespace {

QJsonValue optional(const std::optional<qint64>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue isoDate(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject cells(const IndicatorValue& value)
{
    return {{QStringLiteral("total"), value.total},
            {QStringLiteral("women"), optional(value.women)},
            {QStringLiteral("men"), optional(value.men)}};
}

QJsonObject cells(const IndicatorTarget& target)
{
    return {{QStringLiteral("total"), optional(target.total)},
            {QStringLiteral("women"), optional(target.women)},
            {QStringLiteral("men"), optional(target.men)}};
}

} // namespace

QJsonObject IndicatorReportJson::toJson(const IndicatorReport& report)
{
    const IndicatorReport::Project& p = report.project;
    const QJsonObject project{
        {QStringLiteral("programme"), p.programme},     {QStringLiteral("priority"), p.priority},
        {QStringLiteral("measure"), p.measure},         {QStringLiteral("region"), p.region},
        {QStringLiteral("contract_number"), p.contractNumber}, {QStringLiteral("title"), p.title},
        {QStringLiteral("beneficiary"), p.beneficiary}, {QStringLiteral("start"), isoDate(p.start)},
        {QStringLiteral("end"), isoDate(p.end)},
    };
    const QJsonObject period{{QStringLiteral("from"), isoDate(report.period.from)},
                             {QStringLiteral("to"), isoDate(report.period.to)}};
    QJsonArray indicators;
    for (const IndicatorReport::Row& row : report.rows) {
        indicators.append(QJsonObject{
            {QStringLiteral("code"), row.code},
            {QStringLiteral("name"), row.name},
            {QStringLiteral("unit"), row.unit},
            {QStringLiteral("kind"), key(row.kind)},
            {QStringLiteral("money"), row.money},
            {QStringLiteral("target"), cells(row.target)},
            {QStringLiteral("period"), cells(row.period)},
            {QStringLiteral("cumulative"), cells(row.cumulative)},
            {QStringLiteral("percent_of_target"),
             row.percentOfTarget ? QJsonValue(*row.percentOfTarget) : QJsonValue(QJsonValue::Null)},
        });
    }
    QJsonArray dataQuality;
    for (const IndicatorReport::MissingData& item : report.dataQuality) {
        dataQuality.append(QJsonObject{
            {QStringLiteral("participant_id"), item.participantId},
            {QStringLiteral("first_name"), item.firstName},
            {QStringLiteral("last_name"), item.lastName},
            {QStringLiteral("participation_start"), isoDate(item.participationStart)},
            {QStringLiteral("missing"), QJsonArray::fromStringList(IndicatorCalculator::missingDataKeys(item.missingMask))},
        });
    }
    QJsonArray flow;
    for (const FlowRow& row : report.flow) {
        flow.append(QJsonObject{
            {QStringLiteral("group"), row.group},
            {QStringLiteral("key"), row.key},
            {QStringLiteral("started"), cells(row.started)},
            {QStringLiteral("continuing"), cells(row.continuing)},
            {QStringLiteral("ended"), cells(row.ended)},
            {QStringLiteral("ended_as_planned"), cells(row.endedAsPlanned)},
            {QStringLiteral("dropped_out"), cells(row.droppedOut)},
        });
    }
    return {{QStringLiteral("project"), project},
            {QStringLiteral("period"), period},
            {QStringLiteral("indicators"), indicators},
            {QStringLiteral("data_quality"), dataQuality},
            {QStringLiteral("flow"), flow}};
}

QByteArray IndicatorReportJson::toBytes(const IndicatorReport& report)
{
    return QJsonDocument(toJson(report)).toJson(QJsonDocument::Indented);
}

} // namespace osiedle::core
