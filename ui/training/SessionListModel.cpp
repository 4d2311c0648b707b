#include "ui/training/SessionListModel.h"

#include "core/common/DisplayFormat.h"
#include "core/storage/StorageError.h"

#include <QLocale>

namespace osiedle::ui {

SessionListModel::SessionListModel(core::Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db) {}

void SessionListModel::load(qint64 courseId)
{
    beginResetModel();
    m_courseId = courseId;
    try {
        core::SessionRepository sessions(m_db);
        m_sessions = sessions.forCourse(courseId);
        m_present = sessions.presentCounts(courseId);
    } catch (const core::StorageError&) {
        m_sessions.clear();
        m_present.clear();
    }
    endResetModel();
}

int SessionListModel::scheduledMinutes() const
{
    int minutes = 0;
    for (const core::Session& s : m_sessions) {
        minutes += s.minutes;
    }
    return minutes;
}

int SessionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sessions.size());
}

int SessionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const core::Session& s = m_sessions.at(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == Hours || index.column() == Present)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(index.column())) {
    case Date:
        return core::shown::date(s.date);
    case Day:
        return QLocale().dayName(s.date.dayOfWeek(), QLocale::ShortFormat);
    case Time:
        return s.startTime.isValid() ? s.startTime.toString(QStringLiteral("HH:mm")) : QString();
    case Hours:
        return core::shown::hours(s.minutes);
    case Topic:
        return s.topic;
    case Trainer:
        return s.trainer;
    case Present:
        return m_present.value(s.id);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Date:
        return tr("Date");
    case Day:
        return tr("Day");
    case Time:
        return tr("Start");
    case Hours:
        return tr("Hours");
    case Topic:
        return tr("Topic");
    case Trainer:
        return tr("Trainer");
    case Present:
        return tr("Present");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace osiedle::ui
