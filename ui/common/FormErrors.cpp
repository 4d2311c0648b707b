#include "ui/common/FormErrors.h"

#include "core/common/DisplayFormat.h"
#include "core/io/CsvValues.h"
#include "ui/common/UserPrompt.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QVBoxLayout>

namespace osiedle::ui {

namespace {

/// Hides `message` as soon as the user changes `editor`: the message spoke of the value before.
/// The form checks again when it is saved.
void hideOnEdit(QWidget* editor, QLabel* message)
{
    const auto hide = [message] { message->hide(); };
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        QObject::connect(line, &QLineEdit::textEdited, message, hide);
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        QObject::connect(combo, &QComboBox::activated, message, hide);
        if (combo->isEditable()) {
            QObject::connect(combo, &QComboBox::editTextChanged, message, hide);
        }
    } else if (auto* dateTime = qobject_cast<QDateTimeEdit*>(editor)) {
        QObject::connect(dateTime, &QDateTimeEdit::dateTimeChanged, message, hide);
    } else if (auto* spin = qobject_cast<QAbstractSpinBox*>(editor)) {
        QObject::connect(spin, &QAbstractSpinBox::editingFinished, message, hide);
    } else if (auto* button = qobject_cast<QAbstractButton*>(editor)) {
        QObject::connect(button, &QAbstractButton::toggled, message, hide);
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(editor)) {
        QObject::connect(plain, &QPlainTextEdit::textChanged, message, hide);
    } else if (auto* text = qobject_cast<QTextEdit*>(editor)) {
        QObject::connect(text, &QTextEdit::textChanged, message, hide);
    }
}

} // namespace

void FormErrors::addRow(QFormLayout* form, const QString& label, QWidget* field, const QString& key)
{
    auto* box = new QWidget(form->parentWidget());
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(field);
    auto* message = new QLabel(box);
    message->setObjectName(key + QStringLiteral("Error"));
    message->setStyleSheet(QStringLiteral("color: #b00020;"));
    message->setWordWrap(true);
    message->hide();
    layout->addWidget(message);
    form->addRow(label, box);
    m_labels.insert(key, message);
    // A field may be one editor or a row of them (the three TERYT lists of an address).
    hideOnEdit(field, message);
    for (QWidget* editor : field->findChildren<QWidget*>()) {
        hideOnEdit(editor, message);
    }
}

void FormErrors::show(const core::FieldErrors& errors)
{
    QHash<QString, QStringList> byKey;
    QStringList general;
    for (const core::FieldError& e : errors) {
        if (m_labels.contains(e.field)) {
            byKey[e.field].append(e.message);
        } else {
            general.append(e.message);
        }
    }
    for (auto it = m_labels.begin(); it != m_labels.end(); ++it) {
        const QString text = byKey.value(it.key()).join(QLatin1Char('\n'));
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
    }
    if (m_general) {
        m_general->setText(general.join(QLatin1Char('\n')));
        m_general->setVisible(!general.isEmpty());
    }
}

QLabel* FormErrors::createGeneralLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("generalError"));
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

QString FormErrors::message(const QString& key) const
{
    const QLabel* label = m_labels.value(key);
    if (label != nullptr) {
        return label->isHidden() ? QString() : label->text(); // hidden once the field was changed
    }
    return m_general ? m_general->text() : QString();
}

QDate FormErrors::readDate(const QLineEdit* edit, const QString& key, core::FieldErrors& errors)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        return {};
    }
    auto date = core::CsvValues::date(text);
    if (!date) {
        errors.append(core::FieldError{key, tr("%1: %2").arg(text, date.error().message)});
        return {};
    }
    return *date;
}

bool FormErrors::mayClose(UserPrompt& prompt, QWidget* form, const QString& question, const std::function<bool()>& save)
{
    switch (prompt.askToSave(form, tr("Unsaved changes"), question)) {
    case UserPrompt::SaveChoice::Save:
        return save();
    case UserPrompt::SaveChoice::Discard:
        return true;
    case UserPrompt::SaveChoice::Cancel:
        return false;
    }
    return false;
}

QString FormErrors::dateText(const QDate& date)
{
    return date.isValid() ? core::shown::date(date) : QString();
}

} // namespace osiedle::ui
