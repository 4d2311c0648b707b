#include "ui/timeline/TimelineSection.h"

#include "core/storage/Database.h"
#include "support/QtStringMakers.h"
#include "support/TestContext.h"
#include "support/TimelineTestData.h"
#include "ui/common/DocumentPrinter.h"
#include "ui/timeline/TimelineChart.h"
#include "ui/timeline/TimelineRows.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QImage>
#include <QPainter>
#include <QPen>
#include <QPushButton>
#include <QScrollBar>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace osiedle;
using ui::TimelineChart;

namespace {

/// The chart's rows of the section shown.
const ui::TimelineRows& rowsOf(const ui::TimelineSection& section)
{
    const ui::TimelineRows* rows = ui::TimelineRows::in(*section.scene());
    REQUIRE(rows != nullptr);
    return *rows;
}

/// The bars or milestone drawn for the timeline item with this label.
QList<ui::TimelineRows::Shape> marksOf(const ui::TimelineSection& section, const QString& label)
{
    int index = -1;
    for (int i = 0; i < section.items().size(); ++i) {
        if (section.items()[i].label == label) {
            index = i;
        }
    }
    REQUIRE(index >= 0);
    return rowsOf(section).shapes(index);
}

bool drawnLate(const QList<ui::TimelineRows::Shape>& marks)
{
    for (const auto& shape : marks) {
        if (shape.brush.color() == TimelineChart::lateColor() || shape.pen.color() == TimelineChart::lateColor()) {
            return true;
        }
    }
    return false;
}

/// The texts the chart draws: its rows' lane names and labels, and the scene's other texts.
QStringList textsOf(const QGraphicsScene& scene)
{
    QStringList texts;
    for (QGraphicsItem* graphic : scene.items()) {
        if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(graphic)) {
            texts << text->text();
        }
    }
    if (const ui::TimelineRows* rows = ui::TimelineRows::in(scene)) {
        for (int row = 0; row < rows->rowCount(); ++row) {
            texts << rows->laneText(row) << rows->labelText(row);
        }
    }
    return texts;
}

} // namespace

TEST_CASE("The timeline draws a bar or marker for every item and late items in red", "[timeline]")
{
    test::TestContext t;
    test::fillTimelineSources(t.db());
    ui::TimelineSection section(t.context);
    section.setToday(QDate(2013, 6, 30));
    section.resize(1200, 700);
    section.show();
    test::settle(t.context);

    REQUIRE(section.items().size() >= 8);
    const ui::TimelineRows& rows = rowsOf(section);
    REQUIRE(rows.rowCount() == section.items().size());
    for (int row = 0; row < rows.rowCount(); ++row) {
        CAPTURE(row);
        CHECK_FALSE(rows.shapes(row).isEmpty());
    }
    bool today = false;
    for (QGraphicsItem* item : section.scene()->items()) {
        today = today || item->data(TimelineChart::kindKey).toInt() == static_cast<int>(TimelineChart::Mark::Today);
    }
    CHECK(today);

    CHECK(drawnLate(marksOf(section, QStringLiteral("Film"))));
    CHECK(drawnLate(marksOf(section, QStringLiteral("Broszura"))));
    CHECK_FALSE(drawnLate(marksOf(section, QStringLiteral("Poradnik"))));
    const auto film = marksOf(section, QStringLiteral("Film"));
    REQUIRE_FALSE(film.isEmpty());
    const int filmRow = rows.rowAt(film.first().outline.boundingRect().center());
    REQUIRE(filmRow >= 0);
    CHECK(section.items()[filmRow].label == QStringLiteral("Film"));
    CHECK(rows.tipOf(filmRow).contains(QStringLiteral("not done yet")));

    SECTION("before the film's deadline it is not late")
    {
        section.setToday(QDate(2013, 5, 1));
        CHECK_FALSE(drawnLate(marksOf(section, QStringLiteral("Film"))));
    }

    SECTION("a new dated row shows after a change")
    {
        const auto before = section.items().size();
        t.db().exec("INSERT INTO deliverable (kind, title, planned_on, status) VALUES ('guide', 'Drugi', '2012-01-31', "
                    "'planned')");
        t.changes.notify(core::Topic::Products);
        test::settle(t.context);
        CHECK(section.items().size() == before + 1);
    }

    SECTION("save as PDF writes the chart on A4 landscape")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("timeline.pdf"));
        t.prompt.saveFileAnswers.enqueue(path);
        auto* pdf = section.findChild<QPushButton*>(QStringLiteral("pdfButton"));
        REQUIRE(pdf != nullptr);
        pdf->click();
        CHECK(t.prompt.errors().isEmpty());
        CHECK(QFileInfo(path).size() > 5000);
    }
}

