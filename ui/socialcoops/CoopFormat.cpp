#include "ui/socialcoops/CoopFormat.h"

namespace osiedle::ui {

QDate referenceDay(const std::optional<QDate>& projectEnd)
{
    const QDate today = QDate::currentDate();
    return projectEnd && projectEnd->isValid() && *projectEnd < today ? *projectEnd : today;
}

} // namespace osiedle::ui
