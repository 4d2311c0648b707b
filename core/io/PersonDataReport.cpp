#include "core/io/PersonDataReport.h"

#include "core/common/DisplayFormat.h"
#include "core/domain/Money.h"
#include "core/io/ChangeHistoryExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace osiedle::core {

namespace {

QJsonValue json(const QVariant& value)
{
    if (!value.isValid() || value.isNull()) {
        return QJsonValue(QJsonValue::Null);
    }
    if (value.typeId() == QMetaType::LongLong) {
        return QJsonValue(value.toLongLong());
    }
    if (value.typeId() == QMetaType::Double) {
        return QJsonValue(value.toDouble());
    }
    return QJsonValue(value.toString());
}

QJsonValue isoDate(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QByteArray PersonDataReport::toJson(const PersonRecords& records, const Context& context)
{
    QJsonArray sections;
    for (const PersonRecordSection& section : records.sections) {
        QJsonArray columns;
        for (const PersonRecordColumn& column : section.columns) {
            columns.append(QJsonObject{{QStringLiteral("key"), column.key}, {QStringLiteral("title"), column.title}});
        }
        QJsonArray rows;
        for (const QVariantList& row : section.rows) {
            QJsonObject object;
            for (int c = 0; c < section.columns.size() && c < row.size(); ++c) {
                object.insert(section.columns.at(c).key, json(row.at(c)));
            }
            rows.append(object);
        }
        sections.append(QJsonObject{{QStringLiteral("key"), section.key},
                                    {QStringLiteral("title"), section.title},
                                    {QStringLiteral("columns"), columns},
                                    {QStringLiteral("rows"), rows}});
    }
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("osiedle-person-data")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("made_on"), isoDate(context.madeOn)},
        {QStringLiteral("participant_id"), records.participantId},
        {QStringLiteral("name"), records.name},
        {QStringLiteral("controller"), context.controller},
        {QStringLiteral("project"), context.projectTitle},
        {QStringLiteral("contract_number"), context.contractNumber},
        {QStringLiteral("keep_documents_until"), isoDate(context.keepDocumentsUntil)},
        {QStringLiteral("sections"), sections},
        // The change history of the person's records, in the shape of `osiedle-cli history`.
        {QStringLiteral("history"), QJsonDocument::fromJson(ChangeHistoryExport::json(records.history)).array()},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString PersonDataReport::shown(const PersonRecordColumn& column, const QVariant& value)
{
    if (column.keyLabel != nullptr && value.typeId() == QMetaType::QString && !value.toString().isEmpty()) {
        return column.keyLabel(value.toString());
    }
    return shown(column.kind, value);
}

QString PersonDataReport::shown(PersonRecordColumn::Kind kind, const QVariant& value)
{
    if (!value.isValid() || value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty())) {
        return QStringLiteral("—");
    }
    using Kind = PersonRecordColumn::Kind;
    switch (kind) {
    case Kind::Date: {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? shown::date(date) : value.toString();
    }
    case Kind::Money:
        return Money::fromGrosze(value.toLongLong()).format();
    case Kind::Minutes:
        return shown::hoursWithUnit(value.toLongLong());
    case Kind::Flag:
        return value.toLongLong() != 0 ? tr("yes") : tr("no");
    case Kind::Number:
    case Kind::Text:
        break;
    }
    return value.toString();
}

} // namespace osiedle::core
