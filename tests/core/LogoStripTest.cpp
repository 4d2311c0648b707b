#include "core/domain/LogoStrip.h"

#include "core/domain/ReferenceDay.h"
#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace osiedle;
using core::LogoFormat;
using core::LogoStrip;

TEST_CASE("A logo strip's format is told by its first bytes", "[logo]")
{
    CHECK(LogoStrip::detect(QByteArray("\x89PNG\r\n\x1a\n....", 12)) == LogoFormat::Png);
    CHECK(LogoStrip::detect(QByteArray("\xff\xd8\xff\xe0..JFIF", 10)) == LogoFormat::Jpeg);
    CHECK(LogoStrip::detect("<svg xmlns=\"http://www.w3.org/2000/svg\"/>") == LogoFormat::Svg);
    CHECK(LogoStrip::detect("\xef\xbb\xbf  <?xml version=\"1.0\"?>\n<!-- logos -->\n<svg></svg>") == LogoFormat::Svg);
    CHECK_FALSE(LogoStrip::detect("GIF89a......").has_value());
    CHECK_FALSE(LogoStrip::detect("<html><body>not an image</body></html>").has_value());
    CHECK_FALSE(LogoStrip::detect("").has_value());
}

TEST_CASE("A logo strip that is empty, too large or not an image is refused, naming the file", "[logo]")
{
    const auto empty = LogoStrip::fromBytes({}, QStringLiteral("pasek.png"));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message.contains(QStringLiteral("pasek.png")));
    CHECK(empty.error().message.contains(QStringLiteral("empty")));

    QByteArray large("\x89PNG\r\n\x1a\n", 8);
    large.append(QByteArray(LogoStrip::maxBytes, 'x'));
    const auto tooLarge = LogoStrip::fromBytes(large, QStringLiteral("duzy.png"));
    REQUIRE_FALSE(tooLarge.ok());
    CHECK(tooLarge.error().message.contains(QStringLiteral("duzy.png")));
    CHECK(tooLarge.error().message.contains(QStringLiteral("at most 4 MB")));

    const auto text = LogoStrip::fromBytes("Lorem ipsum", QStringLiteral("notatki.txt"));
    REQUIRE_FALSE(text.ok());
    CHECK(text.error().message == QStringLiteral("notatki.txt is not a PNG, JPEG or SVG image."));

    const auto svg = LogoStrip::fromBytes("<svg/>", QStringLiteral("logo.svg"));
    REQUIRE(svg.ok());
    CHECK(svg->format == LogoFormat::Svg);
    CHECK(svg->data == QByteArray("<svg/>"));
}

TEST_CASE("Format keys round-trip", "[logo]")
{
    for (const LogoFormat format : {LogoFormat::Png, LogoFormat::Jpeg, LogoFormat::Svg}) {
        CHECK(LogoStrip::parseFormatKey(LogoStrip::formatKey(format)) == format);
    }
    CHECK_FALSE(LogoStrip::parseFormatKey(QStringLiteral("gif")).has_value());
}

TEST_CASE("The reference day is today while the project runs and its end once it is over", "[project]")
{
    const QDate end(2013, 6, 30);
    CHECK(core::ReferenceDay::of(end, QDate(2012, 5, 17)) == QDate(2012, 5, 17));
    CHECK(core::ReferenceDay::of(end, QDate(2013, 6, 30)) == QDate(2013, 6, 30));
    CHECK(core::ReferenceDay::of(end, QDate(2026, 12, 6)) == end);
    CHECK(core::ReferenceDay::of(QDate(), QDate(2026, 12, 6)) == QDate(2026, 12, 6));
    CHECK(core::ReferenceDay::projectOver(end, QDate(2013, 7, 1)));
    CHECK_FALSE(core::ReferenceDay::projectOver(end, QDate(2013, 6, 30)));
}
