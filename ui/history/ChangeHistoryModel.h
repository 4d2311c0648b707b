#pragma once

#include "core/history/ChangeEntry.h"

#include <QAbstractTableModel>

namespace osiedle::core {
class Database;
}

namespace osiedle::ui {

/// The rows of the change history matching a filter, newest first, fetched a page at a time
/// (canFetchMore/fetchMore) so that a long history opens at once. Each row is one changed
/// record; the Change column says what changed in words (ChangeHistoryText), its tooltip lists
/// every field on a line of its own.
class ChangeHistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Time, Person, Action, Record, Change, ColumnCount };
    static constexpr int pageSize = 200;

    explicit ChangeHistoryModel(core::Database& db, QObject* parent = nullptr);

    /// Shows the rows matching `filter` (from the newest).
    void setFilter(const core::ChangeFilter& filter);
    const core::ChangeFilter& filter() const { return m_filter; }
    /// Reads the first page again (after a change).
    void reload();
    const core::ChangeEntry& entry(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    core::Database& m_db;
    core::ChangeFilter m_filter;
    QList<core::ChangeEntry> m_rows;
    bool m_more = false;
};

} // namespace osiedle::ui
