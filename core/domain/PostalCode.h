#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace osiedle::core {

/// A Polish postal code NN-NNN.
class PostalCode {
    Q_DECLARE_TR_FUNCTIONS(PostalCode)

public:
    /// Accepts "05-200", "05200" and "05 200"; the result is always written "05-200".
    static Result<PostalCode> parse(const QString& text);

    /// The five digits "05200".
    const QString& digits() const { return m_digits; }
    /// The written and stored form "05-200".
    QString text() const { return m_digits.left(2) + QLatin1Char('-') + m_digits.mid(2); }

    friend bool operator==(const PostalCode&, const PostalCode&) = default;

private:
    explicit PostalCode(QString digits) : m_digits(std::move(digits)) {}
    QString m_digits;
};

} // namespace osiedle::core
