#pragma once

#include "core/indicators/IndicatorReport.h"
#include "core/services/DashboardSummary.h"

#include <QDate>
#include <QWidget>

class QGridLayout;
class QLabel;
class QListWidget;
class QListWidgetItem;

namespace osiedle::ui {

struct AppContext;

/// The first screen of an open project: the current reporting period and its claim's due
/// date, a progress bar towards the target of every indicator (cumulative as of the period's
/// end, from IndicatorCalculator) and the "needs attention" counts. Refreshes whenever the
/// data changes (a hidden dashboard when it is shown again), reading off the window's thread.
/// When the project has ended, it shows the state as of the project's last day. Each "needs
/// attention" line is a link to its records (through the Navigator).
class DashboardSection : public QWidget {
    Q_OBJECT

public:
    DashboardSection(AppContext& context, QWidget* parent = nullptr);

    /// Reads the file again as of `day` (default: today, or the project end once it is over),
    /// off the window's thread; what is shown changes when the reading is done.
    void refresh(const QDate& day = {});
    QDate asOf() const { return m_asOf; }

    /// Data roles of a "needs attention" line: the section it opens and the records in it (see
    /// Navigator::showRecords).
    static constexpr int SectionRole = Qt::UserRole;
    static constexpr int RecordsRole = Qt::UserRole + 1;

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Computed;

    void showComputed(const Computed& computed, const QDate& realToday);
    void showHeader(const core::DashboardSummary& summary, bool projectOver);
    void showProgress(const core::Result<core::IndicatorReport>& report);
    void showAttention(const core::DashboardSummary& summary);
    void openAttention(QListWidgetItem* item);

    AppContext& m_context;
    QDate m_asOf;
    bool m_stale = false; ///< the data changed while the section was hidden
    QLabel* m_header = nullptr;
    QLabel* m_error = nullptr;
    QWidget* m_progressBox = nullptr;
    QGridLayout* m_progress = nullptr;
    QListWidget* m_attention = nullptr;
};

} // namespace osiedle::ui
