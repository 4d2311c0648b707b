#pragma once

#include "core/services/ArrearsOverview.h"

#include <QWidget>
#include <optional>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace osiedle::ui {

struct AppContext;
class ChangeHistoryPanel;
class EvictionPanel;
class LedgerModel;
class PlanPanel;

/// One screen per participant: arrears at entry and now, the ledger (lazy) with the form to
/// post an entry, the agreement and its schedule, the eviction case, the OSS with the hours
/// worked and what they repaid, and the chart of the balance with the agreement's expected path.
class TenantDebtPage : public QWidget {
    Q_OBJECT

public:
    TenantDebtPage(AppContext& context, QWidget* parent = nullptr);

    /// Shows an account as of `on`.
    void showAccount(qint64 accountId, const QDate& on);
    qint64 accountId() const { return m_info ? m_info->account.id : 0; }
    /// Re-reads everything (after a change).
    void refresh();

public slots:
    void postEntry();
    void removeEntry();

signals:
    void backRequested();

private:
    void showFigures();
    void showWork();
    void showChart();

    AppContext& m_context;
    std::optional<core::DebtAccountInfo> m_info;
    QDate m_on;
    QLabel* m_header;
    QLabel* m_atEntry;
    QLabel* m_balance;
    QLabel* m_change;
    QLabel* m_months;
    QLabel* m_wages;
    QTabWidget* m_tabs;
    LedgerModel* m_ledger;
    QTableView* m_ledgerView;
    QDateEdit* m_entryDate;
    QComboBox* m_entryKind;
    QLineEdit* m_entryAmount;
    QLineEdit* m_entryNote;
    QLabel* m_entryError;
    PlanPanel* m_plan;
    EvictionPanel* m_eviction;
    ChangeHistoryPanel* m_history = nullptr;
    QLabel* m_employment;
    QTableWidget* m_work;
    QChartView* m_chart;
};

} // namespace osiedle::ui
