#include "ui/housingcoops/HousingCoopListModel.h"

#include <QLocale>

namespace osiedle::ui {

using core::ListQueries::HousingCoopRow;

HousingCoopListModel::HousingCoopListModel(core::Database& db, QObject* parent)
    : PagedTableModel(db, core::ListQueries::housingCoops(), &core::ListQueries::readHousingCoop, parent)
{}

int HousingCoopListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant HousingCoopListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const HousingCoopRow& row = rowAt(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::TextAlignmentRole && (column == Column::Flats || column == Column::Participants)) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case Column::Name:
        return row.name;
    case Column::Locality:
        return row.locality;
    case Column::Status:
        return row.status ? core::label(*row.status) : QString();
    case Column::Flats:
        return row.flats ? QLocale().toString(*row.flats) : QString();
    case Column::Participants:
        return row.participants;
    case Column::Count:
        break;
    }
    return {};
}

QVariant HousingCoopListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == WidthRole) {
        static constexpr int widths[] = {40, 20, 24, 8, 10};
        return section >= 0 && section < static_cast<int>(Column::Count) ? widths[section] : 10;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Locality:
        return tr("Locality");
    case Column::Status:
        return tr("Status");
    case Column::Flats:
        return tr("Flats");
    case Column::Participants:
        return tr("Participants");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace osiedle::ui
