// A table with wrapped text sizes the rows in view to their lines, the others when they come
// into view, and again when a column's width changes.

#include "ui/common/RowsSizedInView.h"

#include <QApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace osiedle;

TEST_CASE("Rows with wrapped text are sized as they come into view", "[ui][rows]")
{
    QTableWidget table(300, 1);
    table.setWordWrap(true);
    table.horizontalHeader()->setStretchLastSection(true);
    // Many words: several lines in a column 200 px wide, one line at 4000 px.
    const QString text = QStringLiteral("the problem described in words at some length, ").repeated(4);
    for (int row = 0; row < table.rowCount(); ++row) {
        table.setItem(row, 0, new QTableWidgetItem(text));
    }
    auto* rows = new ui::RowsSizedInView(&table);
    const int oneLine = table.rowHeight(0);
    table.resize(220, 300);
    table.show();
    REQUIRE(QTest::qWaitForWindowExposed(&table));
    QApplication::processEvents();

    // The first rows grew to their lines; a row far below was not measured.
    CHECK(table.rowHeight(0) > 2 * oneLine);
    CHECK(table.rowHeight(299) == oneLine);
    CHECK(rows->sizedRows() > 0);
    CHECK(rows->sizedRows() < 20);

    SECTION("scrolled to the end, the rows then in view are sized")
    {
        table.scrollToBottom();
        QApplication::processEvents();
        QApplication::processEvents();
        const int top = table.rowAt(0);
        REQUIRE(top > 200);
        const int bottom = table.rowAt(table.viewport()->height() - 1);
        for (int row = top; row <= (bottom < 0 ? 299 : bottom); ++row) {
            INFO(row);
            CHECK(table.rowHeight(row) > 2 * oneLine);
        }
        CHECK(table.rowHeight(150) == oneLine); // passed over, never in view
    }
    SECTION("a wider column takes fewer lines: the rows in view are sized again")
    {
        const int narrow = table.rowHeight(0);
        table.resize(4200, 300);
        QApplication::processEvents();
        QApplication::processEvents();
        CHECK(table.rowHeight(0) < narrow / 2);
        CHECK(table.rowHeight(1) < narrow / 2);
        CHECK(table.rowHeight(299) == oneLine); // still never in view
    }
}
