#pragma once

#include "core/common/FieldError.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace osiedle::ui {

class UserPrompt;

/// The validation messages of a form, each shown in red right under its field. Fields are
/// registered with their key (the core FieldError key); messages for keys without a field go
/// to the general label. Message labels are named "<key>Error" for tests.
class FormErrors {
    Q_DECLARE_TR_FUNCTIONS(FormErrors)

public:
    /// `general` shows messages that belong to no field (may be null).
    explicit FormErrors(QLabel* general) : m_general(general) {}

    /// Adds `field` to `form` as a row with `label`, with its message label under it.
    void addRow(QFormLayout* form, const QString& label, QWidget* field, const QString& key);
    /// Shows these messages (and clears all others).
    void show(const core::FieldErrors& errors);
    void clear() { show({}); }
    /// The message shown for a key ("" when none, or once the user changed the field).
    QString message(const QString& key) const;

    /// A date typed as YYYY-MM-DD or DD.MM.YYYY; an invalid QDate when empty. A wrong date adds
    /// an error for `key` to `errors`.
    static QDate readDate(const QLineEdit* edit, const QString& key, core::FieldErrors& errors);
    /// Asks whether to save the unsaved changes of a form being closed: true when it may close
    /// (saved with `save` returning true, or discarded), false to keep it open.
    static bool mayClose(UserPrompt& prompt, QWidget* form, const QString& question, const std::function<bool()>& save);

    /// A hidden red label for the messages that belong to no field, named "generalError".
    static QLabel* createGeneralLabel(QWidget* parent);

    /// The text of a date for a date field ("05.03.2012"; "" for an invalid date).
    static QString dateText(const QDate& date);

private:
    QLabel* m_general = nullptr;
    QHash<QString, QLabel*> m_labels;
};

} // namespace osiedle::ui
