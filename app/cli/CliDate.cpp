#include "app/cli/CliDate.h"

namespace osiedle::cli {

QDate parseCliDate(const QString& text)
{
    const QString trimmed = text.trimmed();
    const QDate iso = QDate::fromString(trimmed, QStringLiteral("yyyy-MM-dd"));
    return iso.isValid() ? iso : QDate::fromString(trimmed, QStringLiteral("dd.MM.yyyy"));
}

} // namespace osiedle::cli
