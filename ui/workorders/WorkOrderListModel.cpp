#include "ui/workorders/WorkOrderListModel.h"

#include "core/common/DisplayFormat.h"
#include "core/common/ShortNames.h"
#include "core/domain/WorkOrderLifecycle.h"
#include "ui/common/ListExport.h"
#include "ui/common/ReferenceDate.h"

#include <QBrush>
#include <QColor>

namespace osiedle::ui {

WorkOrderListModel::WorkOrderListModel(core::Database& db, QObject* parent)
    : QAbstractTableModel(parent), m_repository(db)
{
    m_filter.today = referenceDay(db);
}

WorkOrderListModel::Page WorkOrderListModel::read(core::Database& db, const core::WorkOrderFilter& filter)
{
    const core::WorkOrderRepository repository(db);
    core::WorkOrderFilter first = filter;
    first.limit = pageSize;
    first.offset = 0;
    return {repository.list(first), repository.count(filter)};
}

void WorkOrderListModel::show(const core::WorkOrderFilter& filter, Page page)
{
    beginResetModel();
    m_filter = filter;
    m_rows = std::move(page.rows);
    m_total = page.total;
    endResetModel();
}

const core::WorkOrderRow* WorkOrderListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int WorkOrderListModel::rowOf(qint64 orderId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].order.id == orderId) {
            return i;
        }
    }
    return -1;
}

int WorkOrderListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkOrderListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkOrderListModel::data(const QModelIndex& index, int role) const
{
    const core::WorkOrderRow* row = rowAt(index.row());
    if (!row || !index.isValid()) {
        return {};
    }
    const core::WorkOrder& o = row->order;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Net || index.column() == Gross || index.column() == Hours)) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole && index.column() == Due && o.dueOn && *o.dueOn < m_filter.today &&
        core::WorkOrderLifecycle::isOpen(o.status)) {
        return QBrush(QColor(0xb0, 0x20, 0x20));
    }
    if (role == Qt::UserRole) {
        return o.id;
    }
    if ((role == Qt::ToolTipRole || role == ListExport::WholeTextRole) &&
        (index.column() == HousingCoop || index.column() == SocialCoop)) {
        return index.column() == HousingCoop ? row->housingCoopName : row->socialCoopName;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Number:
        return o.number();
    case HousingCoop:
        return core::abbreviatedName(row->housingCoopName);
    case SocialCoop:
        return core::abbreviatedName(row->socialCoopName);
    case Estate:
        return o.estate;
    case Kind:
        return core::WorkOrderLifecycle::kindTitle(o.kind);
    case Description:
        return o.description;
    case Ordered:
        return core::shown::date(o.orderedOn);
    case Due:
        return core::shown::date(o.dueOn);
    case Status:
        return core::label(o.status);
    case Net:
        return o.net.formatPlain();
    case Gross:
        return o.gross().formatPlain();
    case Hours:
        return row->minutes > 0 ? core::shown::hours(row->minutes) : QString();
    case Invoice:
        return o.invoiceNumber;
    default:
        return {};
    }
}

QVariant WorkOrderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Number:
        return tr("No.");
    case HousingCoop:
        return tr("SM");
    case SocialCoop:
        return tr("OSS");
    case Estate:
        return tr("Estate / building");
    case Kind:
        return tr("Kind");
    case Description:
        return tr("Description");
    case Ordered:
        return tr("Ordered");
    case Due:
        return tr("Due");
    case Status:
        return tr("Status");
    case Net:
        return tr("Net (zł)");
    case Gross:
        return tr("Gross (zł)");
    case Hours:
        return tr("Hours");
    case Invoice:
        return tr("Invoice");
    default:
        return {};
    }
}

bool WorkOrderListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void WorkOrderListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    core::WorkOrderFilter page = m_filter;
    page.limit = pageSize;
    page.offset = int(m_rows.size());
    const auto more = m_repository.list(page);
    if (more.isEmpty()) {
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

} // namespace osiedle::ui
