#include "core/indicators/ParticipantFlow.h"

#include "core/domain/Enums.h"
#include "core/storage/Database.h"

#include <functional>

namespace osiedle::core {

namespace {

// Age in full years at the participation start (someone born on 29 February has their birthday
// on 28 February in other years), then the age group's key; NULL under 15.
constexpr const char* flowSql = R"sql(
WITH person AS (
    SELECT p.sex, p.labour_status, p.education, p.area,
           CAST(strftime('%Y', p.participation_start) AS INTEGER) - CAST(strftime('%Y', p.birth_date) AS INTEGER)
           - (strftime('%m-%d', p.participation_start) <
              CASE WHEN strftime('%m-%d', p.birth_date) = '02-29'
                        AND strftime('%d', date(strftime('%Y', p.participation_start) || '-03-01', '-1 day')) = '28'
                   THEN '02-28' ELSE strftime('%m-%d', p.birth_date) END) AS age,
           p.participation_start BETWEEN ?1 AND ?2 AS started,
           (p.participation_end IS NULL OR p.participation_end > ?2) AS continuing,
           (p.participation_end BETWEEN ?1 AND ?2 AND p.completion IS NOT NULL) AS ended,
           (p.participation_end BETWEEN ?1 AND ?2 AND p.completion = 'completed') AS as_planned,
           (p.participation_end BETWEEN ?1 AND ?2 AND p.completion = 'dropped_out') AS dropped
    FROM participant p JOIN participant_missing m ON m.participant_id = p.id
    WHERE p.participation_start <= ?2 AND (p.participation_end IS NULL OR p.participation_end >= ?1)
      AND m.missing = 0
)
SELECT sex, labour_status, education, area,
       CASE WHEN age >= 65 THEN '65+' WHEN age >= 55 THEN '55-64' WHEN age >= 25 THEN '25-54'
            WHEN age >= 15 THEN '15-24' END,
       sum(started), sum(continuing), sum(ended), sum(as_planned), sum(dropped)
FROM person GROUP BY 1, 2, 3, 4, 5
)sql";

IndicatorValue zero()
{
    return IndicatorValue::bySex(0, 0);
}

IndicatorValue one(bool woman, qint64 count)
{
    return woman ? IndicatorValue::bySex(count, 0) : IndicatorValue::bySex(0, count);
}

struct Line {
    FlowRow row;
    std::function<bool(const QString& labour, const QString& education, const QString& area, const QString& age)>
        contains;
};

template <typename E>
void addEnumLines(std::vector<Line>& lines, const char* group, int column)
{
    for (const E value : allValues<E>()) {
        const QString k = key(value);
        lines.push_back({FlowRow{QString::fromLatin1(group), k, label(value), false, zero(), zero(), zero(), zero(), zero()},
                         [k, column](const QString& labour, const QString& education, const QString& area,
                                     const QString& age) {
                             const QString* values[] = {&labour, &education, &area, &age};
                             return *values[column] == k;
                         }});
    }
}

} // namespace

QList<FlowRow> ParticipantFlow::compute(Database& db, const QDate& from, const QDate& to)
{
    std::vector<Line> lines;
    auto line = [](const char* group, const char* k, const QString& text, bool ofWhom, auto contains) {
        return Line{FlowRow{QString::fromLatin1(group), QString::fromLatin1(k), text, ofWhom, zero(), zero(), zero(),
                            zero(), zero()},
                    contains};
    };
    lines.push_back(line("total", "all", tr("Total"), false, [](auto&, auto&, auto&, auto&) { return true; }));
    lines.push_back(line("labour_status", "unemployed", tr("Unemployed"), false,
                         [](const QString& labour, auto&, auto&, auto&) {
                             return labour == QLatin1String("unemployed") ||
                                    labour == QLatin1String("long_term_unemployed");
                         }));
    lines.push_back(line("labour_status", "long_term_unemployed", tr("of whom long-term unemployed"), true,
                         [](const QString& labour, auto&, auto&, auto&) {
                             return labour == QLatin1String("long_term_unemployed");
                         }));
    lines.push_back(line("labour_status", "inactive", tr("Inactive"), false,
                         [](const QString& labour, auto&, auto&, auto&) {
                             return labour == QLatin1String("inactive") ||
                                    labour == QLatin1String("inactive_in_education");
                         }));
    lines.push_back(line("labour_status", "inactive_in_education", tr("of whom in education or training"), true,
                         [](const QString& labour, auto&, auto&, auto&) {
                             return labour == QLatin1String("inactive_in_education");
                         }));
    lines.push_back(line("labour_status", "employed", tr("Employed"), false,
                         [](const QString& labour, auto&, auto&, auto&) { return labour == QLatin1String("employed"); }));
    addEnumLines<AgeGroup>(lines, "age", 3);
    addEnumLines<Education>(lines, "education", 1);
    addEnumLines<Area>(lines, "area", 2);

    Statement& st = db.cached(flowSql);
    st.bind(1, from).bind(2, to);
    while (st.step()) {
        const bool woman = st.text(0) == QLatin1String("F");
        const QString labour = st.text(1);
        const QString education = st.text(2);
        const QString area = st.text(3);
        const QString age = st.text(4);
        for (Line& l : lines) {
            if (!l.contains(labour, education, area, age)) {
                continue;
            }
            l.row.started = l.row.started + one(woman, st.int64(5));
            l.row.continuing = l.row.continuing + one(woman, st.int64(6));
            l.row.ended = l.row.ended + one(woman, st.int64(7));
            l.row.endedAsPlanned = l.row.endedAsPlanned + one(woman, st.int64(8));
            l.row.droppedOut = l.row.droppedOut + one(woman, st.int64(9));
        }
    }
    st.reset();
    QList<FlowRow> rows;
    for (const Line& l : lines) {
        rows << l.row;
    }
    return rows;
}

} // namespace osiedle::core
