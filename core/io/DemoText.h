#pragma once

#include "core/io/DemoCalendar.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <initializer_list>

// Small helpers shared by the parts of the demo generator (core/io/DemoWriter*.cpp).
namespace osiedle::core::demo {

/// The project's period; the demo's "today" is its last day.
inline const QDate projectStart(2010, 10, 1);
inline const QDate projectEnd(2013, 6, 30);

/// The generator's texts are Polish data written as UTF-8 literals.
inline QString utf(const char* text)
{
    return QString::fromUtf8(text);
}

inline QStringList utfList(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items) {
        list << QString::fromUtf8(item);
    }
    return list;
}

/// The day itself when it is a working day, else the next one.
inline QDate working(const QDate& day)
{
    return DemoCalendar::onOrAfter(day);
}

/// A postal code NN-NNN from its number (26600 → "26-600").
inline QString postal(int code)
{
    return QStringLiteral("%1-%2").arg(code / 1000, 2, 10, QLatin1Char('0')).arg(code % 1000, 3, 10, QLatin1Char('0'));
}

} // namespace osiedle::core::demo
