// The fonts the program ships (resources/fonts): both files are in the resources, are DejaVu
// Sans regular and bold, and are registered (the test main registers them as the programs do).

#include "ui/common/ShippedFonts.h"

#include "support/QtStringMakers.h"
#include "ui/common/DocumentPrinter.h"

#include <QFile>
#include <QFontDatabase>
#include <QFontInfo>
#include <QRawFont>

using osiedle::ui::ShippedFonts;

TEST_CASE("The shipped fonts are DejaVu Sans regular and bold, registered for documents", "[fonts]")
{
    const QStringList files = ShippedFonts::files();
    REQUIRE(files.size() == 2);
    const auto [index, weight] = GENERATE(table<int, int>({{0, QFont::Normal}, {1, QFont::Bold}}));
    QFile file(files.at(index));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QRawFont font(file.readAll(), 12);
    REQUIRE(font.isValid());
    CHECK(font.familyName() == QStringLiteral("DejaVu Sans"));
    CHECK(font.weight() == weight);
    CHECK(font.style() == QFont::StyleNormal);
    // Every Polish letter has its glyph.
    const QString polish = QStringLiteral("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ");
    for (const QChar letter : polish) {
        INFO(QString(letter).toStdString());
        CHECK(font.supportsCharacter(letter));
    }

    CHECK(ShippedFonts::install());
    CHECK(ShippedFonts::install()); // a second call changes nothing
    CHECK(QFontDatabase::families().contains(ShippedFonts::family()));
    CHECK(QFontInfo(QFont(ShippedFonts::family())).family() == ShippedFonts::family());
    CHECK(osiedle::ui::DocumentPrinter::fontFamily() == ShippedFonts::family());
}
