#include "core/storage/ListQueries.h"

namespace osiedle::core::ListQueries {

namespace {

std::optional<int> optInt(const Statement& row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<int>(row.integer(column));
}

template <typename E> std::optional<E> optKey(const Statement& row, int column)
{
    return row.isNull(column) ? std::nullopt : parseKey<E>(row.text(column));
}

/// Whole years between birth_date and the participation start (today before it).
constexpr const char* participantAge =
    "CASE WHEN p.birth_date IS NULL THEN NULL ELSE "
    "CAST(strftime('%Y', coalesce(p.participation_start, date('now', 'localtime'))) AS INTEGER) "
    "- CAST(strftime('%Y', p.birth_date) AS INTEGER) "
    "- (strftime('%m-%d', coalesce(p.participation_start, date('now', 'localtime'))) < strftime('%m-%d', "
    "p.birth_date)) "
    "END";

/// The recruitment pipeline in its order, so that sorting by status follows the process.
constexpr const char* recruitmentOrder =
    "CASE p.recruitment_status WHEN 'candidate' THEN 1 WHEN 'eligible' THEN 2 WHEN 'not_eligible' THEN 3 "
    "WHEN 'scored' THEN 4 WHEN 'qualified' THEN 5 WHEN 'reserve' THEN 6 WHEN 'rejected' THEN 7 "
    "WHEN 'resigned' THEN 8 ELSE 9 END";

constexpr const char* housingCoopOrder =
    "CASE h.status WHEN 'applied' THEN 1 WHEN 'qualified' THEN 2 WHEN 'rejected' THEN 3 WHEN 'withdrawn' THEN 4 "
    "ELSE 5 END";

/// The stage of an OSS today (FoundingPath::stage): dissolved; service point open (once
/// operating); operating (agreement signed or work inaugurated); registered; founding.
constexpr const char* socialCoopStage =
    "CASE WHEN s.dissolved_on IS NOT NULL AND s.dissolved_on <= date('now', 'localtime') THEN 'dissolved' "
    "WHEN EXISTS (SELECT 1 FROM founding_step f WHERE f.social_coop_id = s.id "
    "             AND f.step IN ('agreement_signed', 'inauguration') AND f.done_on <= date('now', 'localtime')) "
    "THEN CASE WHEN EXISTS (SELECT 1 FROM service_point sp WHERE sp.social_coop_id = s.id "
    "                       AND sp.opened_on <= date('now', 'localtime')) "
    "          THEN 'service_point_open' ELSE 'operating' END "
    "WHEN EXISTS (SELECT 1 FROM founding_step f WHERE f.social_coop_id = s.id AND f.step = 'registered' "
    "             AND f.done_on <= date('now', 'localtime')) THEN 'registered' "
    "ELSE 'founding' END";

} // namespace

ListSpec participants()
{
    const QByteArray age = participantAge;
    ListSpec spec;
    spec.columns = "p.id, p.last_name, p.first_name, coalesce(p.pesel, ''), p.sex, " + age +
                   ", coalesce(h.name, ''), p.recruitment_status, p.participation_start, "
                   "(SELECT m.missing FROM participant_missing m WHERE m.participant_id = p.id)";
    spec.from = "participant p LEFT JOIN housing_coop h ON h.id = p.housing_coop_id";
    spec.id = "p.id";
    spec.searched = {"p.last_name", "p.first_name", "p.pesel"};
    spec.sortKeys = {
        {"p.last_name || ' ' || p.first_name", SortKey::Kind::Text},
        {"p.first_name || ' ' || p.last_name", SortKey::Kind::Text},
        {"coalesce(p.pesel, '')", SortKey::Kind::Binary},
        {"coalesce(p.sex, '')", SortKey::Kind::Binary},
        {"coalesce(" + age + ", -1)", SortKey::Kind::Integer},
        {"coalesce(h.name, '')", SortKey::Kind::Text},
        {recruitmentOrder, SortKey::Kind::Integer},
        {"coalesce(p.participation_start, '')", SortKey::Kind::Binary},
        {"(SELECT m.missing FROM participant_missing m WHERE m.participant_id = p.id)", SortKey::Kind::Integer},
    };
    return spec;
}

ParticipantRow readParticipant(const Statement& row)
{
    ParticipantRow r;
    r.id = row.int64(0);
    r.lastName = row.text(1);
    r.firstName = row.text(2);
    r.pesel = row.text(3);
    r.sex = row.isNull(4) ? std::nullopt : sexFromKey(row.text(4));
    r.age = optInt(row, 5);
    r.housingCoop = row.text(6);
    r.status = optKey<RecruitmentStatus>(row, 7);
    r.start = row.date(8);
    r.missing = row.integer(9);
    return r;
}

QList<ListFilter> participantFilters(const ParticipantFilter& filter)
{
    QList<ListFilter> conditions;
    if (filter.housingCoopId) {
        conditions.append(ListFilter{"p.housing_coop_id = ?", *filter.housingCoopId});
    }
    if (filter.status) {
        conditions.append(ListFilter{"p.recruitment_status = ?", key(*filter.status)});
    }
    if (filter.courseId) {
        conditions.append(ListFilter{
            "EXISTS (SELECT 1 FROM enrolment e WHERE e.participant_id = p.id AND e.course_id = ?)", *filter.courseId});
    }
    if (filter.incompleteOnly) {
        conditions.append(
            ListFilter{"(SELECT m.missing FROM participant_missing m WHERE m.participant_id = p.id) <> 0", QVariant()});
    }
    return conditions;
}

ListSpec housingCoops()
{
    ListSpec spec;
    spec.columns = "h.id, h.name, h.locality, h.status, h.flats, "
                   "(SELECT count(*) FROM participant p WHERE p.housing_coop_id = h.id)";
    spec.from = "housing_coop h";
    spec.id = "h.id";
    spec.searched = {"h.name", "h.locality"};
    spec.sortKeys = {
        {"h.name", SortKey::Kind::Text},
        {"h.locality", SortKey::Kind::Text},
        {housingCoopOrder, SortKey::Kind::Integer},
        {"coalesce(h.flats, -1)", SortKey::Kind::Integer},
        {"(SELECT count(*) FROM participant p WHERE p.housing_coop_id = h.id)", SortKey::Kind::Integer},
    };
    return spec;
}

HousingCoopRow readHousingCoop(const Statement& row)
{
    HousingCoopRow r;
    r.id = row.int64(0);
    r.name = row.text(1);
    r.locality = row.text(2);
    r.status = optKey<HousingCoopStatus>(row, 3);
    r.flats = optInt(row, 4);
    r.participants = row.integer(5);
    return r;
}

ListSpec socialCoops()
{
    const QByteArray stage = socialCoopStage;
    const QByteArray members = "(SELECT count(*) FROM membership ms WHERE ms.social_coop_id = s.id "
                               "AND (ms.to_date IS NULL OR ms.to_date >= date('now', 'localtime')))";
    ListSpec spec;
    spec.columns = "s.id, s.name, coalesce(h.name, ''), s.locality, " + stage + ", " + members;
    spec.from = "social_coop s LEFT JOIN housing_coop h ON h.id = s.housing_coop_id";
    spec.id = "s.id";
    spec.searched = {"s.name", "s.locality", "h.name"};
    spec.sortKeys = {
        {"s.name", SortKey::Kind::Text},
        {"coalesce(h.name, '')", SortKey::Kind::Text},
        {"s.locality", SortKey::Kind::Text},
        {"CASE " + stage +
             " WHEN 'founding' THEN 1 WHEN 'registered' THEN 2 WHEN 'operating' THEN 3 "
             "WHEN 'service_point_open' THEN 4 ELSE 5 END",
         SortKey::Kind::Integer},
        {members, SortKey::Kind::Integer},
    };
    return spec;
}

SocialCoopRow readSocialCoop(const Statement& row)
{
    SocialCoopRow r;
    r.id = row.int64(0);
    r.name = row.text(1);
    r.housingCoop = row.text(2);
    r.locality = row.text(3);
    r.status = optKey<SocialCoopStatus>(row, 4);
    r.members = row.integer(5);
    return r;
}

} // namespace osiedle::core::ListQueries
