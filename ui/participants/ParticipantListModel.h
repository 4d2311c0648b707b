#pragma once

#include "core/storage/ListQueries.h"
#include "ui/common/PagedTableModel.h"

namespace osiedle::ui {

/// The participants list: one row per participant, read page by page.
class ParticipantListModel : public PagedTableModel<core::ListQueries::ParticipantRow> {
    Q_OBJECT

public:
    /// The columns, in the order of core::ListQueries::ParticipantSort.
    enum class Column { Surname, FirstName, Pesel, Sex, Age, HousingCoop, Status, Start, Incomplete, Count };

    explicit ParticipantListModel(core::Database& db, QObject* parent = nullptr);

    /// Shows only the participants the filter lets through (narrowed in SQL), from the first row.
    void setFilter(const core::ListQueries::ParticipantFilter& wanted);
    const core::ListQueries::ParticipantFilter& filter() const { return m_filter; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    core::ListQueries::ParticipantFilter m_filter;
};

} // namespace osiedle::ui
