#include "ui/training/EnrolmentListModel.h"

#include "core/common/DisplayFormat.h"
#include "core/storage/StorageError.h"

#include <QBrush>
#include <QColor>

namespace osiedle::ui {

EnrolmentListModel::EnrolmentListModel(core::Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db) {}

void EnrolmentListModel::load(qint64 courseId)
{
    beginResetModel();
    m_courseId = courseId;
    try {
        m_rows = core::EnrolmentRepository(m_db).forCourse(courseId);
    } catch (const core::StorageError&) {
        m_rows.clear();
    }
    endResetModel();
}

int EnrolmentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EnrolmentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnrolmentListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const core::EnrolledParticipant& row = m_rows.at(index.row());
    const core::Enrolment& e = row.enrolment;
    if (role == Qt::ForegroundRole && e.withdrawn()) {
        return QBrush(QColor(0x80, 0x80, 0x80));
    }
    if (role == Qt::BackgroundRole && e.completed()) {
        return QBrush(QColor(0xc8, 0xe6, 0xc9));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(index.column())) {
    case Name:
        return row.sortName();
    case Pesel:
        return row.pesel;
    case EnrolledOn:
        return core::shown::date(e.enrolledOn);
    case WithdrawnOn:
        return core::shown::date(e.withdrawnOn);
    case Reason:
        return e.withdrawalReason;
    case CompletedOn:
        return core::shown::date(e.completedOn);
    case Certificate:
        return e.completed() && e.certificateNumber ? QVariant(*e.certificateNumber) : QVariant();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EnrolmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Participant");
    case Pesel:
        return tr("PESEL");
    case EnrolledOn:
        return tr("Enrolled");
    case WithdrawnOn:
        return tr("Withdrawn");
    case Reason:
        return tr("Reason");
    case CompletedOn:
        return tr("Completed");
    case Certificate:
        return tr("Certificate no.");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace osiedle::ui
