#include "ui/common/RowsSizedInView.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <algorithm>

namespace osiedle::ui {

RowsSizedInView::RowsSizedInView(QTableView* view) : QObject(view), m_view(view)
{
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &RowsSizedInView::schedule);
    // A column narrowed or widened wraps its text into other lines: every row is measured again.
    connect(view->horizontalHeader(), &QHeaderView::sectionResized, this, &RowsSizedInView::reset);
    view->viewport()->installEventFilter(this);
}

void RowsSizedInView::reset()
{
    m_sized.assign(m_sized.size(), false);
    schedule();
}

void RowsSizedInView::schedule()
{
    // Once the event loop runs: a fill, a sort and several column changes in a row size once.
    if (!m_scheduled) {
        m_scheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_scheduled = false;
            sizeRowsInView();
        });
    }
}

void RowsSizedInView::sizeRowsInView()
{
    const QAbstractItemModel* model = m_view->model();
    const int rows = model == nullptr ? 0 : model->rowCount();
    if (m_sized.size() != std::size_t(rows)) {
        m_sized.assign(std::size_t(rows), false);
    }
    const int first = std::max(0, m_view->rowAt(0));
    const int bottom = m_view->viewport()->height();
    // Row by row: a row grown by its wrapped lines pushes the next ones out of view.
    bool sizedAny = false;
    for (int row = first; row < rows && m_view->rowViewportPosition(row) < bottom; ++row) {
        if (!m_sized[std::size_t(row)]) {
            m_sized[std::size_t(row)] = true;
            m_view->resizeRowToContents(row);
            sizedAny = true;
        }
    }
    // The rows grown may have moved others into view (the scroll range changed): those next.
    // Each pass sizes at least one row more, so this ends.
    if (sizedAny) {
        schedule();
    }
}

int RowsSizedInView::sizedRows() const
{
    return int(std::count(m_sized.begin(), m_sized.end(), true));
}

bool RowsSizedInView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && (event->type() == QEvent::Resize || event->type() == QEvent::Show)) {
        schedule();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace osiedle::ui
