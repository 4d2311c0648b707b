#include "core/indicators/ParticipantFlow.h"

#include "core/domain/Age.h"
#include "core/domain/Enums.h"
#include "core/indicators/ProjectParticipants.h"

#include <functional>

namespace osiedle::core {

namespace {

IndicatorValue zero()
{
    return IndicatorValue::bySex(0, 0);
}

// What a person contributes to a line's cells in the period.
struct Counts {
    bool started = false;
    bool continuing = false;
    bool ended = false;
    bool asPlanned = false;
    bool dropped = false;
};

void add(IndicatorValue& cell, bool woman, bool yes)
{
    if (yes) {
        cell = cell + (woman ? IndicatorValue::bySex(1, 0) : IndicatorValue::bySex(0, 1));
    }
}

struct Line {
    FlowRow row;
    std::function<bool(const ProjectParticipant&)> contains;
};

Line line(const char* group, const QString& key, const QString& text, bool ofWhom,
          std::function<bool(const ProjectParticipant&)> contains)
{
    return Line{FlowRow{QString::fromLatin1(group), key, text, ofWhom, zero(), zero(), zero(), zero(), zero()},
                std::move(contains)};
}

template <typename E>
void addEnumLines(std::vector<Line>& lines, const char* group,
                  std::function<std::optional<E>(const ProjectParticipant&)> of)
{
    for (const E value : allValues<E>()) {
        lines.push_back(line(group, key(value), label(value), false,
                             [value, of](const ProjectParticipant& p) { return of(p) == value; }));
    }
}

bool statusIn(const ProjectParticipant& p, std::initializer_list<LabourStatus> statuses)
{
    const std::optional<LabourStatus> status = p.statusAtEntry();
    return status && std::find(statuses.begin(), statuses.end(), *status) != statuses.end();
}

} // namespace

QList<FlowRow> ParticipantFlow::compute(Database& db, const QDate& from, const QDate& to)
{
    return compute(ProjectParticipants(db), from, to);
}

QList<FlowRow> ParticipantFlow::compute(const ProjectParticipants& people, const QDate& from, const QDate& to)
{
    using LS = LabourStatus;
    std::vector<Line> lines;
    lines.push_back(line("total", QStringLiteral("all"), tr("Total"), false, [](auto&) { return true; }));
    lines.push_back(line("labour_status", QStringLiteral("unemployed"), tr("Unemployed"), false, [](auto& p) {
        return statusIn(p, {LS::Unemployed, LS::LongTermUnemployed});
    }));
    lines.push_back(line("labour_status", QStringLiteral("long_term_unemployed"), tr("of whom long-term unemployed"),
                         true, [](auto& p) { return statusIn(p, {LS::LongTermUnemployed}); }));
    lines.push_back(line("labour_status", QStringLiteral("inactive"), tr("Inactive"), false, [](auto& p) {
        return statusIn(p, {LS::Inactive, LS::InactiveInEducation});
    }));
    lines.push_back(line("labour_status", QStringLiteral("inactive_in_education"),
                         tr("of whom in education or training"), true,
                         [](auto& p) { return statusIn(p, {LS::InactiveInEducation}); }));
    lines.push_back(line("labour_status", QStringLiteral("employed"), tr("Employed"), false,
                         [](auto& p) { return statusIn(p, {LS::Employed}); }));
    addEnumLines<AgeGroup>(lines, "age", [](const ProjectParticipant& p) { return ageGroupOf(p.ageAtEntry()); });
    addEnumLines<Education>(lines, "education", [](const ProjectParticipant& p) { return p.education; });
    addEnumLines<Area>(lines, "area", [](const ProjectParticipant& p) { return p.area; });

    for (const ProjectParticipant& p : people.all()) {
        const QDate ended = p.endedOn();
        // Those who had not started by the period's end or had ended before it are not in it.
        if (!p.counted() || p.start > to || (ended.isValid() && ended < from)) {
            continue;
        }
        Counts c;
        c.started = p.start >= from;
        c.continuing = !ended.isValid() || ended > to;
        c.ended = !c.continuing;
        c.asPlanned = c.ended && p.completion == Completion::Completed;
        c.dropped = c.ended && p.completion == Completion::DroppedOut;
        const bool woman = p.woman();
        for (Line& l : lines) {
            if (!l.contains(p)) {
                continue;
            }
            add(l.row.started, woman, c.started);
            add(l.row.continuing, woman, c.continuing);
            add(l.row.ended, woman, c.ended);
            add(l.row.endedAsPlanned, woman, c.asPlanned);
            add(l.row.droppedOut, woman, c.dropped);
        }
    }
    QList<FlowRow> rows;
    for (const Line& l : lines) {
        rows << l.row;
    }
    return rows;
}

} // namespace osiedle::core
