#pragma once

#include "core/common/FieldError.h"
#include "core/storage/ConsultationRepository.h"
#include "ui/common/EditDialog.h"

#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace osiedle::ui {

/// The form of one consultation. It validates on OK and shows the messages next to the fields;
/// it does not save (the section does, through ConsultationService).
class ConsultationDialog : public EditDialog {
    Q_OBJECT

public:
    ConsultationDialog(core::Database& db, const core::Consultation& consultation, QWidget* parent = nullptr);

    void setConsultation(const core::Consultation& consultation);
    core::Consultation consultation() const;
    /// Validates and accepts when the fields are right.
    void tryAccept();

private:
    void showErrors(const core::FieldErrors& errors);

    core::Consultation m_consultation;
    QDateEdit* m_date;
    QComboBox* m_adviser;
    QComboBox* m_coop;
    QComboBox* m_participant;
    QComboBox* m_area;
    QLineEdit* m_topic;
    QSpinBox* m_minutes;
    QPlainTextEdit* m_outcome;
    QCheckBox* m_hasFollowUp;
    QDateEdit* m_followUp;
    QCheckBox* m_followUpDone;
    QHash<QString, QLabel*> m_errors;
};

} // namespace osiedle::ui
