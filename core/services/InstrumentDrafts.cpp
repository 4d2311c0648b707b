#include "core/services/InstrumentDrafts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace osiedle::core {

QList<Instrument> InstrumentDrafts::all(const QList<SurveyScale>& scales)
{
    QHash<QString, qint64> scaleByKey;
    for (const SurveyScale& s : scales) {
        scaleByKey.insert(s.key, s.id);
    }
    QFile file(QStringLiteral(":/data/instrument-drafts.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<Instrument> drafts;
    for (const QJsonValue& value :
         QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("drafts")).toArray()) {
        const QJsonObject o = value.toObject();
        Instrument draft;
        draft.name = o.value(QLatin1String("name")).toString();
        draft.kind =
            parseKey<InstrumentKind>(o.value(QLatin1String("kind")).toString()).value_or(InstrumentKind::Questionnaire);
        draft.instructions = o.value(QLatin1String("instructions")).toString();
        bool complete = true;
        for (const QJsonValue& itemValue : o.value(QLatin1String("items")).toArray()) {
            const QJsonObject i = itemValue.toObject();
            InstrumentItem item;
            item.position = int(draft.items.size()) + 1;
            item.text = i.value(QLatin1String("text")).toString();
            item.kind = parseKey<ItemKind>(i.value(QLatin1String("kind")).toString()).value_or(ItemKind::Likert);
            item.scaleId = scaleByKey.value(i.value(QLatin1String("scale")).toString());
            item.reversed = i.value(QLatin1String("reversed")).toBool();
            for (const QJsonValue& option : i.value(QLatin1String("options")).toArray()) {
                item.options << option.toString();
            }
            if (i.contains(QLatin1String("correct"))) {
                item.correct = i.value(QLatin1String("correct")).toInt();
            }
            complete = complete && item.scaleId > 0;
            draft.items.append(item);
        }
        const QJsonObject changes = o.value(QLatin1String("min_change")).toObject();
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
            if (scaleByKey.contains(it.key())) {
                draft.scales.append({scaleByKey.value(it.key()), it.value().toInt(1)});
            }
        }
        if (complete) {
            drafts.append(draft);
        }
    }
    return drafts;
}

} // namespace osiedle::core
