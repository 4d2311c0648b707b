#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace osiedle::ui {

/// Shows the password of an encrypted file once: what to do with it, the password in a
/// read-only field in a fixed-width font (so that similar characters are told apart), and a
/// button that copies it. The program keeps it nowhere.
class PasswordDialog : public QDialog {
    Q_OBJECT

public:
    PasswordDialog(const QString& title, const QString& text, const QString& password, QWidget* parent = nullptr);

private:
    QLineEdit* m_password;
    QPushButton* m_copy;
};

} // namespace osiedle::ui
