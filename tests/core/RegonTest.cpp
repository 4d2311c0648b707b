#include "core/domain/Regon.h"
#include "support/QtStringMakers.h"

using namespace osiedle::core;

TEST_CASE("Valid REGONs of 9 and 14 digits", "[regon]")
{
    const auto [text, digits, localUnit] = GENERATE(table<QString, QString, bool>({
        {QStringLiteral("192598184"), QStringLiteral("192598184"), false},
        {QStringLiteral("123456785"), QStringLiteral("123456785"), false},
        {QStringLiteral("192 598 184"), QStringLiteral("192598184"), false},
        {QStringLiteral("12345678512347"), QStringLiteral("12345678512347"), true},
        {QStringLiteral("19259818400015"), QStringLiteral("19259818400015"), true},
        {QStringLiteral(" 192598184-00015 "), QStringLiteral("19259818400015"), true},
    }));
    INFO(text.toStdString());
    const auto regon = Regon::parse(text);
    REQUIRE(regon.ok());
    CHECK(regon->digits() == digits);
    CHECK(regon->text() == digits);
    CHECK(regon->isLocalUnit() == localUnit);
}

TEST_CASE("Invalid REGONs are refused with a message naming the text and the reason", "[regon]")
{
    const auto [text, message] = GENERATE(table<QString, QString>({
        {QStringLiteral(""), QStringLiteral("REGON is empty")},
        {QStringLiteral("192598185"), QStringLiteral("REGON 192598185: wrong check digit")},
        {QStringLiteral("12345678512346"), QStringLiteral("REGON 12345678512346: wrong check digit")},
        // the 14-digit check is right, but 192598185 is not a REGON
        {QStringLiteral("19259818500003"),
         QStringLiteral("REGON 19259818500003: its first 9 digits are not a valid REGON")},
        {QStringLiteral("19259818"), QStringLiteral("REGON 19259818: must have 9 or 14 digits, has 8")},
        {QStringLiteral("1925981840"), QStringLiteral("REGON 1925981840: must have 9 or 14 digits, has 10")},
        {QStringLiteral("19259818a"), QStringLiteral("REGON 19259818a: only digits are allowed")},
    }));
    INFO(text.toStdString());
    const auto regon = Regon::parse(text);
    REQUIRE_FALSE(regon.ok());
    CHECK(regon.error().message == message);
}

TEST_CASE("A REGON check digit of remainder 10 is 0", "[regon]")
{
    // find eight digits whose weighted sum leaves 10: their check digit must be 0
    int found = 0;
    for (int i = 0; i < 100000 && found == 0; ++i) {
        const QString eight = QStringLiteral("%1").arg(i, 8, 10, QLatin1Char('0'));
        const int weights[] = {8, 9, 2, 3, 4, 5, 6, 7};
        int sum = 0;
        for (int k = 0; k < 8; ++k) {
            sum += (eight.at(k).unicode() - u'0') * weights[k];
        }
        if (sum % 11 == 10) {
            CHECK(Regon::parse(eight + QLatin1Char('0')).ok());
            CHECK_FALSE(Regon::parse(eight + QLatin1Char('1')).ok());
            found = i;
        }
    }
    CHECK(found > 0);
}
