#pragma once

#include "core/indicators/IndicatorReport.h"
#include "core/indicators/ReportSeries.h"

#include <QWidget>
#include <optional>
#include <utility>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace osiedle::core {
enum class Topic;
}

namespace osiedle::ui {

struct AppContext;
class IndicatorReportDocument;
class IndicatorTableModel;
class RefreshWhenShown;

/// Reports > Indicator report: choose a reporting period of the file (or custom dates), see
/// the indicator table, the target-attainment chart and the data-quality list, and print it
/// (preview, print, PDF) through IndicatorReportDocument. Recomputes when the data changes.
/// Opens the editors of the reporting periods and of the targets; locks and unlocks a period.
/// A locked period shows its locked values, and what the data gives now beside them wherever
/// it differs (highlighted in the table, listed in the "Changes since locking" tab).
class ReportsSection : public QWidget {
    Q_OBJECT

public:
    ReportsSection(AppContext& context, QWidget* parent = nullptr);
    ~ReportsSection() override;

    /// The report shown now (none when the chosen dates are wrong). It is computed off the
    /// window's thread: while isComputing(), a newer one is on its way.
    const std::optional<core::IndicatorReport>& report() const { return m_report; }
    bool isComputing() const { return m_computing; }

    /// The actions of the buttons, public so that the main window's menu can use them too.
    void showPrintPreview();
    void print();
    void saveAsPdf();
    /// Writes the indicator table (and the flow table) as XLSX or CSV where the user chooses;
    /// a locked period's file carries the "now" and difference columns.
    void exportTable();
    /// Locks the chosen period after asking (its report is stored as computed now).
    void lockPeriod();
    /// Unlocks the chosen period, asking for the reason (recorded; none: nothing happens).
    void unlockPeriod();
    /// The editors of the reporting periods and of the indicators' targets (modal dialogs).
    void editPeriods();
    void editTargets();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Computed;

    void loadPeriods();
    void periodChosen();
    /// Asks the background reader for the report of the chosen period (and, for other dates or
    /// changed data, the charts over time); the previous report stays shown until it comes.
    void recompute();
    void setComputing(bool computing);
    void showComputed(Computed computed, const std::pair<QDate, QDate>& range, bool withSeries);
    /// Brings the report up to date, waiting (the window still answering) for one being
    /// computed; false when there is no report to act on.
    bool waitForReport();
    void onDataChanged(core::Topic topic);
    /// Catches up with the changes of the data announced while the section was out of sight.
    void refresh();
    void showDataQuality();
    void showLock();
    void replaceChart(QChart* chart);
    void showSeries();
    /// The printed document of the report shown, with the charts over time.
    IndicatorReportDocument document() const;

    AppContext& m_context;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_notes = nullptr;
    QLabel* m_busy = nullptr; ///< "Computing the report…" while a computation is on its way
    QPushButton* m_preview = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_lock = nullptr;
    QPushButton* m_unlock = nullptr;
    QLabel* m_lockLabel = nullptr;
    QTableWidget* m_changes = nullptr;
    QWidget* m_changesPage = nullptr; ///< the tab: the table with its export button
    QTabWidget* m_tabs = nullptr;
    QTableView* m_table = nullptr;
    QChartView* m_chart = nullptr;
    QTableWidget* m_quality = nullptr;
    QList<QChartView*> m_seriesCharts; ///< participants by status, arrears, orders per OSS
    /// The data-quality list and the charts over time are built when their tab is shown: a
    /// period switch at scale 100 otherwise laid out hundreds of wrapped lines and three charts
    /// of every month behind the indicator table.
    RefreshWhenShown* m_qualityRefresh = nullptr;
    RefreshWhenShown* m_seriesRefresh = nullptr;
    IndicatorTableModel* m_model = nullptr;
    std::optional<core::IndicatorReport> m_report;
    core::ReportSeries m_series;
    /// The dates m_series was computed for, while the data it shows has not changed since.
    std::optional<std::pair<QDate, QDate>> m_seriesRange;
    bool m_loading = false;
    bool m_computing = false;
    /// What changed while the section was hidden: the periods (reload them), or other data.
    enum class Stale { None, Report, Periods };
    Stale m_stale = Stale::None;
};

} // namespace osiedle::ui
