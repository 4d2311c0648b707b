#include "ui/timeline/TimelineSection.h"

#include "core/storage/Database.h"
#include "support/QtStringMakers.h"
#include "support/TestContext.h"
#include "support/TimelineTestData.h"
#include "ui/common/DocumentPrinter.h"
#include "ui/timeline/TimelineChart.h"

#include <QAbstractGraphicsShapeItem>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QPen>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace osiedle;
using ui::TimelineChart;

namespace {

/// The items of the scene drawn for the timeline item with this label.
QList<QGraphicsItem*> marksOf(const ui::TimelineSection& section, const QString& label)
{
    int index = -1;
    for (int i = 0; i < section.items().size(); ++i) {
        if (section.items()[i].label == label) {
            index = i;
        }
    }
    QList<QGraphicsItem*> result;
    for (QGraphicsItem* item : section.scene()->items()) {
        if (item->data(TimelineChart::indexKey).isValid() && item->data(TimelineChart::indexKey).toInt() == index) {
            result.append(item);
        }
    }
    return result;
}

bool drawnLate(const QList<QGraphicsItem*>& marks)
{
    for (QGraphicsItem* item : marks) {
        if (auto* shape = dynamic_cast<QAbstractGraphicsShapeItem*>(item)) {
            if (shape->brush().color() == TimelineChart::lateColor() ||
                shape->pen().color() == TimelineChart::lateColor()) {
                return true;
            }
        }
    }
    return false;
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
    QSet<int> drawn;
    bool today = false;
    for (QGraphicsItem* item : section.scene()->items()) {
        if (item->data(TimelineChart::indexKey).isValid()) {
            drawn.insert(item->data(TimelineChart::indexKey).toInt());
        }
        today = today || item->data(TimelineChart::kindKey).toInt() == static_cast<int>(TimelineChart::Mark::Today);
    }
    CHECK(drawn.size() == section.items().size());
    CHECK(today);

    CHECK(drawnLate(marksOf(section, QStringLiteral("Film"))));
    CHECK(drawnLate(marksOf(section, QStringLiteral("Broszura"))));
    CHECK_FALSE(drawnLate(marksOf(section, QStringLiteral("Poradnik"))));
    const auto film = marksOf(section, QStringLiteral("Film"));
    REQUIRE_FALSE(film.isEmpty());
    CHECK(film.first()->toolTip().contains(QStringLiteral("not done yet")));

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

    const auto labelsDrawn = [&section] {
        QStringList texts;
        for (QGraphicsItem* graphic : section.scene()->items()) {
            if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(graphic)) {
                texts << text->text();
            }
        }
        return texts;
    };
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
    QStringList texts;
    for (QGraphicsItem* graphic : scene->items()) {
        if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(graphic)) {
            texts << text->text();
        }
    }
    CHECK(texts.contains(QStringLiteral("Zajęcia integracyjno-\nmotywacyjne")));
}
