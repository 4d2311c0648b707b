#pragma once

#include "core/common/Result.h"
#include "core/domain/Enums.h"
#include "core/storage/CourseRepository.h"
#include "core/storage/EnrolmentRepository.h"
#include "core/storage/SessionRepository.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace osiedle::core {
class Database;
class ChangeNotifier;
} // namespace osiedle::core

namespace osiedle::ui {

/// The attendance of one course as a grid: a row per enrolled participant (by surname) and a
/// column per session (by date), then two columns with the participant's attended hours and
/// % of planned hours; a last row with each session's count present and its attended hours.
/// Every change is saved at once through AttendanceService; totals and completion follow live.
class AttendanceGridModel : public QAbstractTableModel {
    Q_OBJECT

public:
    /// Data roles beside the standard ones.
    enum Role {
        MarkRole = Qt::UserRole + 1, ///< the stored key of the cell's mark, or an empty string
        CompletedRole,               ///< bool, on participant rows
    };

    AttendanceGridModel(core::Database& db, core::ChangeNotifier* changes, QObject* parent = nullptr);

    /// Loads a course (0: empty grid). Four queries; nothing else is read until the next load.
    void load(qint64 courseId);
    /// Reloads the current course.
    void reload() { load(m_courseId); }
    qint64 courseId() const { return m_courseId; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    int participantCount() const { return static_cast<int>(m_people.size()); }
    int sessionCount() const { return static_cast<int>(m_sessions.size()); }
    bool isMarkCell(const QModelIndex& index) const;
    qint64 participantAt(int row) const { return m_people.at(row).enrolment.participantId; }
    qint64 sessionAt(int column) const { return m_sessions.at(column).id; }
    const core::Session& session(int column) const { return m_sessions.at(column); }
    std::optional<core::AttendanceStatus> markAt(int row, int column) const;
    int attendedMinutes(int row) const { return m_attended.at(row); }
    bool completed(int row) const;

    /// Saves one mark (nullopt clears it) and updates the grid. The error says why it failed.
    core::Status setMark(qint64 sessionId, qint64 participantId, std::optional<core::AttendanceStatus> mark);
    /// Marks everyone present on a session; returns the previous marks of those it changed.
    core::Result<QList<QPair<qint64, std::optional<core::AttendanceStatus>>>> markAllPresent(qint64 sessionId);
    /// Restores several marks of one session at once (undo of "all present").
    core::Status restore(qint64 sessionId, const QList<QPair<qint64, std::optional<core::AttendanceStatus>>>& marks);

    /// True while the model itself is saving (its own change notices need no reload).
    bool saving() const { return m_saving; }

private:
    int rowOf(qint64 participantId) const;
    int columnOf(qint64 sessionId) const;
    void applyLocal(int row, int column, std::optional<core::AttendanceStatus> mark);
    void emitTotalsChanged(int row, int column);

    core::Database& m_db;
    core::ChangeNotifier* m_changes;
    qint64 m_courseId = 0;
    core::Course m_course;
    std::vector<core::EnrolledParticipant> m_people;
    std::vector<core::Session> m_sessions;
    std::vector<qint8> m_marks;      ///< row-major, -1 = not marked, else AttendanceStatus
    std::vector<int> m_attended;     ///< attended minutes per row
    std::vector<int> m_presentCount; ///< per column
    bool m_saving = false;
};

} // namespace osiedle::ui
