#include "ui/socialcoops/FormDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace osiedle::ui {

FormDialog::FormDialog(const QString& title, QWidget* parent)
    : EditDialog(parent), m_form(new QFormLayout()), m_error(new QLabel(this))
{
    setWindowTitle(title);
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_error->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FormDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setAttribute(Qt::WA_DeleteOnClose);
    setMinimumWidth(420);
}

void FormDialog::submit()
{
    const QString error = m_submit ? m_submit() : QString();
    m_error->setText(error);
    if (error.isEmpty()) {
        accept();
    } else {
        adjustSize(); // a message of several lines must not squeeze the fields
    }
}

} // namespace osiedle::ui
