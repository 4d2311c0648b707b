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

} // namespace osiedle::ui
