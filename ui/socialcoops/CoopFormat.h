#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace osiedle::ui {

/// How the social-cooperative and work-order screens write dates and times: "05.03.2012",
/// an empty text for no date, hours as "7:30".
inline QString shownDate(const std::optional<QDate>& date)
{
    return date && date->isValid() ? date->toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

inline QString shownMinutes(int minutes)
{
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

/// The day the screens count "this month" and "this year" from: today, or the project's last
/// day when the project is already over (so an old project still shows its last figures).
QDate referenceDay(const std::optional<QDate>& projectEnd);

} // namespace osiedle::ui
