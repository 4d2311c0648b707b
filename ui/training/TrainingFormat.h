#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

// How training figures read in lists and printed documents.
namespace osiedle::ui::training {

/// Whole minutes as hours: "4", "2,5", "1,75" (the locale's decimal separator).
inline QString hours(int minutes)
{
    if (minutes % 60 == 0) {
        return QString::number(minutes / 60);
    }
    QString text = QLocale().toString(minutes / 60.0, 'f', 2);
    if (text.endsWith(QLatin1Char('0'))) {
        text.chop(1);
    }
    return text;
}

/// A date as the office writes it: 05.03.2012; empty for an invalid date.
inline QString date(const QDate& d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

/// "12,5 %" with one decimal.
inline QString percent(qint64 part, qint64 whole)
{
    return whole > 0 ? QLocale().toString(100.0 * static_cast<double>(part) / static_cast<double>(whole), 'f', 1) +
                           QStringLiteral(" %")
                     : QString();
}

} // namespace osiedle::ui::training
