#include "ui/debts/LedgerModel.h"

#include "core/common/DisplayFormat.h"
#include "core/storage/StorageError.h"
#include "ui/debts/DebtsFormat.h"

namespace osiedle::ui {

LedgerModel::LedgerModel(core::Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db) {}

void LedgerModel::setFilter(const core::LedgerFilter& filter)
{
    m_filter = filter;
    reload();
}

void LedgerModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_done = false;
    m_rows = nextPage();
    m_done = m_rows.size() < PageSize;
    endResetModel();
}

QList<core::LedgerRow> LedgerModel::nextPage() const
{
    std::optional<core::LedgerKey> after;
    if (!m_rows.isEmpty()) {
        after = core::LedgerKey{m_rows.last().entry.date, m_rows.last().entry.id};
    }
    try {
        return core::LedgerRepository(m_db).page(m_filter, after, PageSize);
    } catch (const core::StorageError&) {
        return {}; // the list stays as it is; the section shows storage errors on its writes
    }
}

const core::DebtEntry* LedgerModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row].entry : nullptr;
}

int LedgerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LedgerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerModel::data(const QModelIndex& index, int role) const
{
    if (index.row() < 0 || index.row() >= m_rows.size()) {
        return {};
    }
    const core::LedgerRow& row = m_rows[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Date:
            return core::shown::date(row.entry.date);
        case Kind:
            return core::DebtEntryKinds::name(row.entry.kind);
        case Amount:
            return row.entry.amount.format();
        case BalanceAfter:
            return row.balanceAfter ? row.balanceAfter->format() : QString();
        case Note:
            return row.entry.note;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == BalanceAfter)) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Entry");
    case Amount:
        return tr("Amount");
    case BalanceAfter:
        return tr("Balance");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

bool LedgerModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_done;
}

void LedgerModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_done) {
        return;
    }
    const QList<core::LedgerRow> page = nextPage();
    m_done = page.size() < PageSize;
    if (page.isEmpty()) {
        return;
    }
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

} // namespace osiedle::ui
