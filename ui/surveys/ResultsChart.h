#pragma once

#include "core/services/SurveyResults.h"

#include <QCoreApplication>

class QChart;

namespace osiedle::ui {

/// The charts of a round's results, on screen and in print:
///  - entry vs exit: per scale, the mean score at entry and at exit as % of the scale's range
///    (0 % = the lowest score its items allow, 100 % = the highest), so scales of different
///    lengths compare; the bars' tooltips give the points;
///  - the distribution of one scale: how many forms scored each band of points, entry and exit.
class ResultsChart {
    Q_DECLARE_TR_FUNCTIONS(ResultsChart)

public:
    /// New charts; the caller owns them. Without animations, so they can be rendered at once.
    static QChart* entryVsExit(const core::RoundResults& results);
    static QChart* distribution(const core::ScaleSummary& summary);
    /// A mean score as % of the scale's range.
    static double percentOfRange(double mean, int minPoints, int maxPoints);
};

} // namespace osiedle::ui
