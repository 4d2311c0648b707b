#pragma once

#include "core/indicators/ReportSeries.h"

#include <QCoreApplication>
#include <QStringList>

class QChart;

namespace osiedle::ui {

/// The monthly charts of the indicator report (from core::ReportSeries): participants by
/// status, participants' arrears, work-order value per OSS. Each is a new QChart owned by the
/// caller, without animations, drawn in the document font so that it prints as it shows.
class ReportCharts {
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)

public:
    /// Stacked bars per month end: candidates, qualified, in support, completed, dropped out.
    static QChart* participantsByStatus(const core::ReportSeries& series);
    /// Bars of the participants' total arrears at each month end, in thousands of PLN.
    static QChart* arrears(const core::ReportSeries& series);
    /// Stacked bars per month: the accepted orders' net value of each OSS, in thousands of PLN.
    static QChart* ordersByCoop(const core::ReportSeries& series);

    /// The month labels of the category axis ("10.2010").
    static QStringList monthLabels(const core::ReportSeries& series);
    /// The names of the status sets, in the order of the stack (bottom first).
    static QStringList statusNames();
};

} // namespace osiedle::ui
