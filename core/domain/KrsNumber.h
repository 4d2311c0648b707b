#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace osiedle::core {

/// A KRS number (National Court Register): exactly 10 digits, zero-padded, no check digit.
class KrsNumber {
    Q_DECLARE_TR_FUNCTIONS(KrsNumber)

public:
    /// Accepts 1–10 digits (padded with leading zeros: "413516" → "0000413516"), spaces between
    /// and a "KRS" prefix. Refuses letters, more than 10 digits and zero.
    static Result<KrsNumber> parse(const QString& text);

    /// The ten digits, as stored.
    const QString& digits() const { return m_digits; }
    /// The written form (the ten digits).
    QString text() const { return m_digits; }

    friend bool operator==(const KrsNumber&, const KrsNumber&) = default;

private:
    explicit KrsNumber(QString digits) : m_digits(std::move(digits)) {}
    QString m_digits;
};

} // namespace osiedle::core
