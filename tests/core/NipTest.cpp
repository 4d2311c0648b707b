#include "core/domain/Nip.h"
#include "support/QtStringMakers.h"

using namespace osiedle::core;

TEST_CASE("Valid NIPs in the ways people write them", "[nip]")
{
    const QString text = GENERATE(QStringLiteral("8567346215"), QStringLiteral("856-734-62-15"),
                                  QStringLiteral("856 734 62 15"), QStringLiteral("PL8567346215"),
                                  QStringLiteral("PL 856-734-62-15"), QStringLiteral("pl8567346215"),
                                  QStringLiteral("  8567346215 "), QStringLiteral("85-67-34-62-15"));
    INFO(text.toStdString());
    const auto nip = Nip::parse(text);
    REQUIRE(nip.ok());
    CHECK(nip->digits() == QStringLiteral("8567346215"));
    CHECK(nip->text() == QStringLiteral("856-734-62-15"));
}

TEST_CASE("Invalid NIPs are refused with a message naming the text and the reason", "[nip]")
{
    const auto [text, message] = GENERATE(table<QString, QString>({
        {QStringLiteral(""), QStringLiteral("NIP is empty")},
        {QStringLiteral("8567346216"), QStringLiteral("NIP 8567346216: wrong check digit")},
        {QStringLiteral("856-734-62-14"), QStringLiteral("NIP 856-734-62-14: wrong check digit")},
        // Σ mod 11 = 10: no tenth digit can match
        {QStringLiteral("1000000160"), QStringLiteral("NIP 1000000160: wrong check digit")},
        {QStringLiteral("856734621"), QStringLiteral("NIP 856734621: must have 10 digits, has 9")},
        {QStringLiteral("85673462150"), QStringLiteral("NIP 85673462150: must have 10 digits, has 11")},
        {QStringLiteral("85673462a5"), QStringLiteral("NIP 85673462a5: only digits are allowed")},
        {QStringLiteral("DE8567346215"), QStringLiteral("NIP DE8567346215: only digits are allowed")},
        {QStringLiteral("PL"), QStringLiteral("NIP PL: only digits are allowed")},
    }));
    INFO(text.toStdString());
    const auto nip = Nip::parse(text);
    REQUIRE_FALSE(nip.ok());
    CHECK(nip.error().message == message);
}

TEST_CASE("Every wrong last digit of a valid NIP is refused", "[nip]")
{
    for (int d = 0; d <= 9; ++d) {
        const QString text = QStringLiteral("856734621") + QString::number(d);
        INFO(text.toStdString());
        CHECK(Nip::parse(text).ok() == (d == 5));
    }
}
