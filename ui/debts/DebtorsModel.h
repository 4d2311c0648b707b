#pragma once

#include "core/services/ArrearsOverview.h"

#include <QAbstractTableModel>

#include <array>

namespace osiedle::ui {

/// The list of tenants with arrears: a thin table over ArrearsOverview::debtors. Sorting uses
/// SortRole (numbers for money columns, the collated text otherwise).
class DebtorsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, HousingCoop, Account, AtEntry, Balance, Change, Plan, Eviction, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<core::DebtorOverview> rows);
    const core::DebtorOverview* at(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// "Overdue 21 days" etc. for the plan column.
    static QString planText(const core::DebtorOverview& row);

private:
    QList<core::DebtorOverview> m_rows;
    QList<std::array<int, 3>> m_ranks; ///< Polish collation rank of name, SM and account per row
};

} // namespace osiedle::ui
