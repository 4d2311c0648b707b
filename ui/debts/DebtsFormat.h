#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>

namespace osiedle::ui {

/// "05.03.2012", or an empty string for an invalid date.
inline QString debtDate(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

/// Minutes as "12 h 30 min" / "12 h".
inline QString debtHours(qint64 minutes)
{
    return minutes % 60 == 0 ? QStringLiteral("%1 h").arg(minutes / 60)
                             : QStringLiteral("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

/// "1 day" / "25 days" (Polish: "1 dzień" / "25 dni").
inline QString debtDays(int days)
{
    return days == 1 ? QCoreApplication::translate("DebtsText", "1 day")
                     : QCoreApplication::translate("DebtsText", "%1 days").arg(days);
}

/// "1 month" / "9 months" (Polish: "1 miesiąc" / "9 mies.").
inline QString debtMonths(int months)
{
    return months == 1 ? QCoreApplication::translate("DebtsText", "1 month")
                       : QCoreApplication::translate("DebtsText", "%1 months").arg(months);
}

/// Turns a core Status-returning call into an UndoableEdit step.
template <typename Call>
std::function<bool(QString*)> debtStep(Call call)
{
    return [call](QString* error) {
        const auto result = call();
        if (!result.ok() && error != nullptr) {
            *error = result.error().message;
        }
        return result.ok();
    };
}

} // namespace osiedle::ui
