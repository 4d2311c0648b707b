#include "ui/consultations/ConsultationListModel.h"

#include "core/common/DisplayFormat.h"
#include "core/common/ShortNames.h"
#include "ui/common/ListExport.h"

#include <QBrush>
#include <QColor>

namespace osiedle::ui {

ConsultationListModel::ConsultationListModel(QObject* parent) : QAbstractTableModel(parent) {}

void ConsultationListModel::setRows(QList<core::ConsultationRow> rows, const QDate& today)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_today = today;
    endResetModel();
}

int ConsultationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ConsultationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConsultationListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const core::ConsultationRow& row = m_rows.at(index.row());
    const core::Consultation& c = row.consultation;
    const bool overdue = c.followUpOn.isValid() && !c.followUpDone && c.followUpOn < m_today;
    if (role == Qt::ForegroundRole && index.column() == FollowUp && overdue) {
        return QBrush(QColor(0xb0, 0x00, 0x20));
    }
    if (role == Qt::ToolTipRole && (index.column() == Topic || index.column() == Outcome)) {
        return index.column() == Topic ? c.topic : c.outcome;
    }
    if ((role == Qt::ToolTipRole || role == ListExport::WholeTextRole) && index.column() == SocialCoop &&
        !row.socialCoopName.isEmpty()) {
        return row.socialCoopName;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(index.column())) {
    case Date:
        return core::shown::date(c.date);
    case Adviser:
        return c.adviser;
    case SocialCoop:
        return core::abbreviatedName(row.socialCoopName);
    case Participant:
        return row.participantName;
    case Area:
        return core::label(c.area);
    case Topic:
        return c.topic;
    case Hours:
        return core::shown::hours(c.minutes);
    case Outcome:
        return c.outcome;
    case FollowUp:
        if (!c.followUpOn.isValid()) {
            return QString();
        }
        return c.followUpDone ? tr("%1 (done)").arg(core::shown::date(c.followUpOn)) : core::shown::date(c.followUpOn);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ConsultationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Date:
        return tr("Date");
    case Adviser:
        return tr("Adviser");
    case SocialCoop:
        return tr("OSS");
    case Participant:
        return tr("Participant");
    case Area:
        return tr("Area");
    case Topic:
        return tr("Topic");
    case Hours:
        return tr("Hours");
    case Outcome:
        return tr("Outcome");
    case FollowUp:
        return tr("Follow-up");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace osiedle::ui
