// The window icon: drawn from the embedded SVGs at the sizes window systems ask for, the small
// drawing up to 32 px. Expected colours are read off the SVGs' geometry (resources/icons).

#include "ui/common/ProgramIcon.h"

#include "support/QtStringMakers.h"

#include <QImage>
#include <QPixmap>

using osiedle::ui::ProgramIcon;

namespace {

QColor pixel(const QIcon& icon, int size, int x, int y)
{
    const QImage image = icon.pixmap(size, size).toImage();
    REQUIRE(image.width() == size);
    return image.pixelColor(x, y);
}

bool isGreen(const QColor& c)
{
    return c.alpha() == 255 && c.green() > c.red() + 40 && c.green() > c.blue();
}

} // namespace

TEST_CASE("The window icon is drawn at 16 to 256 px from the program's SVGs", "[icon]")
{
    const QIcon icon = ProgramIcon::icon();
    REQUIRE_FALSE(icon.isNull());
    const QList<QSize> sizes = icon.availableSizes();
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        INFO(size);
        CHECK(sizes.contains(QSize(size, size)));
    }

    // 16 px, the small drawing (16-unit grid): the green tile at (2, 2), the white block at
    // (8, 2) between its two window columns, a blue window at (5, 3), transparent outside the
    // rounded corner at (0, 0).
    CHECK(isGreen(pixel(icon, 16, 2, 2)));
    const QColor block = pixel(icon, 16, 8, 2);
    CHECK((block.red() > 230 && block.green() > 230 && block.blue() > 230));
    const QColor window = pixel(icon, 16, 5, 3);
    CHECK((window.blue() > window.red() + 60 && window.alpha() == 255));
    CHECK(pixel(icon, 16, 0, 0).alpha() < 128);

    // 64 px, the full drawing (256 units at a quarter): the block's first window spans x 84-104,
    // y 52-67, so (23, 15) is blue; (4, 30) is the tile, left of the neighbouring block (x 28-94).
    const QColor fullWindow = pixel(icon, 64, 23, 15);
    CHECK((fullWindow.blue() > fullWindow.red() + 60 && fullWindow.alpha() == 255));
    CHECK(isGreen(pixel(icon, 64, 4, 30)));

    // 256 px, the full drawing one to one: the block's top floor (x 72-184, y 34-42) is light
    // grey, the middle window of the first row (x 118-138, y 52-67) blue, the top-left corner
    // outside the tile (which starts at 12 with a 48 rounding) transparent.
    const QColor roof = pixel(icon, 256, 128, 38);
    CHECK((roof.red() == 0xd4 && roof.green() == 0xdd && roof.blue() == 0xd6));
    const QColor middleWindow = pixel(icon, 256, 128, 60);
    CHECK((middleWindow.red() == 0x2b && middleWindow.green() == 0x7c && middleWindow.blue() == 0x98));
    CHECK(pixel(icon, 256, 14, 14).alpha() == 0);
}
