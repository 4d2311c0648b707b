#pragma once

#include "core/domain/Institution.h"
#include "core/services/HousingCoopService.h"
#include "ui/common/FormErrors.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace osiedle::ui {

struct AppContext;

/// The OPS and PUP institutions of the project: a list (which can be exported as shown) and a
/// form to add, edit and delete them.
/// A delete of an institution that serves an SM or referred a participant is refused with a
/// message naming those uses. Every change is undoable.
class InstitutionDialog : public QDialog {
    Q_OBJECT

public:
    explicit InstitutionDialog(AppContext& context, QWidget* parent = nullptr);

    /// Selects the institution in the list and shows it in the form (0: an empty new one).
    void select(qint64 id);
    /// Saves the form (a new institution or the selected one); false when refused.
    bool save();
    /// Deletes the selected institution after asking; false when nothing was deleted.
    bool removeSelected();
    /// The id shown in the form (0: a new one not saved yet).
    qint64 currentId() const { return m_original.id; }

private:
    void reload();
    void display(const core::Institution& i);

    AppContext& m_context;
    core::HousingCoopService m_service;
    core::Institution m_original;
    QTableWidget* m_list = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_street = nullptr;
    QLineEdit* m_building = nullptr;
    QLineEdit* m_postalCode = nullptr;
    QLineEdit* m_locality = nullptr;
    QLineEdit* m_contact = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_notes = nullptr;
    QLabel* m_general = nullptr;
    FormErrors m_errors{nullptr};
};

} // namespace osiedle::ui
