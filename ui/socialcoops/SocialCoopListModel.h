#pragma once

#include "core/storage/ListQueries.h"
#include "ui/common/ColumnTableModel.h"

namespace osiedle::ui {

/// The social cooperatives (OSS) list, with each one's stage on the founding path.
class SocialCoopListModel : public ColumnTableModel<core::ListQueries::SocialCoopRow> {
    Q_OBJECT

public:
    /// The columns, in the order of core::ListQueries::SocialCoopSort.
    enum class Column { Name, HousingCoop, Locality, Status, Members, Count };

    explicit SocialCoopListModel(core::Database& db, QObject* parent = nullptr);
};

} // namespace osiedle::ui
