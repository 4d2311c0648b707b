#include "ui/common/DateEdit.h"

#include <QKeyEvent>

namespace osiedle::ui {

DateEdit::DateEdit(QWidget* parent) : DateEdit(QDate::currentDate(), parent) {}

DateEdit::DateEdit(const QDate& date, QWidget* parent) : QDateEdit(date, parent)
{
    setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    setCalendarPopup(true);
}

void DateEdit::keyPressEvent(QKeyEvent* event)
{
    const QString text = event->text();
    const bool digit = text.size() == 1 && text.at(0).isDigit();
    const bool separator = text.size() == 1 && QStringLiteral(".,-/ ").contains(text.at(0));
    if (digit && (!m_typed.isEmpty() || currentSection() == DaySection)) {
        m_typed += text;
    } else if (!separator) {
        m_typed.clear();
    }
    QDateEdit::keyPressEvent(event);
    if (m_typed.size() == 8) {
        const QDate typed = QDate::fromString(m_typed, QStringLiteral("ddMMyyyy"));
        m_typed.clear();
        if (typed.isValid() && typed >= minimumDate() && typed <= maximumDate() && typed != date()) {
            setDate(typed);
            setSelectedSection(YearSection);
        }
    }
}

void DateEdit::focusInEvent(QFocusEvent* event)
{
    m_typed.clear();
    QDateEdit::focusInEvent(event);
}

void DateEdit::mousePressEvent(QMouseEvent* event)
{
    m_typed.clear();
    QDateEdit::mousePressEvent(event);
}

} // namespace osiedle::ui
