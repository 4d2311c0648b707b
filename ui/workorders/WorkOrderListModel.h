#pragma once

#include "core/storage/WorkOrderRepository.h"

#include <QAbstractTableModel>

namespace osiedle::core {
class Database;
}

namespace osiedle::ui {

/// The work orders of a filter (open / overdue / awaiting payment, per OSS and SM, search): the
/// first page and the count as read (off the window's thread, see read()), the next pages
/// fetched as the view scrolls.
class WorkOrderListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Number,
        HousingCoop,
        SocialCoop,
        Estate,
        Kind,
        Description,
        Ordered,
        Due,
        Status,
        Net,
        Gross,
        Hours,
        Invoice,
        ColumnCount
    };
    static constexpr int pageSize = 200;

    /// The first page of a filter's orders and how many there are in all.
    struct Page {
        QList<core::WorkOrderRow> rows;
        int total = 0;
    };

    explicit WorkOrderListModel(core::Database& db, QObject* parent = nullptr);

    /// Reads the first page of `filter` from `db` (any connection; throws StorageError).
    static Page read(core::Database& db, const core::WorkOrderFilter& filter);
    /// Shows the page read for `filter`.
    void show(const core::WorkOrderFilter& filter, Page page);
    const core::WorkOrderFilter& filter() const { return m_filter; }
    const core::WorkOrderRow* rowAt(int row) const;
    int rowOf(qint64 orderId) const;
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    core::WorkOrderRepository m_repository;
    core::WorkOrderFilter m_filter;
    QList<core::WorkOrderRow> m_rows;
    int m_total = 0;
};

} // namespace osiedle::ui
