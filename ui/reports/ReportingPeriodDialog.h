#pragma once

#include "core/indicators/ReportingPeriod.h"
#include "ui/common/FormErrors.h"

#include <QDialog>

class QLabel;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace osiedle::ui {

struct AppContext;

/// The reporting periods (payment claims) of the project: a list and a form to add, edit and
/// delete them — number, dates, claim number, the narrative (problems met, plans until the next
/// claim) and the signature block (prepared by, role, place, date). A locked period is shown
/// read-only with its lock log; it is unlocked in the report. Every change is undoable.
class ReportingPeriodDialog : public QDialog {
    Q_OBJECT

public:
    explicit ReportingPeriodDialog(AppContext& context, QWidget* parent = nullptr);

    /// Shows the period in the form (0: a new one, with the number and dates that follow the
    /// last period).
    void select(qint64 id);
    /// Saves the form; false when refused (the messages are shown next to the fields).
    bool save();
    /// Deletes the period shown after asking; false when nothing was deleted.
    bool removeSelected();
    qint64 currentId() const { return m_original.id.value_or(0); }

private:
    void reload();
    void display(const core::ReportingPeriod& period);
    core::ReportingPeriod suggestedNew();

    AppContext& m_context;
    core::ReportingPeriod m_original;
    QListWidget* m_list = nullptr;
    QSpinBox* m_number = nullptr;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_to = nullptr;
    QLineEdit* m_claim = nullptr;
    QPlainTextEdit* m_problems = nullptr;
    QPlainTextEdit* m_plans = nullptr;
    QComboBox* m_staff = nullptr;
    QLineEdit* m_preparedBy = nullptr;
    QLineEdit* m_preparedRole = nullptr;
    QLineEdit* m_place = nullptr;
    QLineEdit* m_preparedOn = nullptr;
    QLabel* m_lockState = nullptr;
    QListWidget* m_log = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_delete = nullptr;
    QWidget* m_form = nullptr;
    QLabel* m_general = nullptr;
    FormErrors m_errors{nullptr};
};

} // namespace osiedle::ui
