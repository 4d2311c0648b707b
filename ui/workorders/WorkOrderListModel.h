#pragma once

#include "core/storage/WorkOrderRepository.h"

#include <QAbstractTableModel>

namespace osiedle::core {
class Database;
}

namespace osiedle::ui {

/// The work orders of a filter (open / overdue / awaiting payment, per OSS and SM, search),
/// fetched page by page as the view scrolls.
class WorkOrderListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Number, HousingCoop, SocialCoop, Estate, Kind, Description, Ordered, Due, Status, Net, Gross, Hours,
                  Invoice, ColumnCount };
    static constexpr int pageSize = 200;

    explicit WorkOrderListModel(core::Database& db, QObject* parent = nullptr);

    void setFilter(const core::WorkOrderFilter& filter);
    const core::WorkOrderFilter& filter() const { return m_filter; }
    /// Reads the rows again (after a change).
    void reload();
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