TEST_CASE("The timeline reads its items off the window's thread and keeps the chart shown until they come",
          "[timeline]")
{
    test::TestContext t;
    test::fillTimelineSources(t.db());
    ui::TimelineSection section(t.context);
    section.resize(1200, 700);
    section.show();
    test::settle(t.context);

    const auto labelsDrawn = [&section] { return textsOf(*section.scene()); };
    REQUIRE(section.items().size() >= 8);
    CHECK(labelsDrawn().contains(QStringLiteral("Film")));
    CHECK_FALSE(labelsDrawn().contains(QStringLiteral("Mapa osiedla")));

    t.db().exec("INSERT INTO deliverable (kind, title, planned_on, status) VALUES ('guide', 'Mapa osiedla', "
                "'2012-03-31', 'planned')");
    const auto before = section.items().size();
    const QGraphicsScene* shown = section.scene();
    t.changes.notify(core::Topic::Products);
    // Until the read comes back the chart of the data before the change stays.
    CHECK(section.scene() == shown);
    CHECK(section.items().size() == before);

    test::settle(t.context);
    CHECK(section.items().size() == before + 1);
    CHECK(labelsDrawn().contains(QStringLiteral("Mapa osiedla")));
}

TEST_CASE("The timeline opens at the top-left, with the lane names and the date axis in view", "[timeline]")
{
    test::TestContext t;
    test::fillTimelineSources(t.db());
    for (int i = 0; i < 40; ++i) { // more rows than fit, so that there is something to scroll
        t.db().exec(QStringLiteral("INSERT INTO deliverable (kind, title, planned_on, status) VALUES ('other', "
                                   "'Produkt %1', '2013-12-31', 'planned')")
                        .arg(i)
                        .toUtf8());
    }
    ui::TimelineSection section(t.context);
    section.setToday(QDate(2013, 6, 30));
    section.resize(700, 400);
    section.show();
    test::settle(t.context);
    QCoreApplication::processEvents();

    QScrollBar* across = section.view()->horizontalScrollBar();
    QScrollBar* down = section.view()->verticalScrollBar();
    REQUIRE(across->maximum() > across->minimum());
    REQUIRE(down->maximum() > down->minimum());
    CHECK(across->value() == across->minimum());
    CHECK(down->value() == down->minimum());
    // the top-left corner of the scene (the lane names, the axis) is what the view shows
    const QPointF corner = section.view()->mapToScene(QPoint(0, 0));
    CHECK(corner.x() <= section.scene()->sceneRect().left() + 1);
    CHECK(corner.y() <= section.scene()->sceneRect().top() + 1);

    SECTION("a change keeps where the user scrolled to")
    {
        across->setValue(across->maximum() / 2);
        const int where = across->value();
        t.changes.notify(core::Topic::Products);
        test::settle(t.context);
        CHECK(across->value() == where);
    }
}

TEST_CASE("The printed timeline keeps a lane on one page when it fits and loses no item", "[timeline]")
{
    // Lanes of 3, 4, 9 and 2 rows, at most 5 rows per page.
    QList<core::TimelineItem> items;
    const QList<QPair<QString, int>> lanes = {
        {QStringLiteral("A"), 3}, {QStringLiteral("B"), 4}, {QStringLiteral("C"), 9}, {QStringLiteral("D"), 2}};
    for (const auto& [group, rows] : lanes) {
        for (int r = 0; r < rows; ++r) {
            core::TimelineItem item;
            item.group = group;
            item.label = group + QString::number(r);
            item.plannedEnd = QDate(2011, 1, 1).addDays(items.size());
            items << item;
        }
    }
    const auto pages = TimelineChart::pages(items, 5);
    QStringList layout;
    QList<core::TimelineItem> rejoined;
    for (const auto& page : pages) {
        QString labels;
        for (const auto& item : page) {
            labels += item.label + QLatin1Char(' ');
        }
        layout << labels.trimmed();
        rejoined << page;
    }
    CHECK(layout == QStringList{QStringLiteral("A0 A1 A2"), QStringLiteral("B0 B1 B2 B3"),
                                QStringLiteral("C0 C1 C2 C3 C4"), QStringLiteral("C5 C6 C7 C8"),
                                QStringLiteral("D0 D1")});
    REQUIRE(rejoined.size() == items.size());
    for (int i = 0; i < items.size(); ++i) {
        CHECK(rejoined[i].label == items[i].label);
    }
    CHECK(TimelineChart::pages({}, 5).size() == 1);
}

