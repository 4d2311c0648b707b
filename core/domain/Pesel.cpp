#include "core/domain/Pesel.h"

#include <array>

namespace osiedle::core {

namespace {
constexpr std::array<int, 10> kWeights = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};

int digitAt(const QString& s, int i)
{
    return s.at(i).unicode() - u'0';
}
} // namespace

Pesel::Pesel(QString digits, QDate birthDate, Sex sex)
    : m_digits(std::move(digits)), m_birthDate(birthDate), m_sex(sex)
{
}

int Pesel::checkDigit(const QString& firstTen)
{
    int sum = 0;
    for (int i = 0; i < 10; ++i) {
        sum += digitAt(firstTen, i) * kWeights[static_cast<size_t>(i)];
    }
    return (10 - sum % 10) % 10;
}

Result<Pesel> Pesel::parse(const QString& text)
{
    const QString digits = text.trimmed();
    if (digits.isEmpty()) {
        return Error{tr("PESEL is empty")};
    }
    if (digits.size() != 11) {
        return Error{tr("PESEL %1: must have 11 digits, has %2").arg(digits).arg(digits.size())};
    }
    for (const QChar c : digits) {
        if (!c.isDigit() || c.unicode() > u'9') {
            return Error{tr("PESEL %1: only digits are allowed").arg(digits)};
        }
    }
    const int yy = digitAt(digits, 0) * 10 + digitAt(digits, 1);
    const int mmCoded = digitAt(digits, 2) * 10 + digitAt(digits, 3);
    const int dd = digitAt(digits, 4) * 10 + digitAt(digits, 5);
    int century = 0;
    int month = 0;
    if (mmCoded >= 81 && mmCoded <= 92) {
        century = 1800, month = mmCoded - 80;
    } else if (mmCoded >= 1 && mmCoded <= 12) {
        century = 1900, month = mmCoded;
    } else if (mmCoded >= 21 && mmCoded <= 32) {
        century = 2000, month = mmCoded - 20;
    } else if (mmCoded >= 41 && mmCoded <= 52) {
        century = 2100, month = mmCoded - 40;
    } else if (mmCoded >= 61 && mmCoded <= 72) {
        century = 2200, month = mmCoded - 60;
    } else {
        return Error{tr("PESEL %1: month %2 does not exist").arg(digits).arg(mmCoded, 2, 10, QLatin1Char('0'))};
    }
    const QDate birth(century + yy, month, dd);
    if (!birth.isValid()) {
        return Error{tr("PESEL %1: the birth date %2-%3-%4 does not exist")
                         .arg(digits)
                         .arg(century + yy)
                         .arg(month, 2, 10, QLatin1Char('0'))
                         .arg(dd, 2, 10, QLatin1Char('0'))};
    }
    if (checkDigit(digits) != digitAt(digits, 10)) {
        return Error{tr("PESEL %1: wrong check digit").arg(digits)};
    }
    const Sex sex = digitAt(digits, 9) % 2 == 0 ? Sex::Female : Sex::Male;
    return Pesel(digits, birth, sex);
}

Pesel Pesel::fromParts(const QDate& birthDate, Sex sex, int serial)
{
    const int year = birthDate.year();
    int monthOffset = 0;
    if (year < 1900) {
        monthOffset = 80;
    } else if (year < 2000) {
        monthOffset = 0;
    } else if (year < 2100) {
        monthOffset = 20;
    } else if (year < 2200) {
        monthOffset = 40;
    } else {
        monthOffset = 60;
    }
    // serial: three digits, then the sex digit (even = woman)
    const int s = ((serial % 1000) + 1000) % 1000;
    const int sexDigit = (s % 5) * 2 + (sex == Sex::Male ? 1 : 0);
    QString ten = QStringLiteral("%1%2%3%4%5")
                      .arg(year % 100, 2, 10, QLatin1Char('0'))
                      .arg(birthDate.month() + monthOffset, 2, 10, QLatin1Char('0'))
                      .arg(birthDate.day(), 2, 10, QLatin1Char('0'))
                      .arg(s, 3, 10, QLatin1Char('0'))
                      .arg(sexDigit);
    ten.append(QChar(u'0' + checkDigit(ten)));
    return Pesel(ten, birthDate, sex);
}

} // namespace osiedle::core
