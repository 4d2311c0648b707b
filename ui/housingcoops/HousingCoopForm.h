#pragma once

#include "core/domain/HousingCoop.h"
#include "core/services/HousingCoopService.h"
#include "ui/common/FormErrors.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace osiedle::ui {

struct AppContext;
class TerytPicker;

/// The card of a housing cooperative (SM): name, KRS, NIP, REGON, address with the TERYT gmina,
/// contact, number of flats, the recruitment status with its date and reason, and the OPS/PUP
/// that serve it. Validation messages appear next to the fields; unsaved changes are asked
/// about before closing; saving pushes an undoable edit.
class HousingCoopForm : public QDialog {
    Q_OBJECT

public:
    HousingCoopForm(AppContext& context, qint64 id = 0, QWidget* parent = nullptr);

    bool save();
    qint64 housingCoopId() const { return m_original.id; }
    const FormErrors& errors() const { return m_errors; }

    /// Deletes through the service and pushes the undoable edit; the refusal message, or empty.
    static QString removeHousingCoop(AppContext& context, qint64 id);

public slots:
    void reject() override;

    /// Asks for the name of a new OPS or PUP, records it and ticks it as serving this SM.
    void addInstitution(core::InstitutionKind kind);

private:
    core::HousingCoop collect(core::FieldErrors& errors) const;

    AppContext& m_context;
    core::HousingCoopService m_service;
    core::HousingCoop m_original;
    bool m_dirty = false;
    QLabel* m_general = nullptr;
    FormErrors m_errors{nullptr};
    QLineEdit* m_name = nullptr;
    QLineEdit* m_krs = nullptr;
    QLineEdit* m_nip = nullptr;
    QLineEdit* m_regon = nullptr;
    TerytPicker* m_teryt = nullptr;
    QLineEdit* m_locality = nullptr;
    QLineEdit* m_street = nullptr;
    QLineEdit* m_building = nullptr;
    QLineEdit* m_postalCode = nullptr;
    QLineEdit* m_contact = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_flats = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_appliedOn = nullptr;
    QLineEdit* m_statusOn = nullptr;
    QLineEdit* m_reason = nullptr;
    QListWidget* m_institutions = nullptr;
};

} // namespace osiedle::ui
