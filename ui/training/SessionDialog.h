#pragma once

#include "core/storage/SessionRepository.h"
#include "ui/common/EditDialog.h"

class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QTimeEdit;

namespace osiedle::ui {

/// Adds one session by hand or changes one (moves it to another day or time).
class SessionDialog : public EditDialog {
    Q_OBJECT

public:
    SessionDialog(const core::Session& session, QWidget* parent = nullptr);
    core::Session session() const;

private:
    core::Session m_session;
    QDateEdit* m_date;
    QTimeEdit* m_time;
    QDoubleSpinBox* m_hours;
    QLineEdit* m_topic;
    QLineEdit* m_trainer;
};

} // namespace osiedle::ui
