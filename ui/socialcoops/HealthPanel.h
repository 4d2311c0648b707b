#pragma once

#include "core/services/SocialCoopOverview.h"

#include <QWidget>

class QDateEdit;
class QKeyEvent;
class QTableWidget;

namespace osiedle::ui {

struct AppContext;

/// The "health panel": every OSS side by side with the key figures of its card (stage,
/// members, employed, agreement, orders this month and year with paid / unpaid, overdue,
/// sales, hours), as of a day. Double-clicking a row asks to open that OSS's card.
class HealthPanel : public QWidget {
    Q_OBJECT

public:
    // clang-format off
    enum Column { Name, HousingCoop, Stage, Steps, Members, Employed, Agreement, OrdersMonth, ValueMonth, OrdersYear,
                  ValueYear, Paid, Unpaid, Overdue, SalesMonth, SalesYear, HoursMonth, HoursYear, ColumnCount };
    // clang-format on

    HealthPanel(AppContext& context, const QDate& day, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    void setDay(const QDate& day);
    void reload();

signals:
    void cardRequested(qint64 socialCoopId);

protected:
    /// Esc closes the window, as it closes a dialog (an open list or an edited cell takes it first).
    void keyPressEvent(QKeyEvent* event) override;

private:
    AppContext& m_context;
    QDate m_day;
    QDateEdit* m_dayEdit;
    QTableWidget* m_table;
};

} // namespace osiedle::ui
