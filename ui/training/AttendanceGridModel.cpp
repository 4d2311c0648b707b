#include "ui/training/AttendanceGridModel.h"

#include "core/common/DisplayFormat.h"
#include "core/services/AttendanceService.h"
#include "core/services/TrainingProgress.h"
#include "core/storage/AttendanceRepository.h"
#include "core/storage/StorageError.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace osiedle::ui {

using core::AttendanceStatus;

namespace {

constexpr qint8 notMarked = -1;

/// Restores a flag when the scope ends, also on early return.
class SavingGuard {
public:
    explicit SavingGuard(bool& flag) : m_flag(flag) { m_flag = true; }
    ~SavingGuard() { m_flag = false; }
    SavingGuard(const SavingGuard&) = delete;
    SavingGuard& operator=(const SavingGuard&) = delete;

private:
    bool& m_flag;
};

} // namespace

AttendanceGridModel::AttendanceGridModel(core::Database& db, core::ChangeNotifier* changes, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_changes(changes)
{}

void AttendanceGridModel::load(qint64 courseId)
{
    beginResetModel();
    m_courseId = courseId;
    m_people.clear();
    m_sessions.clear();
    m_marks.clear();
    m_attended.clear();
    m_presentCount.clear();
    m_course = {};
    try {
        if (const auto course = core::CourseRepository(m_db).find(courseId)) {
            m_course = *course;
            const auto people = core::EnrolmentRepository(m_db).forCourse(courseId);
            const auto sessions = core::SessionRepository(m_db).forCourse(courseId);
            m_people.assign(people.begin(), people.end());
            m_sessions.assign(sessions.begin(), sessions.end());
            m_marks.assign(m_people.size() * m_sessions.size(), notMarked);
            m_attended.assign(m_people.size(), 0);
            m_presentCount.assign(m_sessions.size(), 0);
            QHash<qint64, int> rows;
            QHash<qint64, int> columns;
            for (int r = 0; r < participantCount(); ++r) {
                rows.insert(m_people[r].enrolment.participantId, r);
            }
            for (int c = 0; c < sessionCount(); ++c) {
                columns.insert(m_sessions[c].id, c);
            }
            for (const core::AttendanceEntry& e : core::AttendanceRepository(m_db).forCourse(courseId)) {
                const int r = rows.value(e.participantId, -1);
                const int c = columns.value(e.sessionId, -1);
                if (r >= 0 && c >= 0) {
                    m_marks[r * m_sessions.size() + c] = static_cast<qint8>(e.mark);
                    if (e.mark == AttendanceStatus::Present) {
                        m_attended[r] += m_sessions[c].minutes;
                        ++m_presentCount[c];
                    }
                }
            }
        } else {
            m_courseId = 0;
        }
    } catch (const core::StorageError&) {
        m_courseId = 0;
        m_people.clear();
        m_sessions.clear();
        m_marks.clear();
        m_attended.clear();
        m_presentCount.clear();
    }
    endResetModel();
}

int AttendanceGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_courseId == 0 ? 0 : participantCount() + 1;
}

int AttendanceGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_courseId == 0 ? 0 : sessionCount() + 2;
}

bool AttendanceGridModel::isMarkCell(const QModelIndex& index) const
{
    return index.isValid() && index.row() < participantCount() && index.column() < sessionCount();
}

std::optional<AttendanceStatus> AttendanceGridModel::markAt(int row, int column) const
{
    const qint8 mark = m_marks.at(static_cast<size_t>(row) * m_sessions.size() + column);
    if (mark == notMarked) {
        return std::nullopt;
    }
    return static_cast<AttendanceStatus>(mark);
}

bool AttendanceGridModel::completed(int row) const
{
    return core::TrainingProgress::reached(m_attended.at(row), m_course.plannedMinutes, m_course.thresholdPercent);
}

