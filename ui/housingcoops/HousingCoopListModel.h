#pragma once

#include "core/storage/ListQueries.h"
#include "ui/common/ColumnTableModel.h"

namespace osiedle::ui {

/// The housing cooperatives (SM) list.
class HousingCoopListModel : public ColumnTableModel<core::ListQueries::HousingCoopRow> {
    Q_OBJECT

public:
    /// The columns, in the order of core::ListQueries::HousingCoopSort.
    enum class Column { Name, Locality, Status, Flats, Participants, Count };

    explicit HousingCoopListModel(core::Database& db, QObject* parent = nullptr);
};

} // namespace osiedle::ui
