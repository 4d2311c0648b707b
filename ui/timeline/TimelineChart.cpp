#include "ui/timeline/TimelineChart.h"

#include "core/storage/CourseRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/DocumentPrinter.h"
#include "ui/common/FormErrors.h"
#include "ui/timeline/TimelineRows.h"

#include <QBrush>
#include <QFont>
#include <QGraphicsLineItem>
#include <QGraphicsPolygonItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QPen>
#include <QPolygonF>
#include <algorithm>

namespace osiedle::ui {

namespace {

constexpr double labelWidth = TimelineChart::labelWidth;
constexpr double axisHeight = 38.0;
constexpr double dayWidth = 1.6; ///< on screen; a printed page narrows the days to fit
constexpr double legendHeight = 30.0;

struct Geometry {
    QDate from;
    QDate to;
    double day = dayWidth;

    double x(const QDate& date) const { return labelWidth + static_cast<double>(from.daysTo(date)) * day; }
    double right() const { return x(to.addDays(1)); }
};

QGraphicsSimpleTextItem* addText(QGraphicsScene& scene, const QString& text, double x, double y, bool bold = false)
{
    // The font before the text: the other way round the text was laid out twice (with the
    // default font, then with this one), and the chart has a text per row (16 000 at scale 100).
    QFont font(DocumentPrinter::fontFamily(), 8);
    font.setBold(bold);
    auto* item = new QGraphicsSimpleTextItem;
    item->setFont(font);
    item->setText(text);
    item->setPos(x, y);
    scene.addItem(item);
    return item;
}

QPolygonF diamond(double cx, double cy, double r)
{
    return QPolygonF({QPointF(cx, cy - r), QPointF(cx + r, cy), QPointF(cx, cy + r), QPointF(cx - r, cy)});
}

} // namespace

QColor TimelineChart::lateColor()
{
    return QColor(0xc6, 0x28, 0x28);
}
QColor TimelineChart::plannedColor()
{
    return QColor(0xcf, 0xdf, 0xf0);
}
QColor TimelineChart::actualColor()
{
    return QColor(0x2e, 0x6d, 0xb4);
}

QString TimelineChart::lateReason(const core::TimelineItem& item, const QDate& today)
{
    if (!item.isLate(today)) {
        return {};
    }
    if (item.actualEnd.isValid()) {
        return tr("Late: done on %1, planned by %2 (%3 days late)")
            .arg(FormErrors::dateText(item.actualEnd), FormErrors::dateText(item.plannedEnd))
            .arg(item.plannedEnd.daysTo(item.actualEnd));
    }
    return tr("Late: planned to end on %1 and not done yet").arg(FormErrors::dateText(item.plannedEnd));
}

std::pair<QDate, QDate> TimelineChart::span(const QList<core::TimelineItem>& items)
{
    QDate first;
    QDate last;
    for (const auto& item : items) {
        if (item.first().isValid() && (!first.isValid() || item.first() < first)) {
            first = item.first();
        }
        if (item.last().isValid() && (!last.isValid() || item.last() > last)) {
            last = item.last();
        }
    }
    if (!first.isValid()) {
        return {};
    }
    // Whole quarters around the project period.
    return {QDate(first.year(), (first.month() - 1) / 3 * 3 + 1, 1),
            QDate(last.year(), (last.month() - 1) / 3 * 3 + 1, 1).addMonths(3).addDays(-1)};
}

std::unique_ptr<QGraphicsScene> TimelineChart::build(const QList<core::TimelineItem>& items, const QDate& today)
{
    return build(items, today, span(items), dayWidth);
}

std::unique_ptr<QGraphicsScene> TimelineChart::build(const QList<core::TimelineItem>& items, const QDate& today,
                                                     const std::pair<QDate, QDate>& range, double day)
{
    auto scene = std::make_unique<QGraphicsScene>();
    scene->setBackgroundBrush(Qt::white);
    if (!range.first.isValid() || items.isEmpty()) {
        addText(*scene, tr("The project has no dated items yet."), 0, 0);
        return scene;
    }
    const Geometry g{range.first, range.second, day};

    // Lanes and rows: one item drawing only the rows in view.
    const double bodyTop = axisHeight;
    const double bodyBottom = bodyTop + rowHeight * static_cast<double>(items.size());
    scene->addItem(new TimelineRows(items, today, g.from, g.to, g.day, bodyTop));

    // Axis: months with quarter labels; the grid lines go on down through the lanes (drawn by
    // the rows, over the lanes' bands).
    QFont axisFont(DocumentPrinter::fontFamily(), 7);
    for (QDate month = g.from; month <= g.to; month = month.addMonths(1)) {
        const double x = g.x(month);
        const bool quarterStart = (month.month() - 1) % 3 == 0;
        auto* line = scene->addLine(x, quarterStart ? 0 : 20, x, bodyTop,
                                    QPen(quarterStart ? QColor(0xa0, 0xa0, 0xa0) : QColor(0xe0, 0xe0, 0xe0), 0));
        line->setZValue(-1);
        auto* m = addText(*scene, QString::number(month.month()), x + 2, 22);
        m->setFont(axisFont);
        if (quarterStart) {
            // "Q2 2011" in bold when it fits the quarter's width; on a narrow (printed) axis in
            // the small axis font, or only "Q2" when even that does not fit.
            const int quarter = (month.month() - 1) / 3 + 1;
            const double room = g.x(month.addMonths(3)) - x - 5;
            auto* label = addText(*scene, tr("Q%1 %2").arg(quarter).arg(month.year()), x + 3, 4, true);
            if (label->boundingRect().width() > room) {
                label->setFont(axisFont);
            }
            if (label->boundingRect().width() > room) {
                label->setText(tr("Q%1").arg(quarter));
            }
        }
    }
    scene->addLine(labelWidth, 0, labelWidth, bodyBottom, QPen(QColor(0x90, 0x90, 0x90), 0));
    scene->addLine(0, bodyTop, g.right(), bodyTop, QPen(QColor(0x90, 0x90, 0x90), 0));
    scene->addLine(0, bodyBottom, g.right(), bodyBottom, QPen(QColor(0x90, 0x90, 0x90), 0));

    // Today.
    if (today >= g.from && today <= g.to) {
        auto* line = scene->addLine(g.x(today), 16, g.x(today), bodyBottom, QPen(QColor(0xe6, 0x7e, 0x22), 1.5));
        line->setData(kindKey, static_cast<int>(Mark::Today));
        line->setToolTip(tr("Today, %1").arg(FormErrors::dateText(today)));
        line->setZValue(2);
    }

    // Legend.
    const double ly = bodyBottom + 10;
    double lx = 4;
    auto legendEntry = [&](QGraphicsItem* sample, const QString& text) {
        sample->setData(kindKey, static_cast<int>(Mark::Legend));
        auto* label = addText(*scene, text, lx + 26, ly);
        lx += 36 + label->boundingRect().width();
    };
    legendEntry(scene->addRect(lx, ly + 2, 20, 12, QPen(actualColor(), 1), plannedColor()), tr("Planned"));
    legendEntry(scene->addRect(lx, ly + 5, 20, 6, Qt::NoPen, actualColor()), tr("Actual"));
    legendEntry(scene->addPolygon(diamond(lx + 10, ly + 8, 6), QPen(actualColor(), 1.2), actualColor()),
                tr("Milestone reached"));
    legendEntry(scene->addPolygon(diamond(lx + 10, ly + 8, 6), QPen(actualColor(), 1.2), Qt::white),
                tr("Milestone planned"));
    legendEntry(scene->addRect(lx, ly + 5, 20, 6, Qt::NoPen, lateColor()), tr("Late"));
    legendEntry(scene->addLine(lx + 10, ly, lx + 10, ly + 16, QPen(QColor(0xe6, 0x7e, 0x22), 1.5)), tr("Today"));

    scene->setSceneRect(scene->itemsBoundingRect().adjusted(-4, -4, 4, 4));
    return scene;
}

QList<QList<core::TimelineItem>> TimelineChart::pages(const QList<core::TimelineItem>& items, int rowsPerPage)
{
    QList<QList<core::TimelineItem>> result;
    QList<core::TimelineItem> page;
    for (qsizetype row = 0; row < items.size();) {
        // A lane (group) goes whole onto a page when it fits; a longer one is split.
        qsizetype end = row + 1;
        while (end < items.size() && items[end].group == items[row].group) {
            ++end;
        }
        const qsizetype lane = end - row;
        if (page.size() + lane > rowsPerPage && !page.isEmpty()) {
            result << page;
            page.clear();
        }
        const qsizetype take = std::min<qsizetype>(lane, rowsPerPage - page.size());
        page << items.mid(row, take);
        row += take;
        if (page.size() >= rowsPerPage) {
            result << page;
            page.clear();
        }
    }
    if (!page.isEmpty() || result.isEmpty()) {
        result << page;
    }
    return result;
}

std::unique_ptr<DocumentPrinter> TimelineChart::document(core::Database& db, const QList<core::TimelineItem>& items,
                                                         const QDate& today)
{
    auto printer = DocumentPrinter::forProject(db, DocumentPrinter::Orientation::Landscape);
    printer->setHeaderRight(tr("Project timeline"));

    // Printed at a fixed, readable scale (the lane names about 6 pt): the dates are narrowed to
    // the page's width, and the lanes continue over as many pages as they need, each page with
    // its own date axis and legend.
    constexpr double mmPerUnit = 0.22;
    constexpr double pageWidthMm = 265.0;
    constexpr double pageHeightMm = 140.0;
    const auto range = span(items);
    const double days = range.first.isValid() ? double(range.first.daysTo(range.second) + 1) : 1.0;
    const double day = std::min(dayWidth, (pageWidthMm / mmPerUnit - labelWidth - 8.0) / days);
    const int rowsPerPage = int((pageHeightMm / mmPerUnit - axisHeight - legendHeight - 8.0) / rowHeight);
    const auto chunks = pages(items, rowsPerPage);

    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(tr("Project timeline").toHtmlEscaped(),
                            tr("State on %1").arg(FormErrors::dateText(today)).toHtmlEscaped());
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        html += QStringLiteral("<p%1>[[figure:timeline%2]]</p>")
                    .arg(i > 0 ? QStringLiteral(" style=\"page-break-before: always\"") : QString())
                    .arg(i);
    }
    printer->setHtml(html);
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        auto scene = build(chunks[i], today, range, day);
        const QSizeF size = scene->sceneRect().size() * mmPerUnit;
        printer->addScene(QStringLiteral("timeline%1").arg(i), std::move(scene), size);
    }
    return printer;
}

} // namespace osiedle::ui