QVariant AttendanceGridModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const int row = index.row();
    const int column = index.column();
    const bool totalsRow = row == participantCount();
    const int hoursColumn = sessionCount();
    if (totalsRow) {
        if (role == Qt::DisplayRole) {
            if (column < sessionCount()) {
                return m_presentCount[column];
            }
            if (column == hoursColumn) {
                return tr("%1 h planned").arg(core::shown::hours(m_course.plannedMinutes));
            }
            return {};
        }
        if (role == Qt::ToolTipRole && column < sessionCount()) {
            return tr("%1 of %2 present, %3 attended hours")
                .arg(m_presentCount[column])
                .arg(participantCount())
                .arg(core::shown::hours(m_presentCount[column] * m_sessions[column].minutes));
        }
        if (role == Qt::FontRole) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (role == Qt::TextAlignmentRole) {
            return int(Qt::AlignCenter);
        }
        return {};
    }
    if (column < sessionCount()) {
        const auto mark = markAt(row, column);
        switch (role) {
        case Qt::DisplayRole:
            if (!mark) {
                return QString();
            }
            switch (*mark) {
            case AttendanceStatus::Present:
                return tr("P", "present, one letter");
            case AttendanceStatus::Excused:
                return tr("E", "excused absence, one letter");
            case AttendanceStatus::Absent:
                return tr("A", "absent, one letter");
            }
            return {};
        case Qt::ToolTipRole:
            return mark ? core::label(*mark) : tr("Not marked");
        case MarkRole:
            return mark ? core::key(*mark) : QString();
        case Qt::BackgroundRole:
            if (!mark) {
                return {};
            }
            switch (*mark) {
            case AttendanceStatus::Present:
                return QBrush(QColor(0xc8, 0xe6, 0xc9));
            case AttendanceStatus::Excused:
                return QBrush(QColor(0xff, 0xec, 0xb3));
            case AttendanceStatus::Absent:
                return QBrush(QColor(0xff, 0xcd, 0xd2));
            }
            return {};
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        default:
            return {};
        }
    }
    const bool done = completed(row);
    switch (role) {
    case Qt::DisplayRole:
        if (column == hoursColumn) {
            return core::shown::hours(m_attended[row]);
        }
        return m_course.plannedMinutes > 0 ? core::shown::percentOf(m_attended[row], m_course.plannedMinutes)
                                           : QString();
    case CompletedRole:
        return done;
    case Qt::ToolTipRole:
        return done ? tr("Completed: at least %1 % of the planned hours attended").arg(m_course.thresholdPercent)
                    : tr("Not completed yet: %1 % of the planned hours needed").arg(m_course.thresholdPercent);
    case Qt::BackgroundRole:
        return done ? QVariant(QBrush(QColor(0x81, 0xc7, 0x84))) : QVariant();
    case Qt::FontRole: {
        QFont font;
        font.setBold(done);
        return font;
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant AttendanceGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (role == Qt::DisplayRole) {
            if (section < sessionCount()) {
                const core::Session& s = m_sessions[section];
                return s.date.toString(QStringLiteral("dd.MM")) + QLatin1Char('\n') +
                       tr("%1 h").arg(core::shown::hours(s.minutes));
            }
            return section == sessionCount() ? tr("Hours") : tr("%");
        }
        if (role == Qt::ToolTipRole && section < sessionCount()) {
            const core::Session& s = m_sessions[section];
            return QLocale().toString(s.date, QLocale::LongFormat) +
                   (s.topic.isEmpty() ? QString() : QStringLiteral("\n") + s.topic);
        }
        return {};
    }
    if (section >= participantCount()) {
        return role == Qt::DisplayRole ? tr("Present") : QVariant();
    }
    const core::EnrolledParticipant& p = m_people[section];
    if (role == Qt::DisplayRole) {
        return p.enrolment.withdrawn() ? tr("%1 (withdrawn)").arg(p.sortName()) : p.sortName();
    }
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(completed(section));
        font.setStrikeOut(p.enrolment.withdrawn());
        return font;
    }
    if (role == Qt::ToolTipRole && p.enrolment.withdrawn()) {
        return tr("Withdrawn on %1: %2").arg(core::shown::date(p.enrolment.withdrawnOn), p.enrolment.withdrawalReason);
    }
    return {};
}

