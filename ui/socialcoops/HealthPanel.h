#pragma once

#include "core/services/SocialCoopOverview.h"

#include <QWidget>
#include <optional>

class QDateEdit;
class QKeyEvent;
class QTableWidget;

namespace osiedle::ui {

struct AppContext;
class FrozenColumn;

/// The "health panel": every OSS side by side with the key figures of its card (stage,
/// members, employed, agreement, orders this month and year with paid / unpaid, overdue,
/// sales, hours), as of a day, read off the window's thread. Double-clicking a row asks to open
/// that OSS's card. The name column stays in view while the figures scroll sideways; what needs
/// attention is coloured, with a legend under the table.
class HealthPanel : public QWidget {
    Q_OBJECT

public:
    // clang-format off
    enum Column { Name, HousingCoop, Stage, Steps, Members, Employed, Agreement, OrdersMonth, ValueMonth, OrdersYear,
                  ValueYear, Paid, Unpaid, Overdue, SalesMonth, SalesYear, HoursMonth, HoursYear, ColumnCount };
    // clang-format on

    HealthPanel(AppContext& context, const QDate& day, QWidget* parent = nullptr);

    /// What needs attention in an OSS's figures: the cell, how much, and why (its tooltip).
    /// Urgent: orders past their due date. Watch: the members' share rule broken; registered or
    /// working without a cooperation agreement; working with no orders this month or nobody
    /// employed.
    enum class Level { Watch, Urgent };
    struct Concern {
        Column column;
        Level level;
        QString why;
        bool operator==(const Concern&) const = default;
    };
    static QList<Concern> concerns(const core::SocialCoopSummary& summary);

    QTableWidget* table() const { return m_table; }
    void setDay(const QDate& day);
    /// Reads the figures again (off the window's thread); the table changes when they come.
    void reload();

signals:
    void cardRequested(qint64 socialCoopId);

protected:
    /// Esc closes the window, as it closes a dialog (an open list or an edited cell takes it first).
    void keyPressEvent(QKeyEvent* event) override;

private:
    /// Every OSS's figures as the table shows them, all made on the reading thread: per OSS the
    /// texts of its cells (names shortened, core::shortenedNames), then its whole name, its SM's
    /// whole name and its id; and what needs attention.
    struct Figures {
        QList<core::SocialCoopSummary> all;
        QList<QStringList> texts;
        QList<QList<Concern>> concerns;
        bool operator==(const Figures& other) const { return texts == other.texts && concerns == other.concerns; }
    };
    enum ExtraText { WholeName = ColumnCount, WholeHousingCoop, Id };
    static Figures figures(QList<core::SocialCoopSummary> all);
    void showFigures(Figures figures);

    AppContext& m_context;
    QDate m_day;
    QDateEdit* m_dayEdit;
    QTableWidget* m_table;
    FrozenColumn* m_frozen = nullptr;
    /// The figures in the table: the same figures read again (a change elsewhere that touches
    /// no OSS, such as a participant's note) leave the table, and the user's sorting, as they are.
    std::optional<Figures> m_shown;
};

} // namespace osiedle::ui
