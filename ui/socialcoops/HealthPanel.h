#pragma once

#include "core/services/SocialCoopOverview.h"

#include <QWidget>

class QDateEdit;
class QTableWidget;

namespace osiedle::ui {

struct AppContext;

/// The "health panel": every OSS side by side with the key figures of its card (stage,
/// members, employed, agreement, orders this month and year with paid / unpaid, overdue,
/// sales, hours), as of a day, read off the window's thread. Double-clicking a row asks to
/// open that OSS's card.
class HealthPanel : public QWidget {
    Q_OBJECT

public:
    enum Column {
        Name,
        HousingCoop,
        Stage,
        Steps,
        Members,
        Employed,
        Agreement,
        OrdersMonth,
        ValueMonth,
        OrdersYear,
        ValueYear,
        Paid,
        Unpaid,
        Overdue,
        SalesMonth,
        SalesYear,
        HoursMonth,
        HoursYear,
        ColumnCount
    };

    HealthPanel(AppContext& context, const QDate& day, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    void setDay(const QDate& day);
    /// Reads the figures again (off the window's thread); the table changes when they come.
    void reload();

signals:
    void cardRequested(qint64 socialCoopId);

private:
    void showFigures(const QList<core::SocialCoopSummary>& all);

    AppContext& m_context;
    QDate m_day;
    QDateEdit* m_dayEdit;
    QTableWidget* m_table;
};

} // namespace osiedle::ui
