#include "ui/socialcoops/OptionalDateEdit.h"

#include "ui/common/DateEdit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace osiedle::ui {

OptionalDateEdit::OptionalDateEdit(QWidget* parent)
    : QWidget(parent), m_check(new QCheckBox(this)), m_date(new DateEdit(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_date, 1);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_date->setEnabled(false);
    connect(m_check, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
}

std::optional<QDate> OptionalDateEdit::value() const
{
    return m_check->isChecked() ? std::optional<QDate>(m_date->date()) : std::nullopt;
}

void OptionalDateEdit::setValue(const std::optional<QDate>& date, const QDate& suggestion)
{
    m_check->setChecked(date.has_value());
    m_date->setDate(date ? *date : suggestion);
}

} // namespace osiedle::ui
