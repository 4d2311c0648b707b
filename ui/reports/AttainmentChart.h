#pragma once

#include "core/indicators/IndicatorReport.h"

#include <QCoreApplication>

class QChart;

namespace osiedle::ui {

/// The target-attainment chart of an indicator report: one horizontal bar per indicator that
/// has a target, its cumulative value as % of the target, first indicator at the top. Used on
/// screen (in a QChartView) and in the printed report.
class AttainmentChart {
    Q_DECLARE_TR_FUNCTIONS(AttainmentChart)

public:
    /// A new chart; the caller owns it. Without animations, so it can be rendered at once.
    static QChart* create(const core::IndicatorReport& report);
    /// How many bars the chart has (indicators with a target).
    static int barCount(const core::IndicatorReport& report);
    /// The height in pixels the chart needs on screen for every indicator's name to be shown.
    static int screenHeight(const core::IndicatorReport& report);
};

} // namespace osiedle::ui
