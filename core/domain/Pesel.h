#pragma once

#include "core/common/Result.h"
#include "core/domain/Sex.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace osiedle::core {

/// A valid PESEL (Polish personal identification number, 11 digits YYMMDDSSSSC). The month
/// carries the century (+80: 1800s, +0: 1900s, +20: 2000s, +40: 2100s, +60: 2200s); the tenth
/// digit is even for a woman, odd for a man; C is the check digit (weights 1,3,7,9,…).
/// Sex and birth date are derived from it, never typed.
class Pesel {
    Q_DECLARE_TR_FUNCTIONS(Pesel)

public:
    /// Parses and validates; spaces around are ignored. The error names the PESEL and the
    /// reason, e.g. "PESEL 44051401358: wrong check digit".
    static Result<Pesel> parse(const QString& text);
    /// Builds a valid PESEL for a birth date, sex and serial number (0–999), computing the
    /// check digit. For demo data and tests. Birth year must be 1800–2299.
    static Pesel fromParts(const QDate& birthDate, Sex sex, int serial);
    /// The check digit for the first ten digits.
    static int checkDigit(const QString& firstTen);

    const QString& digits() const { return m_digits; }
    const QDate& birthDate() const { return m_birthDate; }
    Sex sex() const { return m_sex; }

    friend bool operator==(const Pesel& a, const Pesel& b) { return a.m_digits == b.m_digits; }

private:
    Pesel(QString digits, QDate birthDate, Sex sex);

    QString m_digits;
    QDate m_birthDate;
    Sex m_sex;
};

} // namespace osiedle::core
