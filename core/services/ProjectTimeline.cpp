#include "core/services/ProjectTimeline.h"

#include "core/domain/Enums.h"
#include "core/storage/Database.h"

#include <algorithm>

namespace osiedle::core {

bool TimelineItem::isLate(const QDate& today) const
{
    if (!plannedEnd.isValid()) {
        return false;
    }
    if (actualEnd.isValid()) {
        return actualEnd > plannedEnd;
    }
    return plannedEnd < today;
}

QDate TimelineItem::first() const
{
    if (plannedStart.isValid() && actualStart.isValid()) {
        return std::min(plannedStart, actualStart);
    }
    return plannedStart.isValid() ? plannedStart : (actualStart.isValid() ? actualStart : plannedEnd);
}

QDate TimelineItem::last() const
{
    QDate end = plannedEnd;
    if (actualEnd.isValid() && (!end.isValid() || actualEnd > end)) {
        end = actualEnd;
    }
    return end.isValid() ? end : first();
}

QList<TimelineItem> ProjectTimeline::items(Database& db)
{
    QList<TimelineItem> out;

    {
        Statement st = db.prepare("SELECT min(recruited_on), max(recruited_on) FROM participant");
        if (st.step() && !st.isNull(0)) {
            TimelineItem item;
            item.source = TimelineItem::Source::Recruitment;
            item.group = tr("Recruitment");
            item.label = tr("Recruitment of participants");
            item.actualStart = st.date(0);
            item.actualEnd = st.date(1);
            out.append(item);
        }
    }
    {
        Statement st = db.prepare(
            "SELECT c.id, c.name, f.kind, c.start_date, c.end_date, min(s.date), max(s.date), "
            "(SELECT coalesce(sum(minutes), 0) FROM session WHERE course_id = c.id) >= c.planned_minutes "
            "FROM course c JOIN support_form f ON f.id = c.support_form_id LEFT JOIN session s ON s.course_id = c.id "
            "GROUP BY c.id ORDER BY f.id, coalesce(c.start_date, min(s.date)), c.id");
        while (st.step()) {
            TimelineItem item;
            item.source = TimelineItem::Source::Course;
            item.sourceId = st.int64(0);
            item.label = st.text(1);
            const auto kind = parseKey<SupportFormKind>(st.text(2));
            item.group = kind ? label(*kind) : st.text(2);
            item.plannedStart = st.date(3);
            item.plannedEnd = st.date(4);
            item.actualStart = st.date(5);
            // a course is done when its sessions reach the planned hours and the last one is past
            if (st.boolean(7)) {
                item.actualEnd = st.date(6);
            }
            out.append(item);
        }
    }
    {
        Statement st = db.prepare("SELECT o.id, o.name, f.id, f.step, f.done_on FROM founding_step f "
                                  "JOIN social_coop o ON o.id = f.social_coop_id ORDER BY o.name COLLATE pl, f.done_on");
        while (st.step()) {
            TimelineItem item;
            item.source = TimelineItem::Source::FoundingStep;
            item.sourceId = st.int64(2);
            item.group = st.text(1);
            const auto step = parseKey<FoundingStep>(st.text(3));
            item.label = step ? label(*step) : st.text(3);
            item.actualStart = item.actualEnd = st.date(4);
            item.milestone = true;
            out.append(item);
        }
    }
    {
        Statement st = db.prepare(
            "SELECT a.id, o.name, h.name, a.signed_on, a.inaugurated_on FROM cooperation_agreement a "
            "JOIN social_coop o ON o.id = a.social_coop_id JOIN housing_coop h ON h.id = a.housing_coop_id "
            "ORDER BY a.signed_on");
        while (st.step()) {
            TimelineItem item;
            item.source = TimelineItem::Source::Agreement;
            item.sourceId = st.int64(0);
            item.group = tr("Cooperation agreements");
            item.label = tr("%1 – %2").arg(st.text(2), st.text(1));
            item.actualStart = st.date(3);
            item.actualEnd = st.isNull(4) ? st.date(3) : st.date(4);
            item.milestone = st.isNull(4);
            out.append(item);
        }
    }
    {
        Statement st = db.prepare(
            "SELECT id, title, planned_on, done_on, status FROM deliverable ORDER BY coalesce(planned_on, done_on), id");
        while (st.step()) {
            TimelineItem item;
            item.source = TimelineItem::Source::Deliverable;
            item.sourceId = st.int64(0);
            item.group = tr("Products");
            item.label = st.text(1);
            item.plannedEnd = st.date(2);
            item.actualEnd = st.date(3);
            item.actualStart = item.actualEnd;
            item.milestone = true;
            out.append(item);
        }
    }
    {
        Statement st =
            db.prepare("SELECT id, name, announced_on, decided_on FROM competition ORDER BY coalesce(announced_on, ''), id");
        while (st.step()) {
            TimelineItem item;
            item.source = TimelineItem::Source::Competition;
            item.sourceId = st.int64(0);
            item.group = tr("Competition");
            item.label = st.text(1);
            item.actualStart = st.date(2);
            item.actualEnd = st.date(3);
            out.append(item);
        }
    }
    {
        // An event took place when someone is recorded as having attended it.
        Statement st = db.prepare("SELECT e.id, e.name, e.kind, e.start_date, e.end_date, "
                                  "EXISTS (SELECT 1 FROM event_attendee a WHERE a.event_id = e.id AND a.attended = 1) "
                                  "FROM event e ORDER BY e.start_date, e.id");
        while (st.step()) {
            TimelineItem item;
            item.source = TimelineItem::Source::Event;
            item.sourceId = st.int64(0);
            item.group = tr("Study trip and conference");
            item.label = st.text(1);
            item.plannedStart = st.date(3);
            item.plannedEnd = st.date(4);
            if (st.boolean(5)) {
                item.actualStart = item.plannedStart;
                item.actualEnd = item.plannedEnd;
            }
            out.append(item);
        }
    }
    return out;
}

} // namespace osiedle::core
