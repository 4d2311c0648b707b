#pragma once

#include "core/domain/WorkOrder.h"
#include "core/services/WorkOrderService.h"
#include "core/storage/SocialCoopRepository.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace osiedle::ui {

class RefreshWhenShown;

struct AppContext;
class HoursPanel;
class WorkOrderListModel;

/// The "work-orders" section: the SM → OSS orders with their lists (all, open, overdue,
/// awaiting payment; per OSS and per SM; search), the order form, the status actions along the
/// lifecycle, recurring orders, the hours worked and the printed order and acceptance protocol.
/// Every change goes through WorkOrderService and can be undone (context.undo).
class WorkOrdersSection : public QWidget {
    Q_OBJECT

public:
    WorkOrdersSection(AppContext& context, QWidget* parent = nullptr);

    WorkOrderListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    HoursPanel* hoursPanel() const { return m_hours; }
    /// Selects the order (when it is in the list); false otherwise. While the list is being read
    /// again, the order is selected when the list comes.
    bool selectOrder(qint64 id);
    std::optional<core::WorkOrder> selectedOrder() const;
    /// Shows only the orders of one OSS (used by the OSS card).
    void showSocialCoop(qint64 socialCoopId);
    /// Navigator::showRecords: "overdue" lists the overdue orders of every OSS.
    Q_INVOKABLE void showRecords(const QString& what);

    // The actions of the buttons; dialogs are opened non-modally (tests find them by name).
    void newOrder();
    /// False (after saying what is missing) when there is no housing or no social cooperative.
    bool partiesExist();
    void newRecurringOrder();
    void editSelected();
    void advanceSelected();
    void cancelSelected();
    void removeSelected();
    void printOrder();
    void printProtocol();
    void protocolToPdf();

    /// Moves the selected order to `change.to`; shows the refusal when there is one.
    bool applyStatus(const core::StatusChange& change);
    /// The same, returning the refusal instead of showing it (empty when done).
    QString tryStatus(const core::StatusChange& change);
    /// Saves the hours of a member on a day (0 removes them), with undo.
    bool saveHours(qint64 orderId, qint64 participantId, const QDate& date, int minutes);

private:
    /// Reloads after a change to the data, put off while the view is out of sight.
    RefreshWhenShown* m_afterChange = nullptr;
    void reload();
    void applyFilter();
    /// Reads the list of `filter` off the window's thread and shows it, the order selected
    /// before (or asked for meanwhile) selected again.
    void load(const core::WorkOrderFilter& filter);
    void updateActions();
    void fillFilterCombos();
    void showError(const QString& message);
    QDate suggestedDate(const core::WorkOrder& order) const;
    void pushRestore(const QString& text, const core::WorkOrder& before, const core::WorkOrder& after);

    AppContext& m_context;
    bool m_loading = false;      ///< a read of the list is under way
    qint64 m_selectWhenRead = 0; ///< the order to select when it comes
    core::WorkOrderService m_service;
    core::SocialCoopRepository m_coops;
    QList<core::ChoiceItem> m_housingCoops;
    QList<core::SocialCoop> m_socialCoops;
    WorkOrderListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QComboBox* m_list;
    QComboBox* m_coopFilter;
    QComboBox* m_smFilter;
    QLineEdit* m_search;
    QLabel* m_count;
    QTableView* m_table;
    HoursPanel* m_hours;
    QPushButton* m_edit;
    QPushButton* m_next;
    QPushButton* m_cancel;
    QPushButton* m_remove;
    QPushButton* m_printOrder;
    QPushButton* m_printProtocol;
    QPushButton* m_protocolPdf;
};

} // namespace osiedle::ui
