#pragma once

#include "core/storage/LedgerRepository.h"

#include <QAbstractTableModel>

namespace osiedle::core {
class Database;
}

namespace osiedle::ui {

/// One account's ledger (or the whole ledger), newest first, fetched lazily in pages of 200 by
/// keyset (canFetchMore/fetchMore), so a million entries scroll without loading them all.
class LedgerModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Date, Kind, Amount, BalanceAfter, Note, ColumnCount };
    static constexpr int PageSize = 200;

    LedgerModel(core::Database& db, QObject* parent = nullptr);

    /// Shows the ledger of one account (or of all with std::nullopt) from its newest entry.
    void setFilter(const core::LedgerFilter& filter);
    /// Reloads from the top (after a change).
    void reload();
    const core::DebtEntry* entryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    QList<core::LedgerRow> nextPage() const;

    core::Database& m_db;
    core::LedgerFilter m_filter;
    QList<core::LedgerRow> m_rows;
    bool m_done = true;
};

} // namespace osiedle::ui
