#include "core/domain/CompetitionRanking.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace osiedle::core {

QList<CompetitionRanking::Place> CompetitionRanking::rank(const QList<Nomination>& nominations,
                                                          const QList<Criterion>& criteria, int jurors, int awards)
{
    QHash<qint64, int> weights;
    for (const Criterion& c : criteria) {
        weights.insert(c.id, c.weight);
    }
    QList<Place> places;
    places.reserve(nominations.size());
    for (const Nomination& n : nominations) {
        Place p;
        p.nominationId = n.id;
        p.name = n.name;
        QSet<QPair<qint64, qint64>> scored;
        for (const Score& s : n.scores) {
            p.score += qint64(s.points) * weights.value(s.criterionId, 1);
            scored.insert({s.jurorId, s.criterionId});
        }
        p.incomplete = scored.size() < jurors * criteria.size();
        places.append(p);
    }
    std::stable_sort(places.begin(), places.end(), [](const Place& a, const Place& b) {
        if (a.score != b.score) {
            return a.score > b.score;
        }
        return a.name.localeAwareCompare(b.name) < 0;
    });
    for (qsizetype i = 0; i < places.size(); ++i) {
        places[i].place = (i > 0 && places[i].score == places[i - 1].score) ? places[i - 1].place : int(i) + 1;
    }
    for (qsizetype i = 0; i < places.size(); ++i) {
        const bool sameAsPrevious = i > 0 && places[i].score == places[i - 1].score;
        const bool sameAsNext = i + 1 < places.size() && places[i].score == places[i + 1].score;
        places[i].tied = sameAsPrevious || sameAsNext;
        places[i].winner = places[i].place <= awards;
    }
    // A tie that crosses the last award: some tied nominations would win, others not, if the
    // awards were counted one by one. All of them win on places, so mark them for the jury.
    for (qsizetype i = 0; i < places.size(); ++i) {
        if (!places[i].tied || !places[i].winner) {
            continue;
        }
        const qint64 score = places[i].score;
        const auto tiedCount =
            std::count_if(places.begin(), places.end(), [score](const Place& p) { return p.score == score; });
        if (places[i].place - 1 + tiedCount > awards) {
            places[i].tieAtLastAward = true;
        }
    }
    return places;
}

} // namespace osiedle::core
