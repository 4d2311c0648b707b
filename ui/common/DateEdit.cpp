#include "ui/common/DateEdit.h"

#include "core/domain/ValueLimits.h"

#include <QKeyEvent>
#include <QToolTip>

namespace osiedle::ui {

namespace {

const QString shownFormat = QStringLiteral("dd.MM.yyyy");

constexpr qsizetype fullWidth(qsizetype part)
{
    return part == 2 ? 4 : 2; // dd, MM, yyyy
}

bool modifierOnly(int key)
{
    return key == Qt::Key_Shift || key == Qt::Key_Control || key == Qt::Key_Alt || key == Qt::Key_AltGr ||
           key == Qt::Key_Meta;
}

} // namespace

DateEdit::DateEdit(QWidget* parent) : DateEdit(QDate::currentDate(), parent) {}

DateEdit::DateEdit(const QDate& date, QWidget* parent) : QDateEdit(date, parent)
{
    setDisplayFormat(shownFormat);
    setCalendarPopup(true);
    // The dates the program stores (a form may narrow the range further).
    setDateRange(core::ValueLimits::earliestDate(), core::ValueLimits::latestDate());
    connect(this, &QDateEdit::dateChanged, this, [this] {
        if (!m_typing) {
            m_problem.clear();
        }
    });
}

bool DateEdit::typedFromDay() const
{
    if (sectionCount() != 3 || sectionAt(0) != DaySection || sectionAt(1) != MonthSection ||
        sectionAt(2) != YearSection) {
        return false; // another display format: typed as QDateEdit takes it
    }
    const bool special = !specialValueText().isEmpty() && date() == minimumDate();
    return special || currentSection() == DaySection;
}

void DateEdit::keyPressEvent(QKeyEvent* event)
{
    const QString text = event->text();
    const QChar c = text.size() == 1 ? text.at(0) : QChar();
    const bool digit = c.isDigit();
    const bool separator = !c.isNull() && QStringLiteral(".,-/ ").contains(c);
    if (digit && (m_typing || typedFromDay())) {
        if (!m_typing) {
            m_typing = true;
            m_parts = QStringList{QString()};
            m_before = date();
        }
        m_parts.last() += c;
        if (m_parts.size() < 3 && m_parts.last().size() == fullWidth(m_parts.size() - 1)) {
            m_parts.append(QString());
        }
    } else if (separator && m_typing) {
        if (m_parts.size() < 3 && !m_parts.last().isEmpty()) {
            m_parts.append(QString());
        }
    } else if (!separator && !modifierOnly(event->key())) {
        m_typing = false;
    }
    QDateEdit::keyPressEvent(event);
    if (m_typing && m_parts.size() == 3 && m_parts.last().size() == fullWidth(2)) {
        takeTyped();
    }
}

void DateEdit::takeTyped()
{
    m_typing = false;
    const int day = m_parts.at(0).toInt();
    const int month = m_parts.at(1).toInt();
    const int year = m_parts.at(2).toInt();
    const QString typed = QStringLiteral("%1.%2.%3")
                              .arg(day, 2, 10, QLatin1Char('0'))
                              .arg(month, 2, 10, QLatin1Char('0'))
                              .arg(year, 4, 10, QLatin1Char('0'));
    const QDate date(year, month, day);
    if (!date.isValid()) {
        reject(tr("%1 is not a date: check the day and the month. The field keeps %2.")
                   .arg(typed, m_before.toString(shownFormat)));
        return;
    }
    if (date < minimumDate() || date > maximumDate()) {
        reject(tr("%1 is outside the allowed dates %2 – %3. The field keeps %4.")
                   .arg(typed, minimumDate().toString(shownFormat), maximumDate().toString(shownFormat),
                        m_before.toString(shownFormat)));
        return;
    }
    m_problem.clear();
    QToolTip::hideText();
    setDate(date);
    setSelectedSection(YearSection);
}

void DateEdit::reject(const QString& message)
{
    setDate(m_before);
    setSelectedSection(DaySection);
    m_problem = message;
    QToolTip::showText(mapToGlobal(QPoint(0, height())), message, this);
    emit dateRejected(message);
}

void DateEdit::focusInEvent(QFocusEvent* event)
{
    m_typing = false;
    QDateEdit::focusInEvent(event);
}

void DateEdit::mousePressEvent(QMouseEvent* event)
{
    m_typing = false;
    QDateEdit::mousePressEvent(event);
}

} // namespace osiedle::ui
