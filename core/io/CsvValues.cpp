#include "core/io/CsvValues.h"

#include "core/common/TextFold.h"
#include "core/domain/ValueLimits.h"

#include <QRegularExpression>

namespace osiedle::core {

Result<QDate> CsvValues::date(const QString& text)
{
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})$)"));
    static const QRegularExpression polish(QStringLiteral(R"(^(\d{1,2})\.(\d{1,2})\.(\d{4})$)"));
    const QString t = text.trimmed();
    int y = 0;
    int m = 0;
    int d = 0;
    if (const auto match = iso.match(t); match.hasMatch()) {
        y = match.captured(1).toInt();
        m = match.captured(2).toInt();
        d = match.captured(3).toInt();
    } else if (const auto pm = polish.match(t); pm.hasMatch()) {
        d = pm.captured(1).toInt();
        m = pm.captured(2).toInt();
        y = pm.captured(3).toInt();
    } else {
        return Error{tr("expected a date YYYY-MM-DD or DD.MM.YYYY")};
    }
    const QDate date(y, m, d);
    if (!date.isValid()) {
        return Error{tr("no such date")};
    }
    if (!ValueLimits::dateInRange(date)) {
        return Error{tr("the date is outside %1–%2, the dates Osiedle accepts")
                         .arg(ValueLimits::earliestDate().toString(QStringLiteral("dd.MM.yyyy")),
                              ValueLimits::latestDate().toString(QStringLiteral("dd.MM.yyyy")))};
    }
    return date;
}

Result<Money> CsvValues::amount(const QString& text)
{
    return Money::parse(text.trimmed());
}

Result<bool> CsvValues::yesNo(const QString& text)
{
    const QString t = foldForSearch(text.trimmed());
    if (t == QLatin1String("tak") || t == QLatin1String("t") || t == QLatin1String("yes") || t == QLatin1String("y") ||
        t == QLatin1String("1") || t == QLatin1String("x") || t == QLatin1String("true")) {
        return true;
    }
    if (t.isEmpty() || t == QLatin1String("nie") || t == QLatin1String("n") || t == QLatin1String("no") ||
        t == QLatin1String("0") || t == QLatin1String("false")) {
        return false;
    }
    return Error{tr("expected yes or no (tak/nie)")};
}

} // namespace osiedle::core
