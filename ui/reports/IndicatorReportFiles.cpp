#include "ui/reports/IndicatorReportFiles.h"

#include "core/common/OutputFile.h"
#include "core/io/IndicatorReportCsv.h"
#include "core/io/IndicatorReportXlsx.h"
#include "core/storage/Database.h"
#include "ui/common/AppContext.h"
#include "ui/common/FormErrors.h"
#include "ui/common/UserPrompt.h"
#include "ui/reports/IndicatorReportDocument.h"

#include <QProgressDialog>

namespace osiedle::ui {

void IndicatorReportFiles::saveAsPdf(AppContext& context, QWidget* parent, const IndicatorReportDocument& document,
                                     const core::ReportingPeriod& period)
{
    const QString suggested =
        tr("indicator-report-%1-%2.pdf").arg(FormErrors::dateText(period.from), FormErrors::dateText(period.to));
    const QString path = context.prompt.saveFileName(parent, tr("Save the indicator report as PDF"), suggested,
                                                     tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    QProgressDialog progress(tr("Saving the report as PDF…"), tr("Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("pdfProgress"));
    progress.setWindowTitle(tr("Save as PDF"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setValue(0);
    bool cancelled = false;
    const auto written = document.writePdf(path, [&](int page, int pages) {
        progress.setMaximum(pages);
        progress.setValue(page);
        cancelled = progress.wasCanceled();
        return !cancelled;
    });
    progress.reset();
    if (cancelled) {
        return;
    }
    if (!written) {
        context.prompt.error(parent, tr("Save as PDF"), written.error().message);
    }
}

void IndicatorReportFiles::exportTable(AppContext& context, QWidget* parent, const core::IndicatorReport& report)
{
    const QString suggested =
        tr("indicators-%1-%2.xlsx")
            .arg(FormErrors::dateText(report.period.from), FormErrors::dateText(report.period.to));
    const QString path = context.prompt.saveFileName(parent, tr("Export the indicator table"), suggested,
                                                     tr("Excel workbook (*.xlsx);;CSV for spreadsheets (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    core::Status written;
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        written = core::OutputFile::write(path, core::IndicatorReportCsv::toBytes(report),
                                          core::OutputOptions::madeFrom(context.db.path()));
    } else {
        written = core::IndicatorReportXlsx::write(report, path);
    }
    if (!written) {
        context.prompt.error(parent, tr("Export the indicator table"), written.error().message);
    }
}

} // namespace osiedle::ui
