#pragma once

#include <QAbstractTableModel>

namespace osiedle::ui {

/// What a list section needs of its model, whatever its rows: search, counts, the id of a row,
/// reloading after a change. Implemented by PagedTableModel.
class ListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    /// headerData(column, Qt::Horizontal, WidthRole): the usual width of the column in average
    /// characters (views size their columns from it).
    static constexpr int WidthRole = Qt::UserRole + 100;

    using QAbstractTableModel::QAbstractTableModel;

    virtual void setSearch(const QString& text) = 0;
    virtual QString search() const = 0;
    /// Rows that match the search (all of them are reachable by scrolling).
    virtual qint64 matchingCount() const = 0;
    /// Rows of the list without the search.
    virtual qint64 totalCount() const = 0;
    /// The id of a loaded row; 0 for a row outside the loaded ones.
    virtual qint64 idAt(int row) const = 0;
    /// The row of an id among the loaded rows; -1 when it is not loaded.
    virtual int rowOf(qint64 id) const = 0;
    /// Reads the list again from the file (after a change), keeping the search and the sort.
    virtual void reload() = 0;
    /// The message of a storage failure during the last read; empty when the read went well.
    virtual QString error() const = 0;
};

} // namespace osiedle::ui
