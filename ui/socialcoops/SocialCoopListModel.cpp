#include "ui/socialcoops/SocialCoopListModel.h"

namespace osiedle::ui {

using core::ListQueries::SocialCoopRow;

SocialCoopListModel::SocialCoopListModel(core::Database& db, QObject* parent)
    : PagedTableModel(db, core::ListQueries::socialCoops(), &core::ListQueries::readSocialCoop, parent)
{}

int SocialCoopListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant SocialCoopListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const SocialCoopRow& row = rowAt(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::TextAlignmentRole && column == Column::Members) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case Column::Name:
        return row.name;
    case Column::HousingCoop:
        return row.housingCoop;
    case Column::Locality:
        return row.locality;
    case Column::Status:
        return row.status ? core::label(*row.status) : QString();
    case Column::Members:
        return row.members;
    case Column::Count:
        break;
    }
    return {};
}

QVariant SocialCoopListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == WidthRole) {
        static constexpr int widths[] = {40, 26, 16, 16, 8};
        return section >= 0 && section < static_cast<int>(Column::Count) ? widths[section] : 10;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case Column::Name:
        return tr("Name");
    case Column::HousingCoop:
        return tr("Housing cooperative");
    case Column::Locality:
        return tr("Locality");
    case Column::Status:
        return tr("Stage");
    case Column::Members:
        return tr("Members");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace osiedle::ui
