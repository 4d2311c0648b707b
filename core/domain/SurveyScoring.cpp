#include "core/domain/SurveyScoring.h"

namespace osiedle::core {

bool SurveyScoring::accepts(const InstrumentItem& item, int value)
{
    switch (item.kind) {
    case ItemKind::Likert:
        return value >= 1 && value <= 5;
    case ItemKind::YesNo:
        return value == 0 || value == 1;
    case ItemKind::Choice:
        return value >= 1 && value <= item.options.size();
    }
    return false;
}

QString SurveyScoring::acceptedAnswers(const InstrumentItem& item)
{
    switch (item.kind) {
    case ItemKind::Likert:
        return tr("1–5");
    case ItemKind::YesNo:
        return tr("1 (yes) or 0 (no)");
    case ItemKind::Choice:
        return item.options.size() > 1 ? tr("1–%1").arg(item.options.size()) : QStringLiteral("1");
    }
    return {};
}

int SurveyScoring::points(const InstrumentItem& item, int value)
{
    switch (item.kind) {
    case ItemKind::Likert:
        return item.reversed ? 6 - value : value;
    case ItemKind::YesNo:
        return item.reversed ? 1 - value : value;
    case ItemKind::Choice:
        return item.correct == value ? 1 : 0;
    }
    return 0;
}

int SurveyScoring::minPoints(const InstrumentItem& item)
{
    return item.kind == ItemKind::Likert ? 1 : 0;
}

int SurveyScoring::maxPoints(const InstrumentItem& item)
{
    return item.kind == ItemKind::Likert ? 5 : 1;
}

SurveyScoring::ScaleScore SurveyScoring::score(const Instrument& instrument, qint64 scaleId,
                                               const QHash<qint64, int>& answers)
{
    ScaleScore result;
    for (const InstrumentItem& item : instrument.items) {
        if (item.scaleId != scaleId) {
            continue;
        }
        ++result.items;
        result.minPoints += minPoints(item);
        result.maxPoints += maxPoints(item);
        const auto answer = answers.constFind(item.id);
        if (answer != answers.constEnd() && accepts(item, *answer)) {
            ++result.answered;
            result.points += points(item, *answer);
        } else if (item.kind != ItemKind::Choice) {
            result.unanswered.append(item.position);
        }
    }
    return result;
}

} // namespace osiedle::core
