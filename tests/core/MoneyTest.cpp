#include "core/domain/Money.h"

#include "support/QtStringMakers.h"

using namespace osiedle::core;

namespace {

struct ParseCase {
    QString text;
    qint64 grosze;
};

struct ErrorCase {
    QString text;
    QString message;
};

const QChar nbsp(0x00A0);

} // namespace

TEST_CASE("Money parses what people type and offices save", "[money]")
{
    const auto c = GENERATE(values<ParseCase>({
        {QStringLiteral("1 234,56"), 123456},
        {QStringLiteral("1234.56"), 123456},
        {QStringLiteral("1234,56"), 123456},
        {QStringLiteral("1234,56 zł"), 123456},
        {QStringLiteral("1234,56zł"), 123456},
        {QStringLiteral("1234,56 PLN"), 123456},
        {QStringLiteral("1 234 zł"), 123400},
        {QStringLiteral("-12,5"), -1250},
        {QStringLiteral("- 12,50 zł"), -1250},
        {QStringLiteral("+7"), 700},
        {QStringLiteral("0,05"), 5},
        {QStringLiteral(",5"), 50},
        {QStringLiteral("0"), 0},
        {QStringLiteral("-0,00"), 0},
        {QStringLiteral("  42  "), 4200},
        {QStringLiteral("1.234,56"), 123456},
        {QStringLiteral("1,234.56"), 123456},
        {QStringLiteral("1 234 567,89"), 123456789},
        {QStringLiteral("1.234.567,89"), 123456789},
        {QStringLiteral("1") + nbsp + QStringLiteral("234,56") + nbsp + QStringLiteral("zł"), 123456},
        {QStringLiteral("1") + QChar(0x202F) + QStringLiteral("234,56"), 123456},
        {QString(QChar(0x2212)) + QStringLiteral("3,10"), -310},
        {QStringLiteral("10 000 000,00"), 1000000000}, // the largest amount accepted (ValueLimits)
    }));
    INFO(c.text.toStdString());
    const auto money = Money::parse(c.text);
    REQUIRE(money.ok());
    CHECK(money->grosze() == c.grosze);
}

TEST_CASE("Money refuses text that is not an amount, naming the text", "[money]")
{
    const auto c = GENERATE(values<ErrorCase>({
        {QString(), QStringLiteral("The amount is empty")},
        {QStringLiteral("   "), QStringLiteral("The amount is empty")},
        {QStringLiteral("abc"), QStringLiteral("\"abc\" is not an amount")},
        {QStringLiteral("zł"), QStringLiteral("\"zł\" is not an amount")},
        {QStringLiteral("-"), QStringLiteral("\"-\" is not an amount")},
        {QStringLiteral("1,234"), QStringLiteral("\"1,234\": an amount has at most two decimal places")},
        {QStringLiteral("12,345 zł"), QStringLiteral("\"12,345 zł\": an amount has at most two decimal places")},
        {QStringLiteral("12,3,4"), QStringLiteral("\"12,3,4\" is not an amount")},
        {QStringLiteral("12."), QStringLiteral("\"12.\" is not an amount")},
        {QStringLiteral("12 34,56"), QStringLiteral("\"12 34,56\" is not an amount")},
        {QStringLiteral("1.23,45"), QStringLiteral("\"1.23,45\" is not an amount")},
        {QStringLiteral("12a"), QStringLiteral("\"12a\" is not an amount")},
        {QStringLiteral("1,2x"), QStringLiteral("\"1,2x\" is not an amount")},
        {QStringLiteral("--5"), QStringLiteral("\"--5\" is not an amount")},
        {QStringLiteral("1234567890123456"),
         QStringLiteral("\"1234567890123456\" is more than 10\u00a0000\u00a0000,00\u00a0zł, the largest amount Osiedle "
                        "accepts")},
        {QStringLiteral("10000000,01"),
         QStringLiteral(
             "\"10000000,01\" is more than 10\u00a0000\u00a0000,00\u00a0zł, the largest amount Osiedle accepts")},
    }));
    INFO(c.text.toStdString());
    const auto money = Money::parse(c.text);
    REQUIRE_FALSE(money.ok());
    CHECK(money.error().message == c.message);
}

TEST_CASE("Money is formatted Polish-style with non-breaking spaces", "[money]")
{
    const auto [grosze, plain] = GENERATE(table<qint64, QString>({
        {123456, QStringLiteral("1 234,56")},
        {0, QStringLiteral("0,00")},
        {5, QStringLiteral("0,05")},
        {-1250, QStringLiteral("-12,50")},
        {100, QStringLiteral("1,00")},
        {99999, QStringLiteral("999,99")},
        {100000, QStringLiteral("1 000,00")},
        {123456789, QStringLiteral("1 234 567,89")},
        {-100000000, QStringLiteral("-1 000 000,00")},
    }));
    QString expected = plain;
    expected.replace(QLatin1Char(' '), nbsp);
    const Money money = Money::fromGrosze(grosze);
    CHECK(money.formatPlain() == expected);
    CHECK(money.format() == expected + nbsp + QStringLiteral("zł"));
    // what is formatted parses back to the same amount
    const auto back = Money::parse(money.format());
    REQUIRE(back.ok());
    CHECK(*back == money);
}

TEST_CASE("Money arithmetic and comparison", "[money]")
{
    const Money a = Money::fromZloty(10);
    const Money b = Money::fromGrosze(250);
    CHECK((a + b).grosze() == 1250);
    CHECK((a - b).grosze() == 750);
    CHECK((-b).grosze() == -250);
    Money c = a;
    c += b;
    c -= Money::fromGrosze(50);
    CHECK(c.grosze() == 1200);
    CHECK(b < a);
    CHECK(Money() == Money::fromGrosze(0));
}

TEST_CASE("percentOf rounds half away from zero", "[money]")
{
    const auto [grosze, basisPoints, expected] = GENERATE(table<qint64, qint64, qint64>({
        {10000, 2300, 2300}, // 23 % VAT of 100,00 zł
        {12345, 2300, 2839}, // 2839.35 → 2839
        {150, 5000, 75},     // exact half of an even result
        {1, 5000, 1},        // 0.5 grosz → 1
        {3, 5000, 2},        // 1.5 → 2
        {-1, 5000, -1},      // -0.5 → -1
        {-3, 5000, -2},      // -1.5 → -2
        {12345, 800, 988},   // 987.6 → 988
        {12345, 0, 0},
        {12345, 10000, 12345},
        {-12345, 2300, -2839},
    }));
    INFO(grosze << " × " << basisPoints << " bp");
    CHECK(Money::fromGrosze(grosze).percentOf(basisPoints).grosze() == expected);
}
