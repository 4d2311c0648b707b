#pragma once

#include "core/domain/Money.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace osiedle::core {

/// How the share of an OSS member's wage that goes to their arrears is set
/// (employment.deduction_kind): a percentage (value in basis points, 2500 = 25 %) or a fixed
/// amount per month (value in grosze).
enum class DeductionKind { Percent, Fixed };

/// The wage arithmetic of working off arrears. Pure functions, amounts in grosze.
class WageDeduction {
    Q_DECLARE_TR_FUNCTIONS(WageDeduction)

public:
    static QString key(DeductionKind kind);
    static std::optional<DeductionKind> fromKey(const QString& key);

    /// The gross wage for `minutes` at `hourlyRate`: minutes × rate ÷ 60, rounded half up to a grosz.
    static Money wage(qint64 minutes, Money hourlyRate);
    /// The share of `wage` that goes to the arrears: a percentage of it, or the fixed amount
    /// but never more than the wage itself.
    static Money share(Money wage, DeductionKind kind, qint64 value);
    /// The deduction actually posted: the share, but never more than the arrears (`balance`),
    /// so that wages do not turn a debt into a credit; nothing when nothing is owed.
    static Money deduction(Money share, Money balance);
    /// "25 %" or "150,00 zł".
    static QString describe(DeductionKind kind, qint64 value);
};

} // namespace osiedle::core
