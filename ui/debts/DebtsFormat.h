#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <functional>

namespace osiedle::ui {

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
template <typename Call> std::function<bool(QString*)> debtStep(Call call)
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
