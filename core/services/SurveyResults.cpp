#include "core/services/SurveyResults.h"

#include "core/domain/SurveyScoring.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/StorageError.h"
#include "core/storage/SurveyRoundRepository.h"

#include <QCollator>
#include <QLocale>
#include <algorithm>

namespace osiedle::core {

namespace {

using Form = QHash<qint64, int>; // item → answer

QHash<qint64, Form> formsOf(const QList<SurveyAnswer>& answers)
{
    QHash<qint64, Form> forms;
    for (const SurveyAnswer& a : answers) {
        forms[a.participantId].insert(a.itemId, a.value);
    }
    return forms;
}

void add(SexCount& count, const std::optional<Sex>& sex)
{
    ++count.total;
    count.women += sex == Sex::Female ? 1 : 0;
    count.men += sex == Sex::Male ? 1 : 0;
}

// Sums per group, turned into means.
struct MeanSums {
    qint64 total = 0;
    qint64 women = 0;
    qint64 men = 0;

    void add(int points, const std::optional<Sex>& sex)
    {
        total += points;
        women += sex == Sex::Female ? points : 0;
        men += sex == Sex::Male ? points : 0;
    }
    SexMean mean(const SexCount& count) const
    {
        auto of = [](qint64 sum, int n) { return n > 0 ? std::optional<double>(double(sum) / n) : std::nullopt; };
        return {of(total, count.total), of(women, count.women), of(men, count.men)};
    }
};

QString positions(const QList<int>& list)
{
    QStringList numbers;
    for (const int p : list) {
        numbers << QString::number(p);
    }
    return numbers.join(QStringLiteral(", "));
}

} // namespace

std::optional<double> ScaleSummary::improvedShare() const
{
    return paired.total > 0 ? std::optional<double>(100.0 * improved.total / paired.total) : std::nullopt;
}

std::optional<int> PersonScore::change() const
{
    return entry && exit ? std::optional<int>(*exit - *entry) : std::nullopt;
}

QString SurveyResults::reasonText(const NotCounted& item)
{
    switch (item.reason) {
    case NotCounted::Reason::OnlyEntry:
        return tr("no exit form");
    case NotCounted::Reason::OnlyExit:
        return tr("no entry form");
    case NotCounted::Reason::NoForms:
        return tr("no form in either round");
    case NotCounted::Reason::Incomplete:
        return item.detail;
    }
    return {};
}

Result<RoundResults> SurveyResults::forRound(Database& db, qint64 roundId)
{
    try {
        SurveyRoundRepository rounds(db);
        RoundResults results;
        const auto round = rounds.find(roundId);
        if (!round) {
            return Error{tr("There is no round with id %1.").arg(roundId)};
        }
        results.round = *round;
        InstrumentRepository instruments(db);
        const auto instrument = instruments.find(round->instrumentId);
        if (!instrument) {
            return Error{tr("The round's questionnaire no longer exists.")};
        }
        results.instrument = *instrument;
        results.groupName = rounds.groupName(round->courseId, round->socialCoopId);
        if (round->kind != RoundKind::Entry && round->entryRoundId) {
            results.entryRound = rounds.find(*round->entryRoundId);
        }
        const bool compared = results.entryRound.has_value();
        for (const SurveyScale& s : instruments.scales()) {
            if (instrument->scaleIds().contains(s.id)) {
                results.scales.append(s);
            }
        }

        // Everybody of either round, by surname (the entry round's list first, then newcomers).
        const qint64 entryId = compared ? results.entryRound->id : round->id;
        QList<Respondent> people = rounds.respondents(entryId);
        QHash<qint64, int> index;
        for (int i = 0; i < people.size(); ++i) {
            index.insert(people[i].participantId, i);
        }
        if (compared) {
            for (const Respondent& r : rounds.respondents(roundId)) {
                if (!index.contains(r.participantId)) {
                    index.insert(r.participantId, int(people.size()));
                    people.append(r);
                }
            }
        }
        QCollator collator{QLocale(QLocale::Polish, QLocale::Poland)};
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::stable_sort(people.begin(), people.end(), [&](const Respondent& a, const Respondent& b) {
            return collator.compare(a.sortName(), b.sortName()) < 0;
        });

        const QHash<qint64, Form> entryForms = formsOf(rounds.answers(entryId));
        const QHash<qint64, Form> exitForms = compared ? formsOf(rounds.answers(roundId)) : QHash<qint64, Form>();

        for (const SurveyScale& scale : results.scales) {
            ScaleSummary summary;
            summary.scale = scale;
            summary.minChange = instrument->minChange(scale.id);
            const SurveyScoring::ScaleScore empty = SurveyScoring::score(*instrument, scale.id, {});
            summary.minPoints = empty.minPoints;
            summary.maxPoints = empty.maxPoints;
            summary.entryDistribution = QList<int>(empty.maxPoints - empty.minPoints + 1, 0);
            summary.exitDistribution = summary.entryDistribution;
            results.summaries.append(summary);
        }
        std::vector<MeanSums> entrySums(results.scales.size());
        std::vector<MeanSums> exitSums(results.scales.size());

        for (const Respondent& who : people) {
            PersonResult person;
            person.who = who;
            person.entryForm = entryForms.contains(who.participantId);
            person.exitForm = exitForms.contains(who.participantId);
            QStringList incomplete;
            for (int s = 0; s < results.scales.size(); ++s) {
                ScaleSummary& summary = results.summaries[s];
                PersonScore score;
                const qint64 scaleId = results.scales[s].id;
                const auto scoreOf = [&](const QHash<qint64, Form>& forms,
                                         const QString& roundName) -> std::optional<int> {
                    const auto form = forms.constFind(who.participantId);
                    if (form == forms.constEnd()) {
                        return std::nullopt;
                    }
                    const SurveyScoring::ScaleScore result = SurveyScoring::score(*instrument, scaleId, *form);
                    if (!result.complete()) {
                        incomplete << tr("%1, %2: items %3 not answered")
                                          .arg(results.scales[s].name, roundName,
                                               result.unanswered.isEmpty() ? tr("of the scale")
                                                                           : positions(result.unanswered));
                        return std::nullopt;
                    }
                    return result.points;
                };
                score.entry = scoreOf(entryForms, compared ? tr("entry") : tr("this round"));
                if (compared) {
                    score.exit = scoreOf(exitForms, tr("exit"));
                }
                if (score.entry) {
                    add(summary.entryCount, who.sex);
                    entrySums[s].add(*score.entry, who.sex);
                    ++summary.entryDistribution[*score.entry - summary.minPoints];
                }
                if (score.exit) {
                    add(summary.exitCount, who.sex);
                    exitSums[s].add(*score.exit, who.sex);
                    ++summary.exitDistribution[*score.exit - summary.minPoints];
                }
                if (score.entry && score.exit) {
                    add(summary.paired, who.sex);
                    score.improved = SurveyScoring::improved(*score.entry, *score.exit, summary.minChange);
                    if (score.improved) {
                        add(summary.improved, who.sex);
                    }
                }
                person.scores.append(score);
            }
            if (compared) {
                NotCounted item{who, NotCounted::Reason::OnlyEntry, {}};
                if (!person.entryForm && !person.exitForm) {
                    item.reason = NotCounted::Reason::NoForms;
                } else if (!person.exitForm) {
                    item.reason = NotCounted::Reason::OnlyEntry;
                } else if (!person.entryForm) {
                    item.reason = NotCounted::Reason::OnlyExit;
                } else {
                    item.reason = NotCounted::Reason::Incomplete;
                    item.detail = incomplete.join(QStringLiteral("; "));
                }
                if (item.reason != NotCounted::Reason::Incomplete || !incomplete.isEmpty()) {
                    results.notCounted.append(item);
                }
            }
            results.people.append(person);
        }
        for (int s = 0; s < results.summaries.size(); ++s) {
            results.summaries[s].entryMean = entrySums[s].mean(results.summaries[s].entryCount);
            results.summaries[s].exitMean = exitSums[s].mean(results.summaries[s].exitCount);
        }
        return results;
    } catch (const StorageError& e) {
        return Error{e.message(), e.code()};
    }
}

Result<QList<GroupResult>> SurveyResults::byGroup(Database& db)
{
    QList<GroupResult> list;
    try {
        for (const SurveyRoundSummary& s : SurveyRoundRepository(db).list()) {
            if (s.round.kind != RoundKind::Exit) {
                continue;
            }
            const auto results = forRound(db, s.round.id);
            if (!results) {
                return results.error();
            }
            for (const ScaleSummary& summary : results->summaries) {
                GroupResult row;
                row.roundId = s.round.id;
                row.date = s.round.date;
                row.groupName = s.groupName;
                row.socialCoop = s.round.socialCoopId.has_value();
                row.instrumentName = s.instrumentName;
                row.scaleName = summary.scale.name;
                row.paired = summary.paired;
                row.improved = summary.improved;
                list.append(row);
            }
        }
    } catch (const StorageError& e) {
        return Error{e.message(), e.code()};
    }
    return list;
}

} // namespace osiedle::core
