#pragma once

#include <QObject>
#include <vector>

class QTableView;

namespace osiedle::ui {

/// Sizes the rows of a table with wrapped text to their content as they come into view, and
/// again when a column's width changes. Sizing every row at once (hundreds of wrapped lines in a
/// large project) would hold the window; rows not yet seen keep the default height.
class RowsSizedInView : public QObject {
    Q_OBJECT

public:
    explicit RowsSizedInView(QTableView* view);

    /// The content changed: every row is measured again when seen (the rows in view now).
    void reset();
    /// Sizes the rows in view that are not sized yet (done on its own after scrolling, resizing
    /// and reset(); public for callers that need the heights at once, such as tests).
    void sizeRowsInView();
    /// How many rows have been measured since the last reset.
    int sizedRows() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void schedule();

    QTableView* m_view;
    std::vector<bool> m_sized;
    bool m_scheduled = false;
};

} // namespace osiedle::ui
