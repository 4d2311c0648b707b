#pragma once

#include <QList>
#include <QString>

namespace osiedle::core {

/// The ranking of one competition category, computed from the jurors' scores.
///
/// A nomination's score is the sum over jurors and criteria of points × the criterion's
/// weight. Places follow the "1, 2, 2, 4" rule: equal scores share a place and the next
/// place is skipped, so ties are shown, never broken silently. The first `awards` places win;
/// when a tie straddles the last award, every tied nomination is marked so the jury decides.
/// A nomination that some juror has not scored on every criterion is marked incomplete.
class CompetitionRanking {
public:
    struct Score {
        qint64 jurorId = 0;
        qint64 criterionId = 0;
        int points = 0;
    };
    struct Criterion {
        qint64 id = 0;
        int weight = 1;
    };
    struct Nomination {
        qint64 id = 0;
        QString name;
        QList<Score> scores;
    };
    struct Place {
        qint64 nominationId = 0;
        QString name;
        qint64 score = 0;
        int place = 0;               ///< 1-based, shared by equal scores
        bool tied = false;           ///< another nomination has the same score
        bool winner = false;         ///< place ≤ awards
        bool tieAtLastAward = false; ///< tied across the last award: the jury must decide
        bool incomplete = false;     ///< not every juror scored every criterion
    };

    /// Places in order (best first; equal scores by name). `jurors` is the number of jurors
    /// expected to score every criterion.
    static QList<Place> rank(const QList<Nomination>& nominations, const QList<Criterion>& criteria, int jurors,
                             int awards);
};

} // namespace osiedle::core
