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

    /// The Polish collation rank of a row's name, SM and account among the rows given (only
    /// their order matters: the ranks of a part of the rows may be passed with that part).
    using Ranks = std::array<int, 3>;
    /// The ranks of `rows`; reentrant, so that a list read off the window's thread is ranked there.
    static QList<Ranks> ranks(const QList<core::DebtorOverview>& rows);

    void setRows(QList<core::DebtorOverview> rows);
    void setRows(QList<core::DebtorOverview> rows, QList<Ranks> ranks);
    const core::DebtorOverview* at(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// "Overdue 21 days" etc. for the plan column.
    static QString planText(const core::DebtorOverview& row);

private:
    QList<core::DebtorOverview> m_rows;
    QList<Ranks> m_ranks; ///< per row, see Ranks
};

} // namespace osiedle::ui
