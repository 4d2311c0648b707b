#pragma once

#include "core/services/ProjectService.h"
#include "ui/common/EditDialog.h"
#include "ui/common/FormErrors.h"

class QCheckBox;
class QLineEdit;

namespace osiedle::ui {

class DateEdit;

/// What File › New asks before it creates the file: the project's title, its dates, and (if
/// known already) the contract number and the beneficiary; quarterly reporting periods are
/// made from the dates. The rest is set afterwards in the project settings.
class NewProjectDialog : public EditDialog {
    Q_OBJECT

public:
    /// `suggestedTitle` fills the title (the file's name); the dates start on the first day of
    /// `today`'s month and run three years.
    NewProjectDialog(const QString& suggestedTitle, const QDate& today, QWidget* parent = nullptr);

    /// The details typed; valid once the dialog was accepted.
    core::ProjectDetails details() const;
    /// Checks the details, showing the problems under the fields; true when they are right.
    bool check();

private:
    QLineEdit* m_title;
    QLineEdit* m_contract;
    QLineEdit* m_beneficiary;
    DateEdit* m_start;
    DateEdit* m_end;
    QCheckBox* m_periods;
    FormErrors m_errors{nullptr};
};

} // namespace osiedle::ui
