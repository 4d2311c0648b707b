#include "ui/common/FrozenColumn.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

namespace osiedle::ui {

FrozenColumn* FrozenColumn::freeze(QTableView* table)
{
    return new FrozenColumn(table);
}

FrozenColumn::FrozenColumn(QTableView* table) : QObject(table), m_table(table), m_frozen(new QTableView(table))
{
    m_frozen->setObjectName(table->objectName() + QStringLiteral("Frozen"));
    m_frozen->setModel(table->model());
    m_frozen->setSelectionModel(table->selectionModel());
    m_frozen->setSelectionBehavior(table->selectionBehavior());
    m_frozen->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->setAlternatingRowColors(table->alternatingRowColors());
    m_frozen->setWordWrap(table->wordWrap());
    m_frozen->setTextElideMode(table->textElideMode());
    m_frozen->setItemDelegateForColumn(0, table->itemDelegateForColumn(0));
    m_frozen->verticalHeader()->hide();
    m_frozen->verticalHeader()->setDefaultSectionSize(table->verticalHeader()->defaultSectionSize());
    m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->horizontalHeader()->setDefaultAlignment(table->horizontalHeader()->defaultAlignment());
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setFrameShape(QFrame::NoFrame);
    // a line at its right edge: the columns scroll under it
    m_frozen->setStyleSheet(QStringLiteral("QTableView { border-right: 1px solid palette(mid); }"));
    for (int column = 1; column < table->model()->columnCount(); ++column) {
        m_frozen->setColumnHidden(column, true);
    }
    m_frozen->setColumnWidth(0, table->columnWidth(0));
    table->viewport()->stackUnder(m_frozen);
    table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_frozen->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    QHeaderView* header = table->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this, [this](int column, int, int size) {
        if (column == 0) {
            m_frozen->setColumnWidth(0, size);
            place();
        }
    });
    connect(table->verticalHeader(), &QHeaderView::sectionResized, this,
            [this](int row, int, int size) { m_frozen->setRowHeight(row, size); });
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, table->verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(table->verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(),
            &QAbstractSlider::setValue);
    // Sorting by the frozen column: a click on its header sorts the table, as the table's own
    // header would.
    m_frozen->horizontalHeader()->setSortIndicatorShown(header->isSortIndicatorShown());
    m_frozen->horizontalHeader()->setSectionsClickable(header->sectionsClickable());
    connect(m_frozen->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int) {
        QHeaderView* own = m_table->horizontalHeader();
        const bool ascending = own->sortIndicatorSection() != 0 || own->sortIndicatorOrder() == Qt::DescendingOrder;
        m_table->sortByColumn(0, ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
    });
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
        m_frozen->horizontalHeader()->setSortIndicator(column == 0 ? 0 : -1, order);
    });
    m_frozen->horizontalHeader()->setSortIndicator(header->sortIndicatorSection() == 0 ? 0 : -1,
                                                   header->sortIndicatorOrder());
    connect(m_frozen, &QTableView::doubleClicked, table, &QTableView::doubleClicked);
    connect(m_frozen, &QTableView::activated, table, &QTableView::activated);
    table->installEventFilter(this);
    header->installEventFilter(this);
    m_frozen->show();
    place();
}

bool FrozenColumn::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show) {
        place();
    }
    return QObject::eventFilter(watched, event);
}

void FrozenColumn::place()
{
    // over the table's first column and its header, down to the bottom of its viewport
    QHeaderView* header = m_table->horizontalHeader();
    m_frozen->horizontalHeader()->setFixedHeight(header->height());
    const int frame = m_table->frameWidth();
    const int left = (m_table->verticalHeader()->isVisible() ? m_table->verticalHeader()->width() : 0) + frame;
    m_frozen->setGeometry(left, frame, m_table->columnWidth(0) + 1, m_table->viewport()->height() + header->height());
}

} // namespace osiedle::ui
