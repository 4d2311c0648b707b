#pragma once

#include "core/domain/Instrument.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

namespace osiedle::core {

/// How answers become points, and points a score on a scale. The one definition of scoring:
///   - a 1–5 item gives its answer (1..5), a reversed one 6 − answer;
///   - a yes/no item (stored 1 yes, 0 no) gives 1 for yes, a reversed one 1 for no;
///   - an item with one right answer gives 1 when the answer is right, else 0.
/// A form's score on a scale is the sum of the points of the scale's items. It exists only when
/// every 1–5 and yes/no item of the scale is answered and at least one item of the scale is:
/// an unanswered test question counts as wrong, an unanswered opinion cannot be guessed.
/// A person improved on a scale when exit − entry ≥ the instrument's stated minimal change.
/// SurveyScores says the same in SQL for the report's indicators.
class SurveyScoring {
    Q_DECLARE_TR_FUNCTIONS(SurveyScoring)

public:
    /// Whether `value` is an answer the item takes (1–5; 0 or 1; 1..number of answers).
    static bool accepts(const InstrumentItem& item, int value);
    /// The answers the item takes, in words ("1–5", "1 (yes) or 0 (no)", "1–4").
    static QString acceptedAnswers(const InstrumentItem& item);
    /// The points of an accepted answer.
    static int points(const InstrumentItem& item, int value);
    static int minPoints(const InstrumentItem& item);
    static int maxPoints(const InstrumentItem& item);

    /// One form's result on one scale.
    struct ScaleScore {
        int points = 0;
        int minPoints = 0; ///< the lowest score the scale's items allow
        int maxPoints = 0; ///< the highest
        int answered = 0;  ///< items of the scale answered
        int items = 0;     ///< items of the scale
        /// Items that must be answered (1–5, yes/no) and are not, by position.
        QList<int> unanswered;
        bool complete() const { return answered > 0 && unanswered.isEmpty(); }
    };
    /// The score of a form (item id → answer) on a scale of the instrument. Answers that the
    /// item does not accept are left out (counted as not answered).
    static ScaleScore score(const Instrument& instrument, qint64 scaleId, const QHash<qint64, int>& answers);

    static bool improved(int entryPoints, int exitPoints, int minChange)
    {
        return exitPoints - entryPoints >= minChange;
    }
};

} // namespace osiedle::core