TEST_CASE("A long timeline prints over several pages with its lanes readable", "[timeline]")
{
    test::TestContext t;
    QList<core::TimelineItem> items;
    for (int i = 0; i < 120; ++i) {
        core::TimelineItem item;
        item.group = QStringLiteral("Osiedlowa Spółdzielnia Socjalna nr %1").arg(i / 12);
        item.label = QStringLiteral("Krok %1").arg(i);
        item.milestone = true;
        item.actualStart = QDate(2011, 1, 3).addDays(7 * i);
        items << item;
    }
    auto printer = TimelineChart::document(t.db(), items, QDate(2012, 6, 30));
    const int pages = printer->pageCount();
    CHECK(pages >= 4);
    CHECK(pages <= 8);
    const QString text = printer->plainText();
    CHECK(text.contains(QStringLiteral("State on 30.06.2012")));
}

TEST_CASE("A long lane name wraps at spaces and after a hyphen, not cut", "[timeline]")
{
    core::TimelineItem item;
    item.group = QStringLiteral("Zajęcia integracyjno-motywacyjne");
    item.label = QStringLiteral("grupa 1");
    item.plannedStart = QDate(2011, 1, 10);
    item.plannedEnd = QDate(2011, 3, 31);
    auto scene = TimelineChart::build({item}, QDate(2011, 2, 1));
    const QStringList texts = textsOf(*scene);
    CHECK(texts.contains(QStringLiteral("Zajęcia integracyjno-\nmotywacyjne")));
}

