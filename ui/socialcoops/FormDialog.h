#pragma once

#include "ui/common/EditDialog.h"

#include <functional>

class QFormLayout;
class QLabel;

namespace osiedle::ui {

/// A small form in a dialog: rows added by the caller, OK runs `submit`, which returns an
/// error message (shown under the form, the dialog stays open) or an empty text (the dialog
/// closes). Used by the forms of the OSS card.
class FormDialog : public EditDialog {
    Q_OBJECT

public:
    using Submit = std::function<QString()>;

    FormDialog(const QString& title, QWidget* parent = nullptr);

    QFormLayout* form() const { return m_form; }
    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    QLabel* errorLabel() const { return m_error; }
    /// Presses OK.
    void submit();

private:
    QFormLayout* m_form;
    QLabel* m_error;
    Submit m_submit;
};

/// For undo steps: true on success, else the message in `error`.
template <typename R> bool undoSucceeded(const R& result, QString* error)
{
    if (!result && error) {
        *error = result.error().message;
    }
    return result.ok();
}

} // namespace osiedle::ui
