#pragma once

#include <QDialog>

namespace osiedle::ui {

class UserPrompt;

/// A dialog that edits a record: closing it (Esc, Cancel, the window's ×) with a field changed
/// asks first whether to discard the changes; saving (accept) never asks. From the moment it is
/// first shown (or watchFields() is called, once its fields hold the record) a change of any
/// entry field under it (line, text, combo, spin and date fields, check boxes) counts.
class EditDialog : public QDialog {
    Q_OBJECT

public:
    explicit EditDialog(QWidget* parent = nullptr);

    /// Where the question is asked (tests answer it); a message box when none is given.
    void setPrompt(UserPrompt* prompt) { m_prompt = prompt; }
    /// Starts noting the changes of the fields (those created later are not watched).
    void watchFields();
    bool hasChanges() const { return m_changed; }
    /// Notes a change the fields do not show (a row added to a table of the form, say).
    void noteChange() { m_changed = m_watching; }

    /// Closes without saving; asks first when a field was changed, and stays open on "No".
    void reject() override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    UserPrompt* m_prompt = nullptr;
    bool m_watching = false;
    bool m_changed = false;
};

} // namespace osiedle::ui
