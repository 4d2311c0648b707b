#include "core/domain/KrsNumber.h"
#include "support/QtStringMakers.h"

using namespace osiedle::core;

TEST_CASE("KRS numbers are padded to ten digits", "[krs]")
{
    const auto [text, digits] = GENERATE(table<QString, QString>({
        {QStringLiteral("0000413516"), QStringLiteral("0000413516")},
        {QStringLiteral("413516"), QStringLiteral("0000413516")},
        {QStringLiteral("1"), QStringLiteral("0000000001")},
        {QStringLiteral("1234567890"), QStringLiteral("1234567890")},
        {QStringLiteral(" KRS 0000413516 "), QStringLiteral("0000413516")},
        {QStringLiteral("krs413516"), QStringLiteral("0000413516")},
        {QStringLiteral("0000 413 516"), QStringLiteral("0000413516")},
    }));
    INFO(text.toStdString());
    const auto krs = KrsNumber::parse(text);
    REQUIRE(krs.ok());
    CHECK(krs->digits() == digits);
    CHECK(krs->text() == digits);
}

TEST_CASE("Invalid KRS numbers are refused with a message naming the text and the reason", "[krs]")
{
    const auto [text, message] = GENERATE(table<QString, QString>({
        {QStringLiteral(""), QStringLiteral("KRS number is empty")},
        {QStringLiteral("00004135160"), QStringLiteral("KRS number 00004135160: has 11 digits, at most 10 are allowed")},
        {QStringLiteral("41351a"), QStringLiteral("KRS number 41351a: only digits are allowed")},
        {QStringLiteral("KRS"), QStringLiteral("KRS number KRS: only digits are allowed")},
        {QStringLiteral("0000000000"), QStringLiteral("KRS number 0000000000: zero is not a register number")},
        {QStringLiteral("0"), QStringLiteral("KRS number 0: zero is not a register number")},
    }));
    INFO(text.toStdString());
    const auto krs = KrsNumber::parse(text);
    REQUIRE_FALSE(krs.ok());
    CHECK(krs.error().message == message);
}
