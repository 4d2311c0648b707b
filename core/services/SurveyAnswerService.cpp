#include "core/services/SurveyAnswerService.h"

#include "core/domain/SurveyScoring.h"
#include "core/services/ServiceWrite.h"
#include "core/storage/InstrumentRepository.h"

namespace osiedle::core {

namespace {

// The round's instrument and respondents, or why answers cannot be taken.
struct RoundContext {
    Instrument instrument;
    QHash<qint64, QString> respondents;
};

Result<RoundContext> contextOf(Database& db, qint64 roundId)
{
    SurveyRoundRepository rounds(db);
    const auto round = rounds.find(roundId);
    if (!round) {
        return Error{SurveyAnswerService::tr("The round no longer exists.")};
    }
    const auto instrument = InstrumentRepository(db).find(round->instrumentId);
    if (!instrument) {
        return Error{SurveyAnswerService::tr("The round's questionnaire no longer exists.")};
    }
    return RoundContext{*instrument, rounds.codes(roundId)};
}

Status check(const RoundContext& context, qint64 participantId, qint64 itemId, int value)
{
    if (!context.respondents.contains(participantId)) {
        return Error{SurveyAnswerService::tr("The person is not a respondent of this round.")};
    }
    const InstrumentItem* item = context.instrument.item(itemId);
    if (item == nullptr) {
        return Error{SurveyAnswerService::tr("The item is not part of the round's questionnaire.")};
    }
    if (!SurveyScoring::accepts(*item, value)) {
        return Error{SurveyAnswerService::tr("Item %1 takes %2, not %3.")
                         .arg(item->position)
                         .arg(SurveyScoring::acceptedAnswers(*item))
                         .arg(value)};
    }
    return {};
}

} // namespace

Status SurveyAnswerService::setAnswer(qint64 roundId, qint64 participantId, qint64 itemId, std::optional<int> value)
{
    return serviceWriteChecked(m_db, m_changes, Topic::Surveys, [&]() -> Status {
        const auto context = contextOf(m_db, roundId);
        if (!context) {
            return context.error();
        }
        SurveyRoundRepository rounds(m_db);
        if (!value) {
            if (!context->respondents.contains(participantId)) {
                return Error{tr("The person is not a respondent of this round.")};
            }
            rounds.clearAnswer(roundId, participantId, itemId);
            return {};
        }
        if (const Status ok = check(*context, participantId, itemId, *value); !ok) {
            return ok;
        }
        rounds.setAnswer(roundId, {participantId, itemId, *value});
        return {};
    });
}

Result<QHash<qint64, QList<SurveyAnswer>>>
SurveyAnswerService::setForms(qint64 roundId, const QHash<qint64, QList<SurveyAnswer>>& forms)
{
    using Forms = QHash<qint64, QList<SurveyAnswer>>;
    return serviceWriteChecked(m_db, m_changes, Topic::Surveys, [&]() -> Result<Forms> {
        const auto context = contextOf(m_db, roundId);
        if (!context) {
            return context.error();
        }
        SurveyRoundRepository rounds(m_db);
        Forms previous;
        for (auto it = forms.constBegin(); it != forms.constEnd(); ++it) {
            if (!context->respondents.contains(it.key())) {
                return Error{tr("The person is not a respondent of this round.")};
            }
            for (const SurveyAnswer& a : it.value()) {
                if (const Status ok = check(*context, it.key(), a.itemId, a.value); !ok) {
                    return ok.error();
                }
            }
            previous.insert(it.key(), rounds.answersOf(roundId, it.key()));
            rounds.clearForm(roundId, it.key());
            for (const SurveyAnswer& a : it.value()) {
                rounds.setAnswer(roundId, {it.key(), a.itemId, a.value});
            }
        }
        return previous;
    });
}

} // namespace osiedle::core
