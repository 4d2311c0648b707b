#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <compare>
#include <cstdint>

namespace osiedle::core {

/// An amount of money in integer grosze (1/100 PLN). Never floating point.
class Money {
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    constexpr Money() = default;
    static constexpr Money fromGrosze(qint64 grosze) { return Money(grosze); }
    static constexpr Money fromZloty(qint64 zloty) { return Money(zloty * 100); }

    /// Accepts what people type and offices save: "1 234,56", "1234.56", "1234,56 zł",
    /// "1 234 zł", "-12,5", with spaces (also non-breaking) as thousands separators. At most two
    /// decimal places. The error names the text and what is wrong.
    static Result<Money> parse(const QString& text);

    constexpr qint64 grosze() const { return m_grosze; }
    /// Polish style with the currency: "1 234,56 zł" (non-breaking space between thousands).
    QString format() const;
    /// Polish style without the currency: "1 234,56".
    QString formatPlain() const;

    constexpr Money operator+(Money o) const { return Money(m_grosze + o.m_grosze); }
    constexpr Money operator-(Money o) const { return Money(m_grosze - o.m_grosze); }
    constexpr Money operator-() const { return Money(-m_grosze); }
    constexpr Money& operator+=(Money o) { m_grosze += o.m_grosze; return *this; }
    constexpr Money& operator-=(Money o) { m_grosze -= o.m_grosze; return *this; }
    constexpr auto operator<=>(const Money&) const = default;

    /// value × basisPoints / 10000, rounded half away from zero (VAT: 2300 bp = 23 %).
    Money percentOf(qint64 basisPoints) const;

private:
    constexpr explicit Money(qint64 grosze) : m_grosze(grosze) {}
    qint64 m_grosze = 0;
};

} // namespace osiedle::core
