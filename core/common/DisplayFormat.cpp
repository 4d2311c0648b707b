#include "core/common/DisplayFormat.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace osiedle::core::shown {

namespace {

/// Digits grouped by three with the locale's separator (a non-breaking space in Polish).
QString grouped(QString digits)
{
    const QString separator = QLocale().groupSeparator();
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3) {
        digits.insert(i, separator);
    }
    return digits;
}

/// `value` rounded to `decimals` places, grouped, with the locale's decimal point; trailing zeros
/// of the fraction dropped when `trim` is set.
QString number(double value, int decimals, bool trim)
{
    const double scale = std::pow(10.0, decimals);
    const auto scaled = static_cast<qint64>(std::llround(std::abs(value) * scale));
    const auto factor = static_cast<qint64>(scale);
    QString text = grouped(QString::number(scaled / factor));
    if (decimals > 0) {
        QString fraction = QStringLiteral("%1").arg(scaled % factor, decimals, 10, QLatin1Char('0'));
        if (trim) {
            while (fraction.endsWith(QLatin1Char('0'))) {
                fraction.chop(1);
            }
        }
        if (!fraction.isEmpty()) {
            text += QLocale().decimalPoint() + fraction;
        }
    }
    return (value < 0 && scaled != 0 ? QStringLiteral("-") : QString()) + text;
}

/// Writes `value` as `width` digits (with leading zeros) at `out`.
QChar* digits(QChar* out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QChar(u'0' + value % 10);
        value /= 10;
    }
    return out + width;
}

} // namespace

QString date(const QDate& d)
{
    // Written digit by digit: QDate::toString parses its format on every call, and the lists
    // show thousands of dates.
    int year = 0;
    int month = 0;
    int day = 0;
    d.getDate(&year, &month, &day);
    if (!d.isValid() || year < 1 || year > 9999) {
        return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString();
    }
    QString text(10, Qt::Uninitialized);
    QChar* out = text.data();
    out = digits(out, day, 2);
    *out++ = u'.';
    out = digits(out, month, 2);
    *out++ = u'.';
    digits(out, year, 4);
    return text;
}

QString date(const std::optional<QDate>& d)
{
    return d ? date(*d) : QString();
}

QString dateTime(const QDateTime& t)
{
    if (!t.isValid()) {
        return {};
    }
    const QTime time = t.time();
    QString text = date(t.date()) + QStringLiteral(" 00:00");
    QChar* out = text.data() + text.size() - 5;
    out = digits(out, time.hour(), 2);
    *out++ = u':';
    digits(out, time.minute(), 2);
    return text;
}

QString dateRange(const QDate& from, const QDate& to)
{
    return date(from) + QStringLiteral(" – ") + date(to);
}

QString count(qint64 n)
{
    const QString digits = grouped(QString::number(n < 0 ? -n : n));
    return n < 0 ? QStringLiteral("-") + digits : digits;
}

QString hours(qint64 minutes)
{
    return number(static_cast<double>(minutes) / 60.0, 2, true);
}

QString hoursWithUnit(qint64 minutes)
{
    return hours(minutes) + QStringLiteral("\u00A0h");
}

QString decimal(double value, int decimals)
{
    return number(value, decimals, false);
}

QString percent(std::optional<double> value)
{
    return value ? number(*value, 1, false) + QStringLiteral("\u00A0%") : QStringLiteral("–");
}

QString percentOf(qint64 part, qint64 whole)
{
    if (whole <= 0) {
        return QStringLiteral("–");
    }
    return percent(100.0 * static_cast<double>(part) / static_cast<double>(whole));
}

QString totalColumn()
{
    return QCoreApplication::translate("Shown", "T", "column title: total (Polish: O, ogółem)");
}

QString womenColumn()
{
    return QCoreApplication::translate("Shown", "W", "column title: women (Polish: K, kobiety)");
}

QString menColumn()
{
    return QCoreApplication::translate("Shown", "M", "column title: men (Polish: M, mężczyźni)");
}

} // namespace osiedle::core::shown
