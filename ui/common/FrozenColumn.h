#pragma once

#include <QObject>

class QTableView;

namespace osiedle::ui {

/// Keeps the first column of a wide table in view while it scrolls sideways (the names of a
/// table of figures): a second view of the same model, showing only that column, lies over the
/// table's left edge and follows its rows, selection, sorting, column width and vertical
/// scrolling. Owned by the table.
class FrozenColumn : public QObject {
    Q_OBJECT

public:
    /// Freezes the first column of `table` (which must have its model set).
    static FrozenColumn* freeze(QTableView* table);

    QTableView* view() const { return m_frozen; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit FrozenColumn(QTableView* table);
    void place();

    QTableView* m_table;
    QTableView* m_frozen;
};

} // namespace osiedle::ui
