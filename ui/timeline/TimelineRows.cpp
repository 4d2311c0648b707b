#include "ui/timeline/TimelineRows.h"

#include "ui/common/DocumentPrinter.h"
#include "ui/common/FormErrors.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextLayout>
#include <algorithm>
#include <cmath>

namespace osiedle::ui {

namespace {

constexpr double rowHeight = TimelineChart::rowHeight;
constexpr int laneNameWidth = 21; ///< characters a line of a lane's name
constexpr double labelLeft = 150.0;
constexpr int labelLength = 25;

QPolygonF diamond(const QPointF& centre, double r)
{
    return QPolygonF({QPointF(centre.x(), centre.y() - r), QPointF(centre.x() + r, centre.y()),
                      QPointF(centre.x(), centre.y() + r), QPointF(centre.x() - r, centre.y())});
}

// Shortened in the middle, so that names differing only at the end ("… group 3") stay apart.
QString elided(const QString& text, int max)
{
    if (text.size() <= max) {
        return text;
    }
    const int head = (max - 1) / 2 + (max - 1) % 2;
    return text.left(head) + QChar(0x2026) + text.right(max - 1 - head);
}

// A lane's name broken into lines of at most `width` characters, at most `lines` of them (the
// last shortened when the name is longer).
QString wrapped(const QString& text, int width, int lines)
{
    QStringList result;
    QString current;
    // A word too long for a line may break after its hyphen ("integracyjno-" / "motywacyjne").
    QStringList words;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype hyphen = word.indexOf(QLatin1Char('-'));
        if (word.size() > width && hyphen > 0 && hyphen + 1 < word.size()) {
            words << word.left(hyphen + 1) << QChar(0) + word.mid(hyphen + 1); // \0: no space before
        } else {
            words << word;
        }
    }
    for (const QString& token : words) {
        const bool joined = token.startsWith(QChar(0));
        const QString word = joined ? token.mid(1) : token;
        const int gap = current.isEmpty() || joined ? 0 : 1;
        if (!current.isEmpty() && current.size() + gap + word.size() > width) {
            result << current;
            current.clear();
        }
        current += (current.isEmpty() || joined ? QString() : QStringLiteral(" ")) + word;
    }
    if (!current.isEmpty()) {
        result << current;
    }
    if (result.size() > lines) {
        const QString rest = result.mid(lines - 1).join(QLatin1Char(' '));
        result = result.mid(0, lines - 1);
        result << elided(rest, width);
    }
    for (QString& line : result) {
        line = elided(line, width);
    }
    return result.join(QLatin1Char('\n'));
}

// Draws `text` with its top-left corner at `at`, its lines one under another, as a
// QGraphicsSimpleTextItem of the same text and font draws it.
void drawText(QPainter& painter, const QFont& font, QString text, const QPointF& at)
{
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(text, font);
    layout.setCacheEnabled(true);
    layout.beginLayout();
    while (layout.createLine().isValid()) {
    }
    layout.endLayout();
    // A line has its height once the layout is done.
    double y = 0;
    for (int i = 0; i < layout.lineCount(); ++i) {
        QTextLine line = layout.lineAt(i);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.draw(&painter, at);
}

} // namespace

TimelineRows::TimelineRows(const QList<core::TimelineItem>& items, const QDate& today, const QDate& from,
                           const QDate& to, double day, double top)
    : m_items(items), m_today(today), m_top(top), m_font(DocumentPrinter::fontFamily(), 8), m_laneFont(m_font)
{
    m_laneFont.setBold(true);
    setFlag(ItemUsesExtendedStyleOption);
    setAcceptHoverEvents(true);

    const auto x = [&](const QDate& date) {
        return TimelineChart::labelWidth + static_cast<double>(from.daysTo(date)) * day;
    };
    m_right = x(to.addDays(1));
    for (QDate month = from; month <= to; month = month.addMonths(1)) {
        m_grid.append({x(month), (month.month() - 1) % 3 == 0});
    }
    double widest = m_right;
    m_rows.reserve(static_cast<std::size_t>(items.size()));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const core::TimelineItem& item = items[i];
        if (i == 0 || item.group != items[i - 1].group) {
            m_lanes.push_back({static_cast<int>(i), 0});
        }
        ++m_lanes.back().rows;
        Row row;
        row.lane = static_cast<int>(m_lanes.size()) - 1;
        row.late = item.isLate(today);
        const double y = top + rowHeight * static_cast<double>(i);
        if (item.milestone) {
            const QDate when = item.actualStart.isValid()    ? item.actualStart
                               : item.plannedStart.isValid() ? item.plannedStart
                                                             : item.plannedEnd;
            if (when.isValid()) {
                row.milestone = true;
                row.reached = item.actualStart.isValid();
                row.centre = QPointF(x(when) + day / 2, y + rowHeight / 2);
                widest = std::max(widest, row.centre.x() + 7);
            }
        } else {
            if (item.plannedEnd.isValid()) {
                const double x1 = x(item.plannedStart.isValid() ? item.plannedStart : item.plannedEnd);
                const double x2 = std::max(x(item.plannedEnd.addDays(1)), x1 + 2);
                row.planned = QRectF(x1, y + 3, x2 - x1, rowHeight - 6);
                widest = std::max(widest, x2 + 1);
            }
            if (item.actualStart.isValid() || item.actualEnd.isValid()) {
                const QDate start = item.actualStart.isValid() ? item.actualStart : item.actualEnd;
                QDate end = item.actualEnd;
                if (!end.isValid()) {
                    end = std::clamp(today, start, std::max(start, to));
                }
                const double x1 = x(start);
                const double x2 = std::max(x(end.addDays(1)), x1 + 2);
                row.actual = QRectF(x1, y + 7, x2 - x1, rowHeight - 14);
                widest = std::max(widest, x2);
            }
        }
        m_rows.push_back(row);
    }
    // The last lane's name may run below its rows.
    double bottom = top + rowHeight * static_cast<double>(m_rows.size());
    if (!m_lanes.empty()) {
        const Lane& last = m_lanes.back();
        const qsizetype lines = laneText(last.first).count(QLatin1Char('\n')) + 1;
        bottom = std::max(bottom, rowTop(last.first) + 4 + QFontMetricsF(m_laneFont).height() * double(lines) + 2);
    }
    m_bounds = QRectF(0, top, widest, bottom - top);
}

