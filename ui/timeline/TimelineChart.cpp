#include "ui/timeline/TimelineChart.h"

#include "ui/common/DocumentPrinter.h"
#include "ui/common/FormErrors.h"

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

constexpr double labelWidth = 300.0;
constexpr double rowHeight = 22.0;
constexpr double axisHeight = 38.0;
constexpr double dayWidth = 1.6;

struct Geometry {
    QDate from;
    QDate to;

    double x(const QDate& date) const { return labelWidth + static_cast<double>(from.daysTo(date)) * dayWidth; }
    double right() const { return x(to.addDays(1)); }
};

QGraphicsSimpleTextItem* addText(QGraphicsScene& scene, const QString& text, double x, double y, bool bold = false)
{
    auto* item = scene.addSimpleText(text);
    QFont font(DocumentPrinter::fontFamily(), 8);
    font.setBold(bold);
    item->setFont(font);
    item->setPos(x, y);
    return item;
}

QPolygonF diamond(double cx, double cy, double r)
{
    return QPolygonF({QPointF(cx, cy - r), QPointF(cx + r, cy), QPointF(cx, cy + r), QPointF(cx - r, cy)});
}

QString elided(const QString& text, int max)
{
    return text.size() <= max ? text : text.left(max - 1) + QChar(0x2026);
}

} // namespace

QColor TimelineChart::lateColor() { return QColor(0xc6, 0x28, 0x28); }
QColor TimelineChart::plannedColor() { return QColor(0xcf, 0xdf, 0xf0); }
QColor TimelineChart::actualColor() { return QColor(0x2e, 0x6d, 0xb4); }

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

std::unique_ptr<QGraphicsScene> TimelineChart::build(const QList<core::TimelineItem>& items, const QDate& today)
{
    auto scene = std::make_unique<QGraphicsScene>();
    scene->setBackgroundBrush(Qt::white);
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
        addText(*scene, tr("The project has no dated items yet."), 0, 0);
        return scene;
    }
    // Whole quarters around the project period.
    const Geometry g{QDate(first.year(), (first.month() - 1) / 3 * 3 + 1, 1),
                     QDate(last.year(), (last.month() - 1) / 3 * 3 + 1, 1).addMonths(3).addDays(-1)};

    // Lanes: one row per item, groups in the order the items come.
    const double bodyTop = axisHeight;
    const double bodyBottom = bodyTop + rowHeight * static_cast<double>(items.size());
    QString group;
    int groupIndex = -1;
    for (int row = 0; row < items.size(); ++row) {
        const auto& item = items[row];
        const double y = bodyTop + rowHeight * row;
        if (item.group != group || row == 0) {
            group = item.group;
            ++groupIndex;
            scene->addLine(0, y, g.right(), y, QPen(QColor(0x90, 0x90, 0x90), 0));
            addText(*scene, elided(group, 22), 4, y + 4, true);
        }
        if (groupIndex % 2 == 1) {
            auto* band = scene->addRect(0, y, g.right(), rowHeight, Qt::NoPen, QColor(0xf3, 0xf5, 0xf8));
            band->setZValue(-2);
        }
        addText(*scene, elided(item.label, 26), 150, y + 4);
    }

    // Axis: months with quarter labels, grid lines down through the lanes.
    QFont axisFont(DocumentPrinter::fontFamily(), 7);
    for (QDate month = g.from; month <= g.to; month = month.addMonths(1)) {
        const double x = g.x(month);
        const bool quarterStart = (month.month() - 1) % 3 == 0;
        auto* line = scene->addLine(x, quarterStart ? 0 : 20, x, bodyBottom,
                                    QPen(quarterStart ? QColor(0xa0, 0xa0, 0xa0) : QColor(0xe0, 0xe0, 0xe0), 0));
        line->setZValue(-1);
        auto* m = addText(*scene, QString::number(month.month()), x + 2, 22);
        m->setFont(axisFont);
        if (quarterStart) {
            addText(*scene, tr("Q%1 %2").arg((month.month() - 1) / 3 + 1).arg(month.year()), x + 3, 4, true);
        }
    }
    scene->addLine(labelWidth, 0, labelWidth, bodyBottom, QPen(QColor(0x90, 0x90, 0x90), 0));
    scene->addLine(0, bodyTop, g.right(), bodyTop, QPen(QColor(0x90, 0x90, 0x90), 0));
    scene->addLine(0, bodyBottom, g.right(), bodyBottom, QPen(QColor(0x90, 0x90, 0x90), 0));

    // Bars and milestones.
    for (int row = 0; row < items.size(); ++row) {
        const auto& item = items[row];
        const double y = bodyTop + rowHeight * row;
        const QString reason = lateReason(item, today);
        const bool late = !reason.isEmpty();
        QString tip = item.group + QStringLiteral(": ") + item.label;
        if (item.plannedStart.isValid()) {
            tip += QLatin1Char('\n') + tr("Planned: %1 – %2").arg(FormErrors::dateText(item.plannedStart),
                                                                  FormErrors::dateText(item.plannedEnd));
        }
        if (item.actualStart.isValid()) {
            tip += QLatin1Char('\n') + tr("Actual: %1 – %2").arg(FormErrors::dateText(item.actualStart),
                                                                 FormErrors::dateText(item.actualEnd));
        }
        if (late) {
            tip += QLatin1Char('\n') + reason;
        }
        auto mark = [&](QGraphicsItem* graphic, Mark kind) {
            graphic->setData(kindKey, static_cast<int>(kind));
            graphic->setData(indexKey, row);
            graphic->setToolTip(tip);
        };
        if (item.milestone) {
            const QDate day = item.actualStart.isValid() ? item.actualStart
                             : item.plannedStart.isValid() ? item.plannedStart : item.plannedEnd;
            if (!day.isValid()) {
                continue;
            }
            const QColor colour = late ? lateColor() : actualColor();
            auto* d = scene->addPolygon(diamond(g.x(day) + dayWidth / 2, y + rowHeight / 2, 6),
                                        QPen(colour, 1.2), item.actualStart.isValid() ? QBrush(colour) : QBrush(Qt::white));
            mark(d, Mark::Milestone);
            continue;
        }
        if (item.plannedEnd.isValid()) {
            const double x1 = g.x(item.plannedStart.isValid() ? item.plannedStart : item.plannedEnd);
            const double x2 = std::max(g.x(item.plannedEnd.addDays(1)), x1 + 2);
            auto* bar = scene->addRect(x1, y + 3, x2 - x1, rowHeight - 6,
                                       QPen(late ? lateColor() : actualColor(), 1), plannedColor());
            mark(bar, Mark::Planned);
        }
        if (item.actualStart.isValid() || item.actualEnd.isValid()) {
            const QDate start = item.actualStart.isValid() ? item.actualStart : item.actualEnd;
            QDate end = item.actualEnd;
            if (!end.isValid()) {
                end = std::clamp(today, start, std::max(start, g.to));
            }
            const double x1 = g.x(start);
            const double x2 = std::max(g.x(end.addDays(1)), x1 + 2);
            auto* bar = scene->addRect(x1, y + 7, x2 - x1, rowHeight - 14, Qt::NoPen, late ? lateColor() : actualColor());
            mark(bar, Mark::Actual);
        }
    }

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

} // namespace osiedle::ui
