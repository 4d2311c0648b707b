#pragma once

#include "core/domain/ScheduleGenerator.h"
#include "ui/common/EditDialog.h"

class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimeEdit;

namespace osiedle::core {
class Database;
}

namespace osiedle::ui {

/// "Every Tuesday and Thursday 16:00, 4 hours, from … until the planned hours are reached":
/// shows the sessions it would add and the holidays it skips (with the reason) as the user
/// changes the request; adds them when accepted.
class ScheduleDialog : public EditDialog {
    Q_OBJECT

public:
    ScheduleDialog(core::Database& db, qint64 courseId, QWidget* parent = nullptr);

    void setRequest(const core::ScheduleRequest& request);
    core::ScheduleRequest request() const;
    /// The schedule shown now (empty when the request cannot work).
    const core::Schedule& schedule() const { return m_schedule; }
    QString topic() const;
    /// Recomputes the preview (called on every change).
    void updatePreview();

private:
    core::Database& m_db;
    qint64 m_courseId;
    core::Schedule m_schedule;
    QList<QCheckBox*> m_days;
    QTimeEdit* m_time;
    QDoubleSpinBox* m_hours;
    QDateEdit* m_from;
    QLineEdit* m_topic;
    QLabel* m_summary;
    QListWidget* m_sessions;
    QListWidget* m_skipped;
    QPushButton* m_ok;
};

} // namespace osiedle::ui
