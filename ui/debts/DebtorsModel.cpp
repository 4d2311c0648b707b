#include "ui/debts/DebtorsModel.h"

#include "core/common/ShortNames.h"
#include "ui/common/ListExport.h"
#include "ui/debts/DebtsFormat.h"

#include <QBrush>
#include <QCollator>
#include <QColor>
#include <QLocale>
#include <functional>
#include <numeric>
#include <vector>

namespace osiedle::ui {

QList<DebtorsModel::Ranks> DebtorsModel::ranks(const QList<core::DebtorOverview>& rows)
{
    // Sorting by text follows the Polish alphabet (ą after a, ł after l) whatever the system locale.
    QCollator collator{QLocale(QLocale::Polish, QLocale::Poland)};
    collator.setNumericMode(true);
    QList<Ranks> ranks(rows.size());
    const std::array<QString core::DebtorRow::*, 3> keys = {
        &core::DebtorRow::participantName, &core::DebtorRow::housingCoopName, &core::DebtorRow::accountNumber};
    for (std::size_t k = 0; k < keys.size(); ++k) {
        // Each text's collation key once, then byte comparisons: thousands of tenants sort fast.
        std::vector<QCollatorSortKey> sortKeys;
        sortKeys.reserve(std::size_t(rows.size()));
        for (const core::DebtorOverview& row : rows) {
            sortKeys.push_back(collator.sortKey(row.debtor.*keys[k]));
        }
        QList<int> order(rows.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&sortKeys](int a, int b) {
            return sortKeys[std::size_t(a)].compare(sortKeys[std::size_t(b)]) < 0;
        });
        for (int rank = 0; rank < order.size(); ++rank) {
            ranks[order[rank]][k] = rank;
        }
    }
    return ranks;
}

void DebtorsModel::setRows(QList<core::DebtorOverview> rows)
{
    QList<Ranks> ranked = ranks(rows);
    setRows(std::move(rows), std::move(ranked));
}

void DebtorsModel::setRows(QList<core::DebtorOverview> rows, QList<Ranks> ranks)
{
    Q_ASSERT(rows.size() == ranks.size());
    beginResetModel();
    m_rows = std::move(rows);
    m_ranks = std::move(ranks);
    endResetModel();
}

const core::DebtorOverview* DebtorsModel::at(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int DebtorsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DebtorsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DebtorsModel::planText(const core::DebtorOverview& row)
{
    if (!row.plan) {
        return tr("No agreement");
    }
    if (*row.plan == core::PlanStanding::Overdue || *row.plan == core::PlanStanding::NotKept) {
        return tr("%1 (%2)").arg(core::InstalmentSchedule::standingName(*row.plan), debtDays(row.daysOverdue));
    }
    return core::InstalmentSchedule::standingName(*row.plan);
}

QVariant DebtorsModel::data(const QModelIndex& index, int role) const
{
    const core::DebtorOverview* row = at(index.row());
    if (row == nullptr) {
        return {};
    }
    const auto& d = row->debtor;
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case Name:
            return sort ? QVariant(m_ranks[index.row()][0]) : QVariant(d.participantName);
        case HousingCoop:
            return sort ? QVariant(m_ranks[index.row()][1]) : QVariant(core::abbreviatedName(d.housingCoopName));
        case Account:
            return sort
                       ? QVariant(m_ranks[index.row()][2])
                       : QVariant(d.flat.isEmpty() ? d.accountNumber : tr("%1 (flat %2)").arg(d.accountNumber, d.flat));
        case AtEntry:
            return sort ? QVariant(d.atEntry.grosze()) : QVariant(d.atEntry.format());
        case Balance:
            return sort ? QVariant(d.balance.grosze()) : QVariant(d.balance.format());
        case Change:
            return sort ? QVariant(row->change().grosze()) : QVariant(row->change().format());
        case Plan:
            return sort ? QVariant(row->plan ? row->daysOverdue + 1 : 0) : QVariant(planText(*row));
        case Eviction:
            return core::EvictionPath::name(row->stage);
        default:
            return {};
        }
    }
    if ((role == Qt::ToolTipRole || role == ListExport::WholeTextRole) && index.column() == HousingCoop) {
        return d.housingCoopName;
    }
    if (role == Qt::TextAlignmentRole && index.column() >= AtEntry && index.column() <= Change) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == Change && row->change().grosze() < 0) {
            return QBrush(QColor(0x1b, 0x7f, 0x3b));
        }
        if (index.column() == Plan && row->plan == core::PlanStanding::NotKept) {
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        }
        if (index.column() == Plan && row->plan == core::PlanStanding::Overdue) {
            return QBrush(QColor(0xb3, 0x6b, 0x00));
        }
    }
    return {};
}

QVariant DebtorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name:
        return tr("Participant");
    case HousingCoop:
        return tr("Housing cooperative");
    case Account:
        return tr("Account");
    case AtEntry:
        return tr("Arrears at entry");
    case Balance:
        return tr("Arrears now");
    case Change:
        return tr("Change");
    case Plan:
        return tr("Instalment agreement");
    case Eviction:
        return tr("Eviction case");
    default:
        return {};
    }
}

} // namespace osiedle::ui
