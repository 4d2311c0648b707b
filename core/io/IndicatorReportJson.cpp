#include "core/io/IndicatorReportJson.h"

#include "core/indicators/DataProblems.h"
#include "core/indicators/IndicatorCalculator.h"
#include "core/indicators/LockedReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

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

QJsonObject rowValues(const IndicatorReport::Row& row)
{
    return {{QStringLiteral("target"), cells(row.target)},
            {QStringLiteral("period"), cells(row.period)},
            {QStringLiteral("cumulative"), cells(row.cumulative)},
            {QStringLiteral("percent_of_target"),
             row.percentOfTarget ? QJsonValue(*row.percentOfTarget) : QJsonValue(QJsonValue::Null)}};
}

// A locked period: each indicator gets "now" (what the data gives now; null when it is gone)
// and "changed"; the report gets "lock" with every differing cell.
void addLock(QJsonObject& root, const IndicatorReport& report)
{
    const IndicatorReport::Lock& lock = *report.lock;
    const QList<LockDifference> differences = LockedReport::differences(report);
    QJsonArray indicators = root.value(QStringLiteral("indicators")).toArray();
    for (qsizetype i = 0; i < indicators.size() && i < lock.now.size(); ++i) {
        QJsonObject indicator = indicators[i].toObject();
        indicator.insert(QStringLiteral("now"),
                         lock.now[i] ? QJsonValue(rowValues(*lock.now[i])) : QJsonValue(QJsonValue::Null));
        indicator.insert(QStringLiteral("changed"),
                         std::any_of(differences.begin(), differences.end(),
                                     [i](const LockDifference& d) { return !d.flow && d.row == int(i); }));
        indicators[i] = indicator;
    }
    root.insert(QStringLiteral("indicators"), indicators);
    QJsonArray added;
    for (const IndicatorReport::Row& row : lock.added) {
        QJsonObject indicator = rowValues(row);
        indicator.insert(QStringLiteral("code"), row.code);
        indicator.insert(QStringLiteral("name"), row.name);
        added.append(indicator);
    }
    QJsonArray changes;
    for (const LockDifference& d : differences) {
        changes.append(QJsonObject{
            {QStringLiteral("table"), d.flow ? QStringLiteral("flow") : QStringLiteral("indicators")},
            {QStringLiteral("code"), d.code},
            {QStringLiteral("name"), d.name},
            {QStringLiteral("column"), d.columnKey()},
            {QStringLiteral("locked"), optional(d.locked)},
            {QStringLiteral("now"), optional(d.now)},
            {QStringLiteral("difference"), optional(d.difference())},
        });
    }
    QJsonArray quality;
    for (const LockQualityChange& change : LockedReport::qualityChanges(report)) {
        quality.append(QJsonObject{
            {QStringLiteral("participant_id"), change.participantId},
            {QStringLiteral("name"), change.name},
            {QStringLiteral("missing_then"),
             QJsonArray::fromStringList(IndicatorCalculator::missingDataKeys(change.maskThen))},
            {QStringLiteral("missing_now"),
             QJsonArray::fromStringList(IndicatorCalculator::missingDataKeys(change.maskNow))},
        });
    }
    root.insert(QStringLiteral("lock"), QJsonObject{{QStringLiteral("locked_on"), lock.lockedOn.toString(Qt::ISODate)},
                                                    {QStringLiteral("changed"), !differences.isEmpty()},
                                                    {QStringLiteral("differences"), changes},
                                                    {QStringLiteral("added_indicators"), added},
                                                    {QStringLiteral("data_quality_changes"), quality}});
}

// A data problem: {"problem", "record", "id", "name", "date"} dated before the project;
// {"problem", "participant_id", "name", "declared_start", "participation_start"} for a start that
// does not match the support recorded; {"problem", "participant_id", "name", "participation_end"}
// for an end without its outcome; {"problem", "participant_id", "name", "recruited_on"} for a
// person without a consent recorded; {"problem", "participant_id", "name", "consent_withdrawn_on"}
// for a consent withdrawn.
QJsonObject dataProblemJson(const IndicatorReport::DataProblem& item)
{
    using Kind = IndicatorReport::DataProblem::Kind;
    QJsonObject json{{QStringLiteral("problem"), DataProblems::kindKey(item.kind)}};
    switch (item.kind) {
    case Kind::BeforeProject:
        json.insert(QStringLiteral("record"), item.record);
        json.insert(QStringLiteral("id"), item.recordId);
        json.insert(QStringLiteral("name"), item.name);
        json.insert(QStringLiteral("date"), isoDate(item.date));
        break;
    case Kind::StartMismatch:
        json.insert(QStringLiteral("participant_id"), item.recordId);
        json.insert(QStringLiteral("name"), item.name);
        json.insert(QStringLiteral("declared_start"), isoDate(item.date));
        json.insert(QStringLiteral("participation_start"), isoDate(item.recordedStart));
        break;
    case Kind::EndWithoutReason:
        json.insert(QStringLiteral("participant_id"), item.recordId);
        json.insert(QStringLiteral("name"), item.name);
        json.insert(QStringLiteral("participation_end"), isoDate(item.date));
        break;
    case Kind::NoConsent:
        json.insert(QStringLiteral("participant_id"), item.recordId);
        json.insert(QStringLiteral("name"), item.name);
        json.insert(QStringLiteral("recruited_on"), isoDate(item.date));
        break;
    case Kind::ConsentWithdrawn:
        json.insert(QStringLiteral("participant_id"), item.recordId);
        json.insert(QStringLiteral("name"), item.name);
        json.insert(QStringLiteral("consent_withdrawn_on"), isoDate(item.date));
        break;
    }
    return json;
}

} // namespace

QJsonObject IndicatorReportJson::toJson(const IndicatorReport& report)
{
    const IndicatorReport::Project& p = report.project;
    const QJsonObject project{
        {QStringLiteral("programme"), p.programme},
        {QStringLiteral("priority"), p.priority},
        {QStringLiteral("measure"), p.measure},
        {QStringLiteral("region"), p.region},
        {QStringLiteral("contract_number"), p.contractNumber},
        {QStringLiteral("title"), p.title},
        {QStringLiteral("beneficiary"), p.beneficiary},
        {QStringLiteral("start"), isoDate(p.start)},
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
            {QStringLiteral("problem"), QStringLiteral("missing_data")},
            {QStringLiteral("participant_id"), item.participantId},
            {QStringLiteral("first_name"), item.firstName},
            {QStringLiteral("last_name"), item.lastName},
            {QStringLiteral("participation_start"), isoDate(item.participationStart)},
            {QStringLiteral("missing"),
             QJsonArray::fromStringList(IndicatorCalculator::missingDataKeys(item.missingMask))},
        });
    }
    for (const IndicatorReport::DataProblem& item : report.dataProblems) {
        dataQuality.append(dataProblemJson(item));
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
    QJsonObject root{{QStringLiteral("project"), project},
                     {QStringLiteral("period"), period},
                     {QStringLiteral("indicators"), indicators},
                     {QStringLiteral("data_quality"), dataQuality},
                     {QStringLiteral("flow"), flow}};
    if (report.lock) {
        addLock(root, report);
    }
    return root;
}

QByteArray IndicatorReportJson::toBytes(const IndicatorReport& report)
{
    return QJsonDocument(toJson(report)).toJson(QJsonDocument::Indented);
}

} // namespace osiedle::core
