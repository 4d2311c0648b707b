#include "core/domain/PostalCode.h"
#include "support/QtStringMakers.h"

using namespace osiedle::core;

TEST_CASE("Postal codes are normalised to NN-NNN", "[postalcode]")
{
    const QString text = GENERATE(QStringLiteral("05-200"), QStringLiteral("05200"), QStringLiteral("05 200"),
                                  QStringLiteral(" 05-200 "));
    INFO(text.toStdString());
    const auto code = PostalCode::parse(text);
    REQUIRE(code.ok());
    CHECK(code->text() == QStringLiteral("05-200"));
    CHECK(code->digits() == QStringLiteral("05200"));
}

TEST_CASE("Malformed postal codes are refused, naming the text", "[postalcode]")
{
    const QString text = GENERATE(QStringLiteral("0520"), QStringLiteral("052000"), QStringLiteral("052-00"),
                                  QStringLiteral("05-2O0"), QStringLiteral("ab-cde"), QStringLiteral("05--200"),
                                  QStringLiteral("0 5200"), QStringLiteral("05-20-0"));
    INFO(text.toStdString());
    const auto code = PostalCode::parse(text);
    REQUIRE_FALSE(code.ok());
    CHECK(code.error().message
          == QStringLiteral("Postal code %1: write it as two digits, a hyphen and three digits (NN-NNN)").arg(text));
    CHECK(PostalCode::parse(QString()).error().message == QStringLiteral("Postal code is empty"));
}