TimelineRows* TimelineRows::in(const QGraphicsScene& scene)
{
    for (QGraphicsItem* item : scene.items()) {
        if (item->type() == Type) {
            return static_cast<TimelineRows*>(item);
        }
    }
    return nullptr;
}

double TimelineRows::rowTop(int row) const
{
    return m_top + rowHeight * row;
}

std::pair<int, int> TimelineRows::rowsIn(const QRectF& rect) const
{
    const int count = rowCount();
    const int first = std::max(0, static_cast<int>(std::floor((rect.top() - m_top) / rowHeight)) - 1);
    const int last = std::min(count - 1, static_cast<int>(std::floor((rect.bottom() - m_top) / rowHeight)));
    return {first, last};
}

QString TimelineRows::laneText(int row) const
{
    const Row& r = m_rows.at(static_cast<std::size_t>(row));
    const Lane& lane = m_lanes.at(static_cast<std::size_t>(r.lane));
    if (lane.first != row) {
        return {};
    }
    auto cached = m_laneTexts.constFind(r.lane);
    if (cached == m_laneTexts.constEnd()) {
        // Two lines of the name for every row the lane has.
        cached = m_laneTexts.insert(r.lane, wrapped(m_items[row].group, laneNameWidth, 2 * lane.rows));
    }
    return *cached;
}

QString TimelineRows::labelText(int row) const
{
    return elided(m_items.at(row).label, labelLength);
}

QList<TimelineRows::Shape> TimelineRows::shapes(int row) const
{
    const Row& r = m_rows.at(static_cast<std::size_t>(row));
    QList<Shape> result;
    if (r.milestone) {
        const QColor colour = r.late ? TimelineChart::lateColor() : TimelineChart::actualColor();
        result.append({TimelineChart::Mark::Milestone, diamond(r.centre, 6), QPen(colour, 1.2),
                       r.reached ? QBrush(colour) : QBrush(Qt::white)});
    }
    if (!r.planned.isNull()) {
        result.append({TimelineChart::Mark::Planned, QPolygonF(r.planned),
                       QPen(r.late ? TimelineChart::lateColor() : TimelineChart::actualColor(), 1),
                       QBrush(TimelineChart::plannedColor())});
    }
    if (!r.actual.isNull()) {
        result.append({TimelineChart::Mark::Actual, QPolygonF(r.actual), QPen(Qt::NoPen),
                       QBrush(r.late ? TimelineChart::lateColor() : TimelineChart::actualColor())});
    }
    return result;
}