Qt::ItemFlags AttendanceGridModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

int AttendanceGridModel::rowOf(qint64 participantId) const
{
    for (int r = 0; r < participantCount(); ++r) {
        if (m_people[r].enrolment.participantId == participantId) {
            return r;
        }
    }
    return -1;
}

int AttendanceGridModel::columnOf(qint64 sessionId) const
{
    for (int c = 0; c < sessionCount(); ++c) {
        if (m_sessions[c].id == sessionId) {
            return c;
        }
    }
    return -1;
}

void AttendanceGridModel::applyLocal(int row, int column, std::optional<AttendanceStatus> mark)
{
    qint8& cell = m_marks[static_cast<size_t>(row) * m_sessions.size() + column];
    const bool wasPresent = cell == static_cast<qint8>(AttendanceStatus::Present);
    const bool isPresent = mark == AttendanceStatus::Present;
    if (wasPresent != isPresent) {
        const int delta = isPresent ? 1 : -1;
        m_attended[row] += delta * m_sessions[column].minutes;
        m_presentCount[column] += delta;
    }
    cell = mark ? static_cast<qint8>(*mark) : notMarked;
    emit dataChanged(index(row, column), index(row, column));
    emitTotalsChanged(row, column);
}

void AttendanceGridModel::emitTotalsChanged(int row, int column)
{
    emit dataChanged(index(row, sessionCount()), index(row, sessionCount() + 1));
    emit dataChanged(index(participantCount(), column), index(participantCount(), column));
    emit headerDataChanged(Qt::Vertical, row, row);
}

core::Status AttendanceGridModel::setMark(qint64 sessionId, qint64 participantId, std::optional<AttendanceStatus> mark)
{
    const int row = rowOf(participantId);
    const int column = columnOf(sessionId);
    if (row < 0 || column < 0) {
        return core::Error{tr("The participant or the session is no longer on this course.")};
    }
    SavingGuard guard(m_saving);
    const auto saved = core::AttendanceService(m_db, m_changes).mark(sessionId, participantId, mark);
    if (!saved) {
        return saved.error();
    }
    applyLocal(row, column, mark);
    return {};
}

core::Result<QList<QPair<qint64, std::optional<AttendanceStatus>>>>
AttendanceGridModel::markAllPresent(qint64 sessionId)
{
    const int column = columnOf(sessionId);
    if (column < 0) {
        return core::Error{tr("The session is no longer on this course.")};
    }
    SavingGuard guard(m_saving);
    const auto previous = core::AttendanceService(m_db, m_changes).markAllPresent(sessionId);
    if (!previous) {
        return previous.error();
    }
    QList<QPair<qint64, std::optional<AttendanceStatus>>> result;
    for (const core::MarkChange& change : *previous) {
        result.append({change.participantId, change.mark});
        if (const int row = rowOf(change.participantId); row >= 0) {
            applyLocal(row, column, AttendanceStatus::Present);
        }
    }
    return result;
}

core::Status AttendanceGridModel::restore(qint64 sessionId,
                                          const QList<QPair<qint64, std::optional<AttendanceStatus>>>& marks)
{
    const int column = columnOf(sessionId);
    if (column < 0) {
        return core::Error{tr("The session is no longer on this course.")};
    }
    QList<core::MarkChange> changes;
    for (const auto& [participant, mark] : marks) {
        changes.append({participant, mark});
    }
    SavingGuard guard(m_saving);
    const auto saved = core::AttendanceService(m_db, m_changes).markMany(sessionId, changes);
    if (!saved) {
        return saved.error();
    }
    for (const auto& [participant, mark] : marks) {
        if (const int row = rowOf(participant); row >= 0) {
            applyLocal(row, column, mark);
        }
    }
    return {};
}

} // namespace osiedle::ui
