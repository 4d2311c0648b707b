#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace osiedle::core {

/// A valid NIP (Polish tax identification number): 10 digits, the last a check digit
/// (weights 6,5,7,2,3,4,5,6,7; Σ mod 11 must equal it, a remainder of 10 is never valid).
class Nip {
    Q_DECLARE_TR_FUNCTIONS(Nip)

public:
    /// Accepts "8567346215", "856-734-62-15", "856 734 62 15" and a "PL" prefix. The error
    /// names the text and the reason, e.g. "NIP 8567346216: wrong check digit".
    static Result<Nip> parse(const QString& text);

    /// The ten digits, as stored.
    const QString& digits() const { return m_digits; }
    /// The usual written form "856-734-62-15".
    QString text() const;

    friend bool operator==(const Nip&, const Nip&) = default;

private:
    explicit Nip(QString digits) : m_digits(std::move(digits)) {}
    QString m_digits;
};

} // namespace osiedle::core