TEST_CASE("A long timeline is one item for its rows, drawn and pointed at row by row", "[timeline]")
{
    // 3 000 rows in lanes of 10: a bar planned over January 2012, the odd rows done late (in
    // February), the even ones done on time (on 20 January).
    QList<core::TimelineItem> items;
    for (int i = 0; i < 3000; ++i) {
        core::TimelineItem item;
        item.group = QStringLiteral("Grupa %1").arg(i / 10);
        item.label = QStringLiteral("Zadanie %1").arg(i);
        item.plannedStart = QDate(2012, 1, 1);
        item.plannedEnd = QDate(2012, 1, 31);
        item.actualStart = QDate(2012, 1, 2);
        item.actualEnd = i % 2 == 1 ? QDate(2012, 2, 10) : QDate(2012, 1, 20);
        items << item;
    }
    auto scene = TimelineChart::build(items, QDate(2012, 6, 30));
    // The axis, the legend and the today line are items of their own; the rows are not.
    CHECK(scene->items().size() < 100);
    const ui::TimelineRows* rows = ui::TimelineRows::in(*scene);
    REQUIRE(rows != nullptr);
    REQUIRE(rows->rowCount() == 3000);
    // The scene reaches down to the last row (38 units of axis, 22 a row).
    CHECK(scene->sceneRect().bottom() >= 38 + 22 * 3000);

    CHECK(rows->laneText(0) == QStringLiteral("Grupa 0"));
    CHECK(rows->laneText(1).isEmpty());
    CHECK(rows->laneText(2990) == QStringLiteral("Grupa 299"));
    CHECK(rows->labelText(2999) == QStringLiteral("Zadanie 2999"));

    // Row 2001 (done late): its planned bar outlined in red, its actual bar red.
    const auto late = rows->shapes(2001);
    REQUIRE(late.size() == 2);
    CHECK(late[0].kind == TimelineChart::Mark::Planned);
    CHECK(late[0].pen.color() == TimelineChart::lateColor());
    CHECK(late[1].kind == TimelineChart::Mark::Actual);
    CHECK(late[1].brush.color() == TimelineChart::lateColor());
    const auto onTime = rows->shapes(2000);
    REQUIRE(onTime.size() == 2);
    CHECK(onTime[1].brush.color() == TimelineChart::actualColor());
    // The actual bar of row 2001 runs from 2 January to 10 February: 40 days.
    CHECK(late[1].outline.boundingRect().width() == Approx(40 * 1.6));
    CHECK(late[1].outline.boundingRect().top() == Approx(38 + 22 * 2001 + 7));

    // Drawn where the rows are: render rows 2000 and 2001 and look at the middle of each
    // actual bar.
    const QRectF band(TimelineChart::labelWidth, 38 + 22 * 2000, 200, 44);
    QImage image(200, 44, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        scene->render(&painter, QRectF(0, 0, 200, 44), band);
    }
    const auto pixelAt = [&](const QPointF& scenePoint) {
        return image.pixelColor((scenePoint - band.topLeft()).toPoint());
    };
    CHECK(pixelAt(onTime[1].outline.boundingRect().center()) == TimelineChart::actualColor());
    CHECK(pixelAt(late[1].outline.boundingRect().center()) == TimelineChart::lateColor());

    // Pointing at a bar gives its row's tooltip; between the bars there is none.
    ui::TimelineRows* item = ui::TimelineRows::in(*scene);
    const auto hover = [&](const QPointF& point) {
        QGraphicsSceneHoverEvent event(QEvent::GraphicsSceneHoverMove);
        event.setPos(point);
        event.setScenePos(point);
        scene->sendEvent(item, &event);
        return item->toolTip();
    };
    const QString tip = hover(late[1].outline.boundingRect().center());
    CHECK(tip.startsWith(QStringLiteral("Grupa 200: Zadanie 2001\n")));
    CHECK(tip.contains(QStringLiteral("Actual: 02.01.2012 – 10.02.2012")));
    CHECK(tip.contains(QStringLiteral("10 days late")));
    CHECK(hover(QPointF(TimelineChart::labelWidth + 300, 38 + 22 * 2001 + 11)).isEmpty());
    CHECK(hover(onTime[0].outline.boundingRect().topLeft() + QPointF(1, 1))
              .startsWith(QStringLiteral("Grupa 200: Zadanie 2000\n")));
}

TEST_CASE("A lane's name over several lines is drawn line under line", "[timeline]")
{
    // "Osiedlowa Spółdzielnia Socjalna Razem" in lines of 21 characters: "Osiedlowa",
    // "Spółdzielnia Socjalna", "Razem" (the lane has two rows: up to four lines).
    QList<core::TimelineItem> items;
    for (int i = 0; i < 2; ++i) {
        core::TimelineItem item;
        item.group = QStringLiteral("Osiedlowa Spółdzielnia Socjalna Razem");
        item.label = QStringLiteral("Krok %1").arg(i);
        item.milestone = true;
        item.actualStart = QDate(2011, 2, 1).addDays(30 * i);
        items << item;
    }
    auto scene = TimelineChart::build(items, QDate(2011, 6, 30));
    const ui::TimelineRows* rows = ui::TimelineRows::in(*scene);
    REQUIRE(rows != nullptr);
    CHECK(rows->laneText(0) == QStringLiteral("Osiedlowa\nSpółdzielnia Socjalna\nRazem"));

    // The lane names' column (x 0-145) from the first row's top, three lines down.
    const double top = 38;
    QImage image(145, 60, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        scene->render(&painter, QRectF(0, 0, 145, 60), QRectF(0, top, 145, 60));
    }
    const double line = QFontMetricsF(QFont(ui::DocumentPrinter::fontFamily(), 8)).height();
    // Dark pixels (text) in the band of each line: the lines are not drawn over one another.
    const auto inked = [&](double from, double to) {
        for (int y = int(from); y < int(to); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (qGray(image.pixel(x, y)) < 100) {
                    return true;
                }
            }
        }
        return false;
    };
    for (int n = 0; n < 3; ++n) {
        CAPTURE(n);
        CHECK(inked(4 + line * n + 2, 4 + line * (n + 1) - 2));
    }
}
