#pragma once

#include "core/services/ProjectTimeline.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <memory>
#include <utility>

class QGraphicsScene;

namespace osiedle::core {
class Database;
}

namespace osiedle::ui {

class DocumentPrinter;

/// Draws the project timeline as a Gantt chart on a QGraphicsScene: one lane per group with its
/// name on the left, a month axis with quarter labels, planned bars (light, outlined), actual
/// bars (solid), milestones as diamonds, a vertical "today" line, late items in red with a
/// tooltip saying why, and a legend. The lanes and rows are one item (TimelineRows) that draws
/// only the rows in view. Used both on screen and for printing.
class TimelineChart {
    Q_DECLARE_TR_FUNCTIONS(TimelineChart)

public:
    /// What a graphics item of the chart stands for, stored as item data under `kindKey`.
    enum class Mark { Planned = 1, Actual, Milestone, Today, Legend };
    static constexpr int kindKey = 0;
    static constexpr double labelWidth = 300.0; ///< the lane names and labels left of the axis
    static constexpr double rowHeight = 22.0;

    static QColor lateColor();
    static QColor plannedColor();
    static QColor actualColor();

    /// Why the item is late on `today`, empty when it is not.
    static QString lateReason(const core::TimelineItem& item, const QDate& today);

    /// A new scene with the chart of `items` as seen on `today`.
    static std::unique_ptr<QGraphicsScene> build(const QList<core::TimelineItem>& items, const QDate& today);
    /// The same over a given date range (whole quarters, see span()) with `day` scene units per
    /// day, so that the pages of a printed chart share one axis.
    static std::unique_ptr<QGraphicsScene> build(const QList<core::TimelineItem>& items, const QDate& today,
                                                 const std::pair<QDate, QDate>& range, double day);
    /// The whole quarters the items cover; invalid dates when none is dated.
    static std::pair<QDate, QDate> span(const QList<core::TimelineItem>& items);
    /// The items split into printed pages of at most `rowsPerPage` rows, keeping a lane (group)
    /// on one page when it fits; in order, nothing left out.
    static QList<QList<core::TimelineItem>> pages(const QList<core::TimelineItem>& items, int rowsPerPage);

    /// The printable timeline (A4 landscape, the chart fitted to the page) of `items` as seen
    /// on `today`, headed with the project's title read from `db`.
    static std::unique_ptr<DocumentPrinter> document(core::Database& db, const QList<core::TimelineItem>& items,
                                                     const QDate& today);
};

} // namespace osiedle::ui
