#pragma once

#include "core/storage/ListQueries.h"
#include "ui/common/PagedTableModel.h"

namespace osiedle::ui {

/// The housing cooperatives (SM) list.
class HousingCoopListModel : public PagedTableModel<core::ListQueries::HousingCoopRow> {
    Q_OBJECT

public:
    /// The columns, in the order of core::ListQueries::HousingCoopSort.
    enum class Column { Name, Locality, Status, Flats, Participants, Count };

    explicit HousingCoopListModel(core::Database& db, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace osiedle::ui
