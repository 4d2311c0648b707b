#include "core/domain/WageDeduction.h"

#include <QLocale>

#include <algorithm>

namespace osiedle::core {

QString WageDeduction::key(DeductionKind kind)
{
    return kind == DeductionKind::Percent ? QStringLiteral("percent") : QStringLiteral("fixed");
}

std::optional<DeductionKind> WageDeduction::fromKey(const QString& key)
{
    if (key == QLatin1String("percent")) {
        return DeductionKind::Percent;
    }
    if (key == QLatin1String("fixed")) {
        return DeductionKind::Fixed;
    }
    return std::nullopt;
}

Money WageDeduction::wage(qint64 minutes, Money hourlyRate)
{
    if (minutes <= 0 || hourlyRate.grosze() <= 0) {
        return {};
    }
    return Money::fromGrosze((minutes * hourlyRate.grosze() + 30) / 60);
}

Money WageDeduction::share(Money wage, DeductionKind kind, qint64 value)
{
    if (wage.grosze() <= 0 || value <= 0) {
        return {};
    }
    if (kind == DeductionKind::Percent) {
        return wage.percentOf(std::min<qint64>(value, 10000));
    }
    return std::min(wage, Money::fromGrosze(value));
}

Money WageDeduction::deduction(Money share, Money balance)
{
    if (balance.grosze() <= 0 || share.grosze() <= 0) {
        return {};
    }
    return std::min(share, balance);
}

QString WageDeduction::describe(DeductionKind kind, qint64 value)
{
    if (kind == DeductionKind::Percent) {
        return tr("%1 %").arg(QLocale().toString(static_cast<double>(value) / 100.0, 'f', value % 100 == 0 ? 0 : 2));
    }
    return Money::fromGrosze(value).format();
}

} // namespace osiedle::core
