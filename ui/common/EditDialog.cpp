#include "ui/common/EditDialog.h"

#include "ui/common/UserPrompt.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTextDocument>
#include <QTextEdit>

namespace osiedle::ui {

EditDialog::EditDialog(QWidget* parent) : QDialog(parent) {}

void EditDialog::watchFields()
{
    m_watching = true;
    m_changed = false;
    const auto changed = [this] { m_changed = true; };
    for (QLineEdit* edit : findChildren<QLineEdit*>()) {
        // a spin box's or an editable combo box's own line is watched through its owner
        if (qobject_cast<QAbstractSpinBox*>(edit->parentWidget()) == nullptr &&
            qobject_cast<QComboBox*>(edit->parentWidget()) == nullptr) {
            connect(edit, &QLineEdit::textEdited, this, changed);
        }
    }
    for (QPlainTextEdit* edit : findChildren<QPlainTextEdit*>()) {
        connect(edit->document(), &QTextDocument::contentsChanged, this, changed);
    }
    for (QTextEdit* edit : findChildren<QTextEdit*>()) {
        connect(edit->document(), &QTextDocument::contentsChanged, this, changed);
    }
    for (QComboBox* combo : findChildren<QComboBox*>()) {
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
        if (combo->isEditable()) {
            connect(combo, &QComboBox::editTextChanged, this, changed);
        }
    }
    for (QDateTimeEdit* edit : findChildren<QDateTimeEdit*>()) {
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, changed);
    }
    for (QSpinBox* spin : findChildren<QSpinBox*>()) {
        connect(spin, &QSpinBox::valueChanged, this, changed);
    }
    for (QDoubleSpinBox* spin : findChildren<QDoubleSpinBox*>()) {
        connect(spin, &QDoubleSpinBox::valueChanged, this, changed);
    }
    for (QAbstractButton* button : findChildren<QAbstractButton*>()) {
        if (button->isCheckable() && qobject_cast<QDialogButtonBox*>(button->parentWidget()) == nullptr) {
            connect(button, &QAbstractButton::toggled, this, changed);
        }
    }
}

void EditDialog::showEvent(QShowEvent* event)
{
    if (!m_watching) {
        watchFields();
    }
    QDialog::showEvent(event);
}

void EditDialog::reject()
{
    if (m_changed && isVisible()) {
        const QString title = tr("Discard changes?");
        const QString text = tr("The changes made in this form have not been saved. Close it and discard them?");
        DialogPrompt boxes;
        UserPrompt& prompt = m_prompt != nullptr ? *m_prompt : boxes;
        if (!prompt.confirm(this, title, text)) {
            return;
        }
    }
    m_changed = false;
    QDialog::reject();
}

} // namespace osiedle::ui
