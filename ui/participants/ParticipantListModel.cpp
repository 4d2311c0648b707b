#include "ui/participants/ParticipantListModel.h"

#include "core/common/DisplayFormat.h"
#include "core/common/ShortNames.h"
#include "core/domain/ParticipantCompleteness.h"
#include "ui/common/ListExport.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace osiedle::ui {

using core::ListQueries::ParticipantRow;

ParticipantListModel::ParticipantListModel(core::Database& db, QObject* parent)
    : PagedTableModel(db, core::ListQueries::participants(), &core::ListQueries::readParticipant, parent)
{}

void ParticipantListModel::setFilter(const core::ListQueries::ParticipantFilter& wanted)
{
    if (wanted == m_filter) {
        return;
    }
    m_filter = wanted;
    setFilters(core::ListQueries::participantFilters(wanted));
}

int ParticipantListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant ParticipantListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const ParticipantRow& row = rowAt(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Surname:
            return row.lastName;
        case Column::FirstName:
            return row.firstName;
        case Column::Pesel:
            return row.pesel.isEmpty() ? tr("none") : row.pesel;
        case Column::Sex:
            return row.sex ? (*row.sex == core::Sex::Female ? tr("F", "sex: woman") : tr("M", "sex: man")) : QString();
        case Column::Age:
            return row.age ? QVariant(*row.age) : QVariant();
        case Column::HousingCoop:
            return core::abbreviatedName(row.housingCoop);
        case Column::Status:
            return row.status ? core::label(*row.status, row.sex) : QString();
        case Column::Start:
            return row.start.isValid() ? core::shown::date(row.start) : QString();
        case Column::Incomplete:
            return row.missing != 0 ? tr("data missing") : QString();
        case Column::Count:
            break;
        }
        return {};
    }
    if ((role == Qt::ToolTipRole || role == ListExport::WholeTextRole) && column == Column::HousingCoop &&
        !row.housingCoop.isEmpty()) {
        return row.housingCoop;
    }
    if (role == Qt::TextAlignmentRole && column == Column::Age) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole && column == Column::Pesel && row.pesel.isEmpty()) {
        return QApplication::palette().brush(QPalette::PlaceholderText);
    }
    if (column == Column::Incomplete && row.missing != 0) {
        if (role == Qt::DecorationRole) {
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        if (role == Qt::ToolTipRole) {
            return tr("Missing: %1. The person does not count in the indicators until this is filled in.")
                .arg(core::ParticipantCompleteness::describe(row.missing));
        }
    }
    return {};
}

QVariant ParticipantListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    const auto column = static_cast<Column>(section);
    if (role == WidthRole) {
        static constexpr int widths[] = {16, 12, 14, 4, 5, 28, 20, 11, 16};
        return section >= 0 && section < static_cast<int>(Column::Count) ? widths[section] : 10;
    }
    if (role == Qt::ToolTipRole && column == Column::Start) {
        return tr("Start of participation: the day of the first support received");
    }
    if (role == Qt::ToolTipRole && column == Column::Sex) {
        return tr("F: woman, M: man");
    }
    if (role == Qt::ToolTipRole && column == Column::Incomplete) {
        return tr("Whether the mandatory monitoring data of the participant is complete");
    }
    if (role == Qt::ToolTipRole && column == Column::Age) {
        return tr("Age at the start of participation (today for those who have not started yet)");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case Column::Surname:
        return tr("Surname");
    case Column::FirstName:
        return tr("First name");
    case Column::Pesel:
        return tr("PESEL");
    case Column::Sex:
        return tr("Sex");
    case Column::Age:
        return tr("Age");
    case Column::HousingCoop:
        return tr("Housing cooperative");
    case Column::Status:
        return tr("Recruitment");
    case Column::Start:
        return tr("Start");
    case Column::Incomplete:
        return tr("Monitoring");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace osiedle::ui
