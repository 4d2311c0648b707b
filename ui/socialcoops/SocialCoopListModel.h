#pragma once

#include "core/storage/ListQueries.h"
#include "ui/common/PagedTableModel.h"

namespace osiedle::ui {

/// The social cooperatives (OSS) list, with each one's stage on the founding path.
class SocialCoopListModel : public PagedTableModel<core::ListQueries::SocialCoopRow> {
    Q_OBJECT

public:
    /// The columns, in the order of core::ListQueries::SocialCoopSort.
    enum class Column { Name, HousingCoop, Locality, Status, Members, Count };

    explicit SocialCoopListModel(core::Database& db, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace osiedle::ui