QString TimelineRows::tipOf(int row) const
{
    const core::TimelineItem& item = m_items.at(row);
    QString tip = item.group + QStringLiteral(": ") + item.label;
    if (item.plannedStart.isValid()) {
        tip += QLatin1Char('\n') +
               TimelineChart::tr("Planned: %1 – %2")
                   .arg(FormErrors::dateText(item.plannedStart), FormErrors::dateText(item.plannedEnd));
    }
    if (item.actualStart.isValid()) {
        tip +=
            QLatin1Char('\n') + TimelineChart::tr("Actual: %1 – %2")
                                    .arg(FormErrors::dateText(item.actualStart), FormErrors::dateText(item.actualEnd));
    }
    const QString reason = TimelineChart::lateReason(item, m_today);
    if (!reason.isEmpty()) {
        tip += QLatin1Char('\n') + reason;
    }
    return tip;
}

int TimelineRows::rowAt(const QPointF& point) const
{
    const int row = static_cast<int>(std::floor((point.y() - m_top) / rowHeight));
    if (row < 0 || row >= rowCount()) {
        return -1;
    }
    for (const Shape& shape : shapes(row)) {
        // The outline with half its pen around it, as a graphics item's shape is.
        const double grow = shape.pen.style() == Qt::NoPen ? 0.0 : shape.pen.widthF() / 2;
        const bool inside =
            shape.kind == TimelineChart::Mark::Milestone
                ? diamond(m_rows[static_cast<std::size_t>(row)].centre, 6 + grow).containsPoint(point, Qt::OddEvenFill)
                : shape.outline.boundingRect().adjusted(-grow, -grow, grow, grow).contains(point);
        if (inside) {
            return row;
        }
    }
    return -1;
}

void TimelineRows::hoverMoveEvent(QGraphicsSceneHoverEvent* event)
{
    // The scene shows the tooltip of the item under the pointer: this item's is the one of the
    // bar or milestone pointed at, none between them.
    const int row = rowAt(event->pos());
    setToolTip(row < 0 ? QString() : tipOf(row));
    QGraphicsItem::hoverMoveEvent(event);
}

void TimelineRows::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* /*widget*/)
{
    const QRectF exposed = option->exposedRect.isEmpty() ? m_bounds : option->exposedRect;
    const auto [first, last] = rowsIn(exposed);
    if (first > last) {
        return;
    }
    const double top = rowTop(first);
    const double bottom = std::min(rowTop(last + 1), m_top + rowHeight * rowCount());
    painter->save();

    // The bands of every other lane, under the grid.
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xf3, 0xf5, 0xf8));
    for (int row = first; row <= last; ++row) {
        if (m_rows[static_cast<std::size_t>(row)].lane % 2 == 1) {
            painter->drawRect(QRectF(0, rowTop(row), m_right, rowHeight));
        }
    }

    // The month grid down through the lanes, quarters darker.
    painter->setBrush(Qt::NoBrush);
    for (const auto& [x, quarter] : m_grid) {
        painter->setPen(QPen(quarter ? QColor(0xa0, 0xa0, 0xa0) : QColor(0xe0, 0xe0, 0xe0), 0));
        painter->drawLine(QPointF(x, top), QPointF(x, bottom));
    }

    // Lane separators, names and labels.
    painter->setPen(QPen(QColor(0x90, 0x90, 0x90), 0));
    for (int row = first; row <= last; ++row) {
        const Lane& lane = m_lanes[static_cast<std::size_t>(m_rows[static_cast<std::size_t>(row)].lane)];
        if (lane.first == row) {
            painter->drawLine(QPointF(0, rowTop(row)), QPointF(m_right, rowTop(row)));
        }
    }
    painter->setPen(Qt::black);
    for (int row = first; row <= last; ++row) {
        const QString lane = laneText(row);
        if (!lane.isEmpty()) {
            drawText(*painter, m_laneFont, lane, QPointF(4, rowTop(row) + 4));
        }
        drawText(*painter, m_font, labelText(row), QPointF(labelLeft, rowTop(row) + 4));
    }

    // Bars and milestones.
    for (int row = first; row <= last; ++row) {
        for (const Shape& shape : shapes(row)) {
            painter->setPen(shape.pen);
            painter->setBrush(shape.brush);
            if (shape.kind == TimelineChart::Mark::Milestone) {
                painter->drawPolygon(shape.outline);
            } else {
                painter->drawRect(shape.outline.boundingRect());
            }
        }
    }
    painter->restore();
}

} // namespace osiedle::ui
