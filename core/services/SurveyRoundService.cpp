#include "core/services/SurveyRoundService.h"

#include "core/common/DisplayFormat.h"
#include "core/services/ServiceWrite.h"
#include "core/storage/InstrumentRepository.h"

#include <QRandomGenerator>

namespace osiedle::core {

namespace {

QString day(const QDate& date)
{
    return core::shown::date(date);
}

} // namespace

FieldErrors SurveyRoundService::validate(const SurveyRound& round)
{
    FieldErrors errors;
    if (round.instrumentId <= 0) {
        errors.append({QStringLiteral("instrument"), tr("Choose the questionnaire or test.")});
    }
    if (!round.date.isValid()) {
        errors.append({QStringLiteral("date"), tr("Enter the date the round is given.")});
    }
    if (round.courseId.has_value() == round.socialCoopId.has_value()) {
        errors.append({QStringLiteral("group"), tr("Choose the course or the social cooperative it is given to.")});
    }
    if (round.kind != RoundKind::Entry && !round.entryRoundId) {
        errors.append({QStringLiteral("entry_round"),
                       tr("An exit or follow-up round is compared with an entry round: choose it.")});
    }
    return errors;
}

QString SurveyRoundService::codeFrom(quint64 number)
{
    // No 0/O, 1/I, 5/S, 2/Z, 8/B, 6/G: codes are copied by hand from paper.
    static const QString alphabet = QStringLiteral("ACDEFHJKLMNPRTUWXY3479");
    QString code;
    for (int i = 0; i < 4; ++i) {
        code.append(alphabet.at(int(number % quint64(alphabet.size()))));
        number /= quint64(alphabet.size());
    }
    return code;
}

QString SurveyRoundService::newCode(const QSet<QString>& taken)
{
    QString code;
    do {
        code = codeFrom(QRandomGenerator::global()->generate64());
    } while (taken.contains(code));
    return code;
}

FieldErrors SurveyRoundService::checkAgainstData(const SurveyRound& round, const std::optional<SurveyRound>& stored)
{
    FieldErrors errors;
    SurveyRoundRepository rounds(m_db);
    const auto instrument = InstrumentRepository(m_db).find(round.instrumentId);
    if (!instrument) {
        errors.append({QStringLiteral("instrument"), tr("The questionnaire or test no longer exists.")});
    } else if (instrument->items.isEmpty()) {
        errors.append({QStringLiteral("instrument"),
                       tr("“%1” has no items yet; add them before giving it.").arg(instrument->name)});
    }
    if (rounds.groupName(round.courseId, round.socialCoopId).isEmpty()) {
        errors.append({QStringLiteral("group"), tr("The course or social cooperative no longer exists.")});
    }
    if (round.kind == RoundKind::Entry) {
        if (stored && stored->kind == RoundKind::Entry && !rounds.roundsComparedWith(round.id).isEmpty()) {
            for (const qint64 later : rounds.roundsComparedWith(round.id)) {
                const auto other = rounds.find(later);
                if (other && other->date < round.date) {
                    errors.append(
                        {QStringLiteral("date"), tr("A round compared with this one was given on %1, before %2.")
                                                     .arg(day(other->date), day(round.date))});
                    break;
                }
            }
        }
    } else if (round.entryRoundId) {
        const auto entry = rounds.find(*round.entryRoundId);
        if (!entry || entry->kind != RoundKind::Entry) {
            errors.append({QStringLiteral("entry_round"), tr("The round to compare with must be an entry round.")});
        } else if (entry->instrumentId != round.instrumentId) {
            errors.append({QStringLiteral("entry_round"),
                           tr("The entry round was given with another questionnaire or test; scores compare only "
                              "within the same one.")});
        } else if (round.date.isValid() && round.date < entry->date) {
            errors.append(
                {QStringLiteral("date"),
                 tr("The round cannot come before the entry round it is compared with (%1).").arg(day(entry->date))});
        }
    }
    if (stored && stored->kind == RoundKind::Entry && round.kind != RoundKind::Entry &&
        !rounds.roundsComparedWith(round.id).isEmpty()) {
        errors.append({QStringLiteral("entry_round"),
                       tr("Other rounds are compared with this entry round; it stays an entry round.")});
    }
    return errors;
}

void SurveyRoundService::addRespondents(const SurveyRound& round, const QList<Respondent>& people)
{
    SurveyRoundRepository rounds(m_db);
    QHash<qint64, QString> codes = rounds.codes(round.id);
    const QHash<qint64, QString> entryCodes =
        round.entryRoundId ? rounds.codes(*round.entryRoundId) : QHash<qint64, QString>();
    QSet<QString> taken;
    for (const QString& code : codes) {
        taken.insert(code);
    }
    // A person keeps the code of the entry round, unless someone here already has it.
    for (const Respondent& p : people) {
        const QString kept = entryCodes.value(p.participantId);
        if (!codes.contains(p.participantId) && !kept.isEmpty() && !taken.contains(kept)) {
            rounds.addRespondent(round.id, p.participantId, kept);
            codes.insert(p.participantId, kept);
            taken.insert(kept);
        }
    }
    for (const QString& code : entryCodes) {
        taken.insert(code); // nobody new takes a code that means someone else at entry
    }
    for (const Respondent& p : people) {
        if (!codes.contains(p.participantId)) {
            const QString code = newCode(taken);
            rounds.addRespondent(round.id, p.participantId, code);
            codes.insert(p.participantId, code);
            taken.insert(code);
        }
    }
}

Result<qint64> SurveyRoundService::create(const SurveyRound& input, FieldErrors* errors)
{
    SurveyRound round = input;
    round.note = round.note.trimmed();
    if (round.kind == RoundKind::Entry) {
        round.entryRoundId.reset();
    }
    FieldErrors problems = validate(round);
    if (problems.isEmpty()) {
        try {
            problems = checkAgainstData(round, std::nullopt);
        } catch (const StorageError& e) {
            return Error{e.message(), e.code()};
        }
    }
    if (errors) {
        *errors = problems;
    }
    if (!problems.isEmpty()) {
        return joinedError(problems);
    }
    return serviceWriteChecked(m_db, m_changes, Topic::Surveys, [&]() -> Result<qint64> {
        SurveyRoundRepository rounds(m_db);
        const QList<Respondent> people = rounds.groupOn(round.courseId, round.socialCoopId, round.date);
        if (people.isEmpty()) {
            return Error{tr("Nobody of %1 takes part on %2: the round would have no respondents.")
                             .arg(rounds.groupName(round.courseId, round.socialCoopId), day(round.date))};
        }
        round.id = rounds.insert(round);
        addRespondents(round, people);
        return round.id;
    });
}

Status SurveyRoundService::update(const SurveyRound& input, FieldErrors* errors)
{
    SurveyRound round = input;
    round.note = round.note.trimmed();
    if (round.kind == RoundKind::Entry) {
        round.entryRoundId.reset();
    }
    FieldErrors problems = validate(round);
    std::optional<SurveyRound> stored;
    if (problems.isEmpty()) {
        try {
            stored = SurveyRoundRepository(m_db).find(round.id);
            if (!stored) {
                return Error{tr("The round no longer exists.")};
            }
            if (stored->instrumentId != round.instrumentId || stored->courseId != round.courseId ||
                stored->socialCoopId != round.socialCoopId) {
                return Error{tr("A round keeps its questionnaire and its group; make a new round instead.")};
            }
            problems = checkAgainstData(round, stored);
        } catch (const StorageError& e) {
            return Error{e.message(), e.code()};
        }
    }
    if (errors) {
        *errors = problems;
    }
    if (!problems.isEmpty()) {
        return joinedError(problems);
    }
    return serviceWriteChecked(m_db, m_changes, Topic::Surveys, [&]() -> Status {
        SurveyRoundRepository(m_db).update(round);
        return {};
    });
}

Result<RoundRecord> SurveyRoundService::remove(qint64 id)
{
    return serviceWriteChecked(m_db, m_changes, Topic::Surveys, [&]() -> Result<RoundRecord> {
        SurveyRoundRepository rounds(m_db);
        const auto round = rounds.find(id);
        if (!round) {
            return Error{tr("The round no longer exists.")};
        }
        if (const int later = int(rounds.roundsComparedWith(id).size()); later > 0) {
            return Error{tr("%n exit or follow-up round(s) are compared with this entry round; delete them first.",
                            nullptr, later)};
        }
        RoundRecord record{*round, rounds.respondents(id), rounds.answers(id)};
        rounds.remove(id);
        return record;
    });
}

Status SurveyRoundService::restore(const RoundRecord& record)
{
    return serviceWriteChecked(m_db, m_changes, Topic::Surveys, [&]() -> Status {
        SurveyRoundRepository rounds(m_db);
        rounds.insert(record.round);
        for (const Respondent& r : record.respondents) {
            rounds.addRespondent(record.round.id, r.participantId, r.code);
        }
        for (const SurveyAnswer& a : record.answers) {
            rounds.setAnswer(record.round.id, a);
        }
        return {};
    });
}

Result<QList<qint64>> SurveyRoundService::addNewcomers(qint64 roundId)
{
    return serviceWriteChecked(m_db, m_changes, Topic::Surveys, [&]() -> Result<QList<qint64>> {
        SurveyRoundRepository rounds(m_db);
        const auto round = rounds.find(roundId);
        if (!round) {
            return Error{tr("The round no longer exists.")};
        }
        const QHash<qint64, QString> present = rounds.codes(roundId);
        QList<Respondent> newcomers;
        QList<qint64> ids;
        for (const Respondent& p : rounds.groupOn(round->courseId, round->socialCoopId, round->date)) {
            if (!present.contains(p.participantId)) {
                newcomers.append(p);
                ids.append(p.participantId);
            }
        }
        addRespondents(*round, newcomers);
        return ids;
    });
}

Status SurveyRoundService::removeRespondents(qint64 roundId, const QList<qint64>& participantIds)
{
    return serviceWriteChecked(m_db, m_changes, Topic::Surveys, [&]() -> Status {
        SurveyRoundRepository rounds(m_db);
        for (const qint64 id : participantIds) {
            if (!rounds.answersOf(roundId, id).isEmpty()) {
                return Error{tr("Answers have been entered for a respondent since; they stay.")};
            }
            rounds.removeRespondent(roundId, id);
        }
        return {};
    });
}

} // namespace osiedle::core
