#pragma once

#include "core/indicators/IndicatorReport.h"

#include <QCoreApplication>

class QWidget;

namespace osiedle::ui {

struct AppContext;
class IndicatorReportDocument;

/// The files of the indicator report shown in the Reports section, written where the user
/// chooses (asked through the context's UserPrompt; a problem is shown there too).
class IndicatorReportFiles {
    Q_DECLARE_TR_FUNCTIONS(IndicatorReportFiles)

public:
    /// The printed report as PDF, page by page under a progress dialog (a large project's report
    /// runs to dozens of pages): the window keeps answering between pages, and Cancel leaves the
    /// chosen file as it was.
    static void saveAsPdf(AppContext& context, QWidget* parent, const IndicatorReportDocument& document,
                          const core::ReportingPeriod& period);
    /// The indicator table and the flow table as XLSX or CSV (by the name's extension); a locked
    /// period's file carries the "now" and difference columns.
    static void exportTable(AppContext& context, QWidget* parent, const core::IndicatorReport& report);
};

} // namespace osiedle::ui
