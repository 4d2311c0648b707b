#pragma once

#include "core/services/ArrearsOverview.h"
#include "core/services/ChangeNotifier.h"
#include "ui/debts/DebtorsModel.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace osiedle::ui {

class RefreshWhenShown;

struct AppContext;
class DebtWatchDialog;
class TenantDebtPage;

/// The "Debts" section: the tenants with arrears (at entry, now, change, agreement, eviction
/// stage) with search and filters, the tenant's page, the plans at risk and the early-warning
/// list one click away, and the monthly wage deduction.
class DebtsSection : public QWidget {
    Q_OBJECT
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusTextChanged)

public:
    enum class Filter { All, WithArrears, AgreementOverdue, AgreementNotKept, EvictionCase };

    DebtsSection(AppContext& context, QWidget* parent = nullptr);

    QString statusText() const { return m_status; }
    QDate asOf() const;
    void setAsOf(const QDate& date);
    /// Opens the tenant's page of an account.
    void openAccount(qint64 accountId);
    /// The list dialogs, built but not shown (tests and the buttons use them).
    DebtWatchDialog* createPlansAtRiskDialog();
    DebtWatchDialog* createEarlyWarningDialog();
    /// Navigator::showRecords: "plans-at-risk" opens the list of the agreements with an overdue
    /// instalment (once the section is on screen).
    Q_INVOKABLE void showRecords(const QString& what);

public slots:
    void reload();
    void showPlansAtRisk();
    void showEarlyWarnings();
    void runWageDeduction();
    /// "Open a debt account…": the dialog, then the new account's page.
    void openNewAccount();
    /// "Import ledger…": the import dialog.
    void importLedger();

signals:
    void statusTextChanged(const QString& text);

private:
    /// Reloads after a change to the data, put off while the view is out of sight.
    RefreshWhenShown* m_afterChange = nullptr;
    void onChanged(core::Topic topic);
    /// Shows the rows last read that pass the filter, with their totals.
    void showRows();
    void showReadError(const QString& message);
    void openCurrent();
    void runWatchDialog(DebtWatchDialog* dialog);

    AppContext& m_context;
    QLineEdit* m_search;
    QComboBox* m_filter;
    QDateEdit* m_asOf;
    QStackedWidget* m_stack;
    DebtorsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLabel* m_totals;
    TenantDebtPage* m_tenant;
    QString m_status;
    QList<core::DebtorOverview> m_rows; ///< as last read, before the filter
    QList<DebtorsModel::Ranks> m_ranks; ///< their sorting ranks (DebtorsModel::ranks)
    QDate m_rowsAsOf;                   ///< the day m_rows were read for
};

} // namespace osiedle::ui
