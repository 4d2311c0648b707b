#include "ui/training/CourseListModel.h"

#include "core/common/DisplayFormat.h"
#include "core/common/ShortNames.h"
#include "core/storage/StorageError.h"
#include "ui/common/ListExport.h"

namespace osiedle::ui {

CourseListModel::CourseListModel(QObject* parent) : QAbstractTableModel(parent) {}

CourseListModel::Rows CourseListModel::read(core::Database& db, const core::CourseFilter& filter)
{
    Rows rows;
    try {
        rows.courses = core::CourseRepository(db).list(filter);
    } catch (const core::StorageError&) {
        rows.courses.clear();
    }
    QStringList names;
    for (const core::CourseSummary& row : std::as_const(rows.courses)) {
        names << row.course.name;
    }
    rows.shortNames = core::shortenedNames(names);
    return rows;
}

void CourseListModel::show(Rows rows)
{
    beginResetModel();
    m_rows = std::move(rows.courses);
    m_shortNames = std::move(rows.shortNames);
    endResetModel();
}

int CourseListModel::rowOf(qint64 courseId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].course.id == courseId) {
            return r;
        }
    }
    return -1;
}

int CourseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CourseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CourseListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const core::CourseSummary& row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() >= PlannedHours) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if ((role == Qt::ToolTipRole || role == ListExport::WholeTextRole) && index.column() == Name) {
        return row.course.name;
    }
    if ((role == Qt::ToolTipRole || role == ListExport::WholeTextRole) && index.column() == SocialCoop &&
        !row.socialCoopName.isEmpty()) {
        return row.socialCoopName;
    }
    if (role == Qt::ToolTipRole && index.column() == PlannedHours) {
        return tr("%1 h scheduled in sessions").arg(core::shown::hours(row.scheduledMinutes));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(index.column())) {
    case Name:
        return m_shortNames.value(index.row(), row.course.name);
    case SupportForm:
        return row.supportFormName;
    case SocialCoop:
        return core::abbreviatedName(row.socialCoopName);
    case Trainer:
        return row.course.trainer;
    case Start:
        return core::shown::date(row.course.startDate);
    case End:
        return core::shown::date(row.course.endDate);
    case PlannedHours:
        return core::shown::hours(row.course.plannedMinutes);
    case Sessions:
        return row.sessionCount;
    case Enrolled:
        return row.enrolledCount;
    case Completed:
        return row.completedCount;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CourseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Course");
    case SupportForm:
        return tr("Support form");
    case SocialCoop:
        return tr("OSS group");
    case Trainer:
        return tr("Trainer");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case PlannedHours:
        return tr("Hours");
    case Sessions:
        return tr("Sessions");
    case Enrolled:
        return tr("Enrolled");
    case Completed:
        return tr("Completed");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace osiedle::ui
