#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace osiedle::core {

/// A valid REGON (Polish statistical business number): 9 digits (weights 8,9,2,3,4,5,6,7) or
/// 14 digits for a local unit (weights 2,4,8,5,0,9,7,3,6,1,2,4,8, and its first 9 digits are a
/// valid REGON-9). The check digit is (Σ mod 11) mod 10.
class Regon {
    Q_DECLARE_TR_FUNCTIONS(Regon)

public:
    /// Accepts the digits with spaces or hyphens between. The error names the text and the
    /// reason, e.g. "REGON 192598185: wrong check digit".
    static Result<Regon> parse(const QString& text);

    /// The 9 or 14 digits, as stored.
    const QString& digits() const { return m_digits; }
    /// The written form (the digits).
    QString text() const { return m_digits; }
    /// True for a 14-digit REGON of a local unit.
    bool isLocalUnit() const { return m_digits.size() == 14; }

    friend bool operator==(const Regon&, const Regon&) = default;

private:
    explicit Regon(QString digits) : m_digits(std::move(digits)) {}
    QString m_digits;
};

} // namespace osiedle::core
