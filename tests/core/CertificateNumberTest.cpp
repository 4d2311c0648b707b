#include "core/domain/CertificateNumber.h"

#include "support/QtStringMakers.h"

using osiedle::core::CertificateNumber;

TEST_CASE("Certificate numbers follow the office's pattern", "[training][certificates]")
{
    const QDate june(2011, 6, 30);
    CHECK(CertificateNumber::format(CertificateNumber::defaultPattern(), 7, 12, june) == QStringLiteral("7/12/2011"));
    CHECK(CertificateNumber::format(QStringLiteral("ZIM/{year}/{n}"), 7, 12, june) == QStringLiteral("ZIM/2011/7"));
    CHECK(CertificateNumber::format(QStringLiteral(" {n}-{n} "), 3, 1, june) == QStringLiteral("3-3"));
    // Without a completion date the year is left empty rather than made up.
    CHECK(CertificateNumber::format(QStringLiteral("{n}/{year}"), 1, 1, QDate()) == QStringLiteral("1/"));

    CHECK(CertificateNumber::check(QStringLiteral("{n}/{course}/{year}")).ok());
    const auto noNumber = CertificateNumber::check(QStringLiteral("ZIM/{year}"));
    REQUIRE_FALSE(noNumber.ok());
    CHECK(noNumber.error().message.contains(QStringLiteral("\"ZIM/{year}\"")));
    CHECK_FALSE(CertificateNumber::check(QStringLiteral("   ")).ok());
    const auto tooLong = CertificateNumber::check(QStringLiteral("{n}") + QString(58, QLatin1Char('x')));
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().message.contains(QStringLiteral("61")));
}
