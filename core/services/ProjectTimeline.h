#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace osiedle::core {

class Database;

/// One bar or milestone of the project timeline.
struct TimelineItem {
    enum class Source { Recruitment, Course, FoundingStep, Agreement, Deliverable, Competition, Event };

    Source source = Source::Recruitment;
    qint64 sourceId = 0; ///< id of the row it comes from (0 for recruitment)
    QString group;       ///< the lane: "Recruitment", a support form, an OSS, "Products" …
    QString label;
    QDate plannedStart; ///< invalid when nothing was planned
    QDate plannedEnd;
    QDate actualStart; ///< invalid until it started
    QDate actualEnd;   ///< invalid until it was done
    bool milestone = false; ///< a single day (a founding step, an agreement)

    /// Late on `today`: planned to end before today and not done, or done after the plan.
    bool isLate(const QDate& today) const;
    /// The first and last day the item covers (planned or actual, whichever is wider).
    QDate first() const;
    QDate last() const;
};

/// Gathers the dated things of the project into one timeline: recruitment, courses (planned
/// dates vs their sessions), each OSS's founding steps, cooperation agreements, deliverables
/// (planned vs done), the competition and the events (study trip, conference). Read-only;
/// throws StorageError.
class ProjectTimeline {
    Q_DECLARE_TR_FUNCTIONS(ProjectTimeline)

public:
    /// Items in lane order, then by start date.
    static QList<TimelineItem> items(Database& db);
};

} // namespace osiedle::core
