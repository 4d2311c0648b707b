// A view out of sight reloads when it is shown again, not at every change; on screen, or in a
// window never shown (a test, a document), at once.

#include "ui/common/RefreshWhenShown.h"

#include <QApplication>
#include <QStackedWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace osiedle;

TEST_CASE("A hidden view's reload waits until it is shown, once however many changes came", "[refresh]")
{
    QStackedWidget window;
    auto* front = new QWidget;
    auto* back = new QWidget;
    window.addWidget(front);
    window.addWidget(back);
    int frontReloads = 0;
    int backReloads = 0;
    auto* frontRefresh = new ui::RefreshWhenShown(front, [&frontReloads] { ++frontReloads; });
    auto* backRefresh = new ui::RefreshWhenShown(back, [&backReloads] { ++backReloads; });

    SECTION("in a window not shown, at once")
    {
        backRefresh->request();
        CHECK(backReloads == 1);
        CHECK_FALSE(backRefresh->pending());
    }
    SECTION("on screen at once, out of sight when shown")
    {
        window.setCurrentWidget(front);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        frontRefresh->request();
        CHECK(frontReloads == 1);
        backRefresh->request();
        backRefresh->request();
        backRefresh->request();
        CHECK(backReloads == 0);
        CHECK(backRefresh->pending());
        window.setCurrentWidget(back);
        QApplication::processEvents();
        CHECK(backReloads == 1);
        CHECK_FALSE(backRefresh->pending());
        // Shown again with nothing changed: nothing read.
        window.setCurrentWidget(front);
        window.setCurrentWidget(back);
        QApplication::processEvents();
        CHECK(backReloads == 1);
        CHECK(frontReloads == 1);
    }
}
