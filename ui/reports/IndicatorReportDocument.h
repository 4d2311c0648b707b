#pragma once

#include "core/common/Result.h"
#include "core/indicators/IndicatorReport.h"
#include "core/indicators/LockedReport.h"
#include "core/indicators/ReportSeries.h"
#include "ui/common/DocumentPrinter.h"

#include <QCoreApplication>
#include <memory>

namespace osiedle::core {
class Database;
}

namespace osiedle::ui {

/// The printed indicator report of a period (the payment claim's "postęp rzeczowy"): A4
/// landscape, the header block of DOMAIN.md, the indicator table (objective | indicator | unit
/// | target O/K/M | in the period O/K/M | cumulative O/K/M | % of target), the target-attainment
/// chart, the data-quality section and the signature block; the EU co-financing line and page
/// numbers on every page (DocumentPrinter). A locked period prints its locked values, a notice
/// under the header, and every cell the data now gives differently highlighted and listed. The same document serves
/// print preview, printing, PDF in the GUI and `osiedle-cli report --format pdf`.
class IndicatorReportDocument {
    Q_DECLARE_TR_FUNCTIONS(IndicatorReportDocument)

public:
    explicit IndicatorReportDocument(core::IndicatorReport report);

    /// The monthly series of the charts over time (participants by status, arrears, work
    /// orders per OSS); without them the document has only the target-attainment chart.
    void setSeries(core::ReportSeries series);
    /// The project's logo strip, printed at the top of every page (none by default).
    void setLogoStrip(std::optional<core::LogoStrip> logo);
    /// The logo strip of the project in `db` (none when the file cannot be read).
    void useProjectLogo(core::Database& db);

    /// The body as HTML, with the placeholder of the chart.
    QString html() const;
    /// The report as a web page on its own (UTF-8, without the chart, with the co-financing line).
    QString standaloneHtml() const;
    /// A printer holding the whole document (body and chart), ready for preview/print/PDF.
    std::unique_ptr<DocumentPrinter> createPrinter() const;
    /// Writes the PDF; the error names the file when it cannot be written. `progress` is told
    /// each page before it is painted and may stop the writing (DocumentPrinter::writePdf).
    core::Status writePdf(const QString& path, const DocumentPrinter::PageProgress& progress = {}) const;

    /// How a cell is printed: Polish-style money for amounts, a dash for a cell that does not
    /// apply (not split by sex, no target).
    static QString formatCell(const std::optional<qint64>& value, bool money);
    static QString formatPercent(const std::optional<double>& percent);
    /// A difference with its sign ("+2", "−1", "+12,50").
    static QString formatDifference(qint64 value, bool money);

private:
    QString headerHtml() const;
    /// "Name, address, NIP …, REGON …" of the header's beneficiary line.
    static QString beneficiaryText(const core::IndicatorReport::Project& project);
    /// For a locked period: the notice that the values are those locked and the list of cells
    /// the data now gives differently (empty for an open period).
    QString lockHtml() const;
    /// ` bgcolor=...` for a cell that differs from the locked report, else empty.
    QString changedCell(bool flow, qsizetype row, int part, int cell) const;
    QString indicatorTableHtml() const;
    QString flowHtml() const;
    QString narrativeHtml() const;
    QString dataQualityHtml() const;
    QString dataProblemsHtml() const;
    QString signatureHtml() const;
    QString seriesHtml() const;

    core::IndicatorReport m_report;
    QList<core::LockDifference> m_differences;
    core::ReportSeries m_series;
    std::optional<core::LogoStrip> m_logo;
};

} // namespace osiedle::ui
