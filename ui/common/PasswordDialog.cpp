#include "ui/common/PasswordDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace osiedle::ui {

PasswordDialog::PasswordDialog(const QString& title, const QString& text, const QString& password, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("passwordDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(text, this);
    label->setWordWrap(true);
    label->setObjectName(QStringLiteral("passwordText"));
    layout->addWidget(label);

    auto* row = new QHBoxLayout();
    m_password = new QLineEdit(password, this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setReadOnly(true);
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(fixed.pointSizeF() * 1.3);
    m_password->setFont(fixed);
    m_password->setMinimumWidth(m_password->fontMetrics().horizontalAdvance(password) + 24);
    row->addWidget(m_password, 1);
    m_copy = new QPushButton(tr("Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyPassword"));
    m_copy->setToolTip(tr("Copy the password to the clipboard"));
    row->addWidget(m_copy);
    layout->addLayout(row);

    auto* warning = new QLabel(tr("The password is shown only now and is not kept anywhere. Without it the file "
                                  "cannot be opened."),
                               this);
    warning->setWordWrap(true);
    layout->addWidget(warning);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("I have noted it"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_password->text());
        m_copy->setText(tr("Copied"));
    });
    m_password->selectAll();
    m_password->setFocus();
    setMinimumWidth(460);
}

} // namespace osiedle::ui
