#include "core/io/ChangeHistoryExport.h"

#include "core/history/ChangeAction.h"
#include "core/history/ChangeHistoryText.h"
#include "core/io/CsvWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace osiedle::core {

namespace {

void appendRow(QByteArray& out, const QStringList& fields)
{
    QStringList quoted;
    for (const QString& f : fields) {
        quoted << CsvWriter::quote(f);
    }
    out += quoted.join(QLatin1Char(';')).toUtf8();
    out += "\r\n";
}

} // namespace

QByteArray ChangeHistoryExport::csv(const QList<ChangeEntry>& entries)
{
    QByteArray out("\xEF\xBB\xBF");
    appendRow(out, {tr("No."), tr("Time"), tr("Person"), tr("Program"), tr("Action"), tr("Change"), tr("Record"),
                    tr("Record no."), tr("Field"), tr("Before"), tr("After")});
    for (const ChangeEntry& e : entries) {
        const QStringList head{QString::number(e.id),
                               ChangeHistoryText::time(e.at),
                               e.person,
                               e.program,
                               ChangeActions::labelOfKey(e.action),
                               ChangeHistoryText::operation(e.operation),
                               ChangeHistoryText::recordKind(e.recordKind),
                               e.recordId ? QString::number(*e.recordId) : QString()};
        if (e.fields.isEmpty()) {
            appendRow(out, head + QStringList{QString(), QString(), QString()});
        }
        for (const FieldChange& f : e.fields) {
            const QString before =
                f.before.isNull() ? QString() : ChangeHistoryText::value(e.recordKind, f.column, f.before);
            const QString after =
                f.after.isNull() ? QString() : ChangeHistoryText::value(e.recordKind, f.column, f.after);
            appendRow(out, head + QStringList{ChangeHistoryText::field(e.recordKind, f.column), before, after});
        }
    }
    return out;
}

QByteArray ChangeHistoryExport::json(const QList<ChangeEntry>& entries)
{
    QJsonArray rows;
    for (const ChangeEntry& e : entries) {
        QJsonObject changes;
        for (const FieldChange& f : e.fields) {
            changes.insert(f.column,
                           QJsonObject{{QStringLiteral("before"), f.before}, {QStringLiteral("after"), f.after}});
        }
        rows.append(QJsonObject{
            {QStringLiteral("id"), e.id},
            {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("person"), e.person},
            {QStringLiteral("program"), e.program},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("operation"), e.operation},
            {QStringLiteral("record_kind"), e.recordKind},
            {QStringLiteral("record_id"), e.recordId ? QJsonValue(*e.recordId) : QJsonValue()},
            {QStringLiteral("owner_kind"), e.ownerKind.isEmpty() ? QJsonValue() : QJsonValue(e.ownerKind)},
            {QStringLiteral("owner_id"), e.ownerId ? QJsonValue(*e.ownerId) : QJsonValue()},
            {QStringLiteral("changes"), changes},
        });
    }
    return QJsonDocument(rows).toJson(QJsonDocument::Indented);
}

} // namespace osiedle::core
