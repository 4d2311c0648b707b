#pragma once

#include "core/domain/Participant.h"
#include "core/services/ParticipantService.h"
#include "ui/common/FormErrors.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QTabWidget;

namespace osiedle::ui {

struct AppContext;
class ChangeHistoryPanel;
class TerytPicker;

/// The participant card: every monitoring field of a participant, for a new person or an
/// existing one. Typing a PESEL fills sex and birth date (shown, not typed; typed only for a
/// person without PESEL); the TERYT picker gives the gmina and the area. It shows what
/// mandatory data is still missing, the optional monitoring data (disability, minority,
/// migrant) only when the project collects it, validation messages next to the fields, and asks before
/// closing with unsaved changes. Saving pushes an undoable edit on the context's undo stack.
class ParticipantForm : public QDialog {
    Q_OBJECT

public:
    /// `id` 0 opens an empty card for a new participant.
    ParticipantForm(AppContext& context, qint64 id = 0, QWidget* parent = nullptr);

    /// Validates and saves; false (with messages next to the fields) when it cannot.
    bool save();
    /// The id of the participant shown (0 for a new one not yet saved).
    qint64 participantId() const { return m_original.id; }
    bool isDirty() const { return m_dirty; }
    /// The text of the completeness line ("Complete" or "Missing: …").
    QString completenessText() const;
    const FormErrors& errors() const { return m_errors; }

    /// Deletes a participant through the service and pushes the undoable edit; the error
    /// message when it is refused, empty on success.
    static QString removeParticipant(AppContext& context, qint64 id);

public slots:
    void reject() override;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void build();
    void load(const core::Participant& p);
    core::Participant collect(core::FieldErrors& errors) const;
    void updateDerived();
    void markDirty();
    /// The History tab follows the record shown (none before a new person is saved).
    void showHistoryOf(qint64 id);

    AppContext& m_context;
    core::ParticipantService m_service;
    core::Participant m_original;
    core::OptionalMonitoringData m_collected;
    bool m_dirty = false;
    bool m_loading = false;

    QScrollArea* m_scroll = nullptr;
    QLabel* m_completeness = nullptr;
    ChangeHistoryPanel* m_history = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_general = nullptr;
    FormErrors m_errors{nullptr};

    QLineEdit* m_firstName = nullptr;
    QLineEdit* m_lastName = nullptr;
    QLineEdit* m_pesel = nullptr;
    QCheckBox* m_noPesel = nullptr;
    QComboBox* m_sex = nullptr;
    QLineEdit* m_birthDate = nullptr;
    QLineEdit* m_country = nullptr;
    QComboBox* m_education = nullptr;
    QComboBox* m_disability = nullptr; ///< not given / yes / no
    QComboBox* m_minority = nullptr;
    QComboBox* m_migrant = nullptr;
    TerytPicker* m_teryt = nullptr;
    QLabel* m_area = nullptr;
    QLineEdit* m_locality = nullptr;
    QLineEdit* m_street = nullptr;
    QLineEdit* m_building = nullptr;
    QLineEdit* m_flat = nullptr;
    QLineEdit* m_postalCode = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_mobile = nullptr;
    QLineEdit* m_email = nullptr;
    QComboBox* m_labourStatus = nullptr;
    QLineEdit* m_unemployedSince = nullptr;
    QComboBox* m_housingCoop = nullptr;
    QComboBox* m_referral = nullptr;
    QComboBox* m_institution = nullptr;
    QLineEdit* m_arrears = nullptr;
    QCheckBox* m_evictionRisk = nullptr;
    QLineEdit* m_recruitedOn = nullptr;
    QLineEdit* m_consentOn = nullptr;
    QLineEdit* m_consentWithdrawnOn = nullptr;
    QLineEdit* m_declarationOn = nullptr;
    QLabel* m_participation = nullptr;
    QLineEdit* m_participationEnd = nullptr;
    QComboBox* m_completion = nullptr;
    QLineEdit* m_dropoutReason = nullptr;
    QPlainTextEdit* m_notes = nullptr;
};

} // namespace osiedle::ui
