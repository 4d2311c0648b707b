#pragma once

#include "core/services/ProjectTimeline.h"
#include "ui/timeline/TimelineChart.h"

#include <QBrush>
#include <QDate>
#include <QFont>
#include <QGraphicsItem>
#include <QHash>
#include <QList>
#include <QPen>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <vector>

class QGraphicsScene;

namespace osiedle::ui {

/// The lanes and rows of the timeline chart, drawn as one graphics item that paints only the
/// rows in view: per row its lane's band and name, its label, its bars or milestone. A chart of
/// 16 000 rows (scale 100) as one item per text, bar and band took the window over half a second
/// to build; here the rows' geometry is plain arithmetic worked out once, and the texts, shapes
/// and tooltips are made only for what is painted or pointed at.
class TimelineRows : public QGraphicsItem {
public:
    static constexpr int Type = UserType + 71;

    /// A bar or milestone of a row as drawn: its kind, outline, pen and fill.
    struct Shape {
        TimelineChart::Mark kind = TimelineChart::Mark::Planned;
        QPolygonF outline;
        QPen pen;
        QBrush brush;
    };

    /// The rows of `items` seen on `today`, on the axis from `from` to `to` with `day` units per
    /// day, the first row's top at `top`.
    TimelineRows(const QList<core::TimelineItem>& items, const QDate& today, const QDate& from, const QDate& to,
                 double day, double top);

    /// The rows item of a timeline chart's scene, nullptr when it has none (no dated items).
    static TimelineRows* in(const QGraphicsScene& scene);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    int rowCount() const { return static_cast<int>(m_rows.size()); }
    /// The lane's name as drawn at the first row of its lane (wrapped over two lines a row), empty
    /// for the other rows of a lane.
    QString laneText(int row) const;
    /// The row's label as drawn (shortened in the middle when long).
    QString labelText(int row) const;
    /// The row's bars or milestone as drawn.
    QList<Shape> shapes(int row) const;
    /// What the tooltip of the row's bars or milestone says: the lane, the label, the planned and
    /// actual dates, and why it is late.
    QString tipOf(int row) const;
    /// The row whose bar or milestone is at `point` (item coordinates), -1 for none.
    int rowAt(const QPointF& point) const;

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    struct Row {
        int lane = 0;
        bool late = false;
        bool milestone = false;
        bool reached = false; ///< a milestone with its actual date
        QRectF planned;       ///< empty when nothing was planned
        QRectF actual;        ///< empty when it has not started
        QPointF centre;       ///< of the milestone's diamond
    };
    struct Lane {
        int first = 0;
        int rows = 0;
    };

    double rowTop(int row) const;
    /// The rows (first, last) meeting `rect`, including the one above (a lane's name may run
    /// over into the next row); first > last when none.
    std::pair<int, int> rowsIn(const QRectF& rect) const;

    QList<core::TimelineItem> m_items;
    QDate m_today;
    double m_top;
    double m_right = 0;
    QList<std::pair<double, bool>> m_grid; ///< the months' x, and whether a quarter starts there
    std::vector<Row> m_rows;
    std::vector<Lane> m_lanes;
    QRectF m_bounds;
    QFont m_font;
    QFont m_laneFont;
    mutable QHash<int, QString> m_laneTexts; ///< by lane, made when first painted
};

} // namespace osiedle::ui
