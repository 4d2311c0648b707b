#pragma once

#include "core/domain/WorkOrder.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace osiedle::core {
class Database;
}

namespace osiedle::ui {

struct AppContext;

/// The hours worked on one order: a list per member per day, a line to enter a day's hours,
/// and the totals (this order; each member on it). Entering or removing emits hoursEntered,
/// which the section saves (with undo). The list can be exported as shown.
class HoursPanel : public QWidget {
    Q_OBJECT

public:
    HoursPanel(AppContext& context, QWidget* parent = nullptr);

    void setOrder(const std::optional<core::WorkOrder>& order);
    /// Reads the hours of the order again.
    void reload();

    QComboBox* memberBox() const { return m_member; }
    QDateEdit* dateEdit() const { return m_date; }
    QDoubleSpinBox* hoursBox() const { return m_hours; }
    QTableWidget* table() const { return m_table; }
    QLabel* totals() const { return m_totals; }
    /// Presses "Save hours".
    void enter();

signals:
    void hoursEntered(qint64 workOrderId, qint64 participantId, const QDate& date, int minutes);

private:
    void removeSelected();

    core::Database& m_db;
    std::optional<core::WorkOrder> m_order;
    QLabel* m_title;
    QTableWidget* m_table;
    QComboBox* m_member;
    QDateEdit* m_date;
    QDoubleSpinBox* m_hours;
    QPushButton* m_save;
    QPushButton* m_remove;
    QPushButton* m_export = nullptr; ///< nothing to export until an order is chosen
    QLabel* m_totals;
};

} // namespace osiedle::ui
