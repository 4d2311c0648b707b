#include "core/indicators/IndicatorRules.h"

#include "core/storage/Database.h"
#include "core/storage/SurveyScores.h"

#include <QHash>
#include <algorithm>

// The counting rules of DOMAIN.md ("Indicators", and "Who and when, precisely"), one function an
// indicator. What they share:
// - Nothing dated before the project start counts: every query takes the project start as ?1
//   (ProjectParticipants::countsFrom) and the latest day asked as ?2.
// - Person indicators count participants only (a first support within the project), with
//   complete mandatory data only, each once, on the later of their qualifying event and their
//   participation start. The SQL selects the events; the counting is done here, over the
//   participants read once for the whole report.

namespace osiedle::core {

namespace {

// What a count per day adds up: women and men, or a plain total.
class Tally {
public:
    explicit Tally(const std::vector<QDate>& days)
        : m_days(days), m_women(days.size()), m_men(days.size()), m_amounts(days.size())
    {}

    /// A person counted from `from` on (an invalid day: never).
    void addPerson(const ProjectParticipant& person, const QDate& from)
    {
        if (!from.isValid()) {
            return;
        }
        std::vector<qint64>& cells = person.woman() ? m_women : m_men;
        for (std::size_t i = 0; i < m_days.size(); ++i) {
            cells[i] += from <= m_days[i] ? 1 : 0;
        }
    }
    /// A person counted on day i only when `holds(i)`.
    template <typename Holds> void addPersonWhere(const ProjectParticipant& person, Holds holds)
    {
        std::vector<qint64>& cells = person.woman() ? m_women : m_men;
        for (std::size_t i = 0; i < m_days.size(); ++i) {
            cells[i] += holds(i) ? 1 : 0;
        }
    }
    /// An amount on day i (into the total).
    void addAmount(std::size_t i, qint64 amount) { m_amounts[i] += amount; }

    std::vector<IndicatorValue> persons() const
    {
        std::vector<IndicatorValue> values;
        for (std::size_t i = 0; i < m_days.size(); ++i) {
            values.push_back(IndicatorValue::bySex(m_women[i], m_men[i]));
        }
        return values;
    }
    std::vector<IndicatorValue> amounts() const
    {
        std::vector<IndicatorValue> values;
        for (std::size_t i = 0; i < m_days.size(); ++i) {
            values.push_back(IndicatorValue::count(m_amounts[i]));
        }
        return values;
    }

private:
    const std::vector<QDate>& m_days;
    std::vector<qint64> m_women;
    std::vector<qint64> m_men;
    std::vector<qint64> m_amounts;
};

// A count of records dated within the project up to a day: `sql` has ?1 = the project start and
// ?2 = the day.
IndicatorValue countAt(RuleDays& days, const QByteArray& sql, const QDate& asOf)
{
    const QDate from = days.participants().countsFrom();
    Statement& st = days.db().cached(sql);
    st.bind(1, from).bind(2, asOf);
    const qint64 total = st.step() ? st.int64(0) : 0;
    st.reset();
    return IndicatorValue::count(total);
}

// A rule that counts records (not persons), one query a day.
std::function<std::vector<IndicatorValue>(RuleDays&)> recordsCounted(const char* sql)
{
    const QByteArray query(sql);
    return [query](RuleDays& days) {
        std::vector<IndicatorValue> values;
        for (const QDate& day : days.days()) {
            values.push_back(countAt(days, query, day));
        }
        return values;
    };
}

// Participants counted once, on the later of their first qualifying event and their
// participation start. `events` selects (participant_id, day) of the qualifying events dated
// between ?1 and ?2 (and takes `extra` as ?3 when given).
std::vector<IndicatorValue> personsCountedOn(RuleDays& days, const QByteArray& events, const QString& extra = {})
{
    const ProjectParticipants& people = days.participants();
    Statement& st = days.db().cached("SELECT participant_id, min(day) FROM (" + events + ") GROUP BY participant_id");
    st.bind(1, people.countsFrom()).bind(2, days.lastDay());
    if (!extra.isNull()) {
        st.bind(3, extra);
    }
    Tally tally(days.days());
    while (st.step()) {
        const ProjectParticipant* person = people.find(st.int64(0));
        if (person != nullptr && person->counted()) {
            tally.addPerson(*person, person->countsOn(st.date(1)));
        }
    }
    st.reset();
    return tally.persons();
}

std::vector<IndicatorValue> participantsStarted(RuleDays& days)
{
    Tally tally(days.days());
    for (const ProjectParticipant& person : days.participants().all()) {
        if (person.counted()) {
            tally.addPerson(person, person.start);
        }
    }
    return tally.persons();
}

// A participant completed a support form on the date their first course of that form reached
// its attendance threshold (enrolment.completed_on, kept by the training services).
QByteArray completedForm(const char* kind)
{
    return QByteArray("SELECT e.participant_id, e.completed_on AS day FROM enrolment e JOIN course c ON c.id = "
                      "e.course_id JOIN support_form f ON f.id = c.support_form_id "
                      "WHERE e.completed_on BETWEEN ?1 AND ?2 AND f.kind = '") +
           kind + "'";
}

std::vector<IndicatorValue> integrationCompleted(RuleDays& days)
{
    static const QByteArray events = completedForm("integration");
    return personsCountedOn(days, events);
}

std::vector<IndicatorValue> managementCompleted(RuleDays& days)
{
    static const QByteArray events = completedForm("management");
    return personsCountedOn(days, events);
}

std::vector<IndicatorValue> vocationalCompleted(RuleDays& days)
{
    static const QByteArray events = completedForm("vocational");
    return personsCountedOn(days, events);
}

// The trip's attendee list decides who went (from the trip's first day); attendance in a course
// does not.
std::vector<IndicatorValue> studyTrip(RuleDays& days)
{
    return personsCountedOn(days, "SELECT a.participant_id, v.start_date AS day FROM event_attendee a "
                                  "JOIN event v ON v.id = a.event_id "
                                  "WHERE v.kind = 'study_trip' AND a.role = 'participant' AND a.attended = 1 "
                                  "AND a.participant_id IS NOT NULL AND v.start_date BETWEEN ?1 AND ?2");
}

// Employed in an OSS from the start of their first employment by a social cooperative.
std::vector<IndicatorValue> employedInOss(RuleDays& days)
{
    return personsCountedOn(days, "SELECT participant_id, start_date AS day FROM employment "
                                  "WHERE social_coop_id IS NOT NULL AND start_date BETWEEN ?1 AND ?2");
}

// Completed the project as planned, counted when the participation ended.
std::vector<IndicatorValue> completedProject(RuleDays& days)
{
    const QDate from = days.participants().countsFrom();
    Tally tally(days.days());
    for (const ProjectParticipant& person : days.participants().all()) {
        if (person.counted() && person.completion == Completion::Completed && person.end >= from) {
            tally.addPerson(person, person.endedOn());
        }
    }
    return tally.persons();
}

// Signed an instalment agreement for any of their debt accounts, counted at the first one.
std::vector<IndicatorValue> instalmentPlans(RuleDays& days)
{
    return personsCountedOn(days, "SELECT a.participant_id, i.signed_on AS day "
                                  "FROM instalment_plan i JOIN debt_account a ON a.id = i.account_id "
                                  "WHERE i.signed_on BETWEEN ?1 AND ?2");
}

// A state, not an event: the participants whose arrears on the day are below their arrears at
// entry. Someone whose arrears grow again leaves the count, so a period value may be negative.
std::vector<IndicatorValue> arrearsReduced(RuleDays& days)
{
    Tally tally(days.days());
    for (const RuleDays::Arrears& a : days.arrears()) {
        if (a.person->counted()) {
            tally.addPersonWhere(*a.person, [&](std::size_t i) {
                return a.person->start <= days.days()[i] && a.onDay[i] < a.atEntry[i];
            });
        }
    }
    return tally.persons();
}

// Σ over the counted participants of (arrears at entry − arrears on the day), grosze. Negative
// when the arrears grew.
std::vector<IndicatorValue> arrearsRepaid(RuleDays& days)
{
    Tally tally(days.days());
    for (const RuleDays::Arrears& a : days.arrears()) {
        for (std::size_t i = 0; i < days.days().size(); ++i) {
            if (a.person->counted() && a.person->start <= days.days()[i]) {
                tally.addAmount(i, a.atEntry[i] - a.onDay[i]);
            }
        }
    }
    return tally.amounts();
}

// What went to the arrears of the counted participants straight from their OSS wages
// (wage_payment entries are negative), from their participation start on.
std::vector<IndicatorValue> repaidFromWages(RuleDays& days)
{
    const std::size_t n = days.days().size();
    QByteArray sums;
    for (std::size_t i = 0; i < n; ++i) {
        sums += ", -coalesce(sum(e.amount) FILTER (WHERE e.date <= ?" + QByteArray::number(qulonglong(i + 3)) + "), 0)";
    }
    const ProjectParticipants& people = days.participants();
    Statement& st = days.db().cached("SELECT a.participant_id" + sums +
                                     " FROM debt_entry e JOIN debt_account a ON a.id = e.account_id "
                                     "WHERE e.kind = 'wage_payment' AND e.date BETWEEN ?1 AND ?2 "
                                     "GROUP BY a.participant_id");
    st.bind(1, people.countsFrom()).bind(2, days.lastDay());
    for (std::size_t i = 0; i < n; ++i) {
        st.bind(int(i + 3), days.days()[i]);
    }
    Tally tally(days.days());
    while (st.step()) {
        const ProjectParticipant* person = people.find(st.int64(0));
        if (person == nullptr || !person->counted()) {
            continue;
        }
        for (std::size_t i = 0; i < n; ++i) {
            if (person->start <= days.days()[i]) {
                tally.addAmount(i, st.int64(int(i + 1)));
            }
        }
    }
    st.reset();
    return tally.amounts();
}

// Improved on a questionnaire's or test's scale: the score of an exit round (dated within the
// project) rose from the entry round it is compared with by at least the instrument's stated
// minimal change, both forms scored on the scale (SurveyScoring). Counted on the exit round's
// date, once per person; follow-up rounds do not count.
std::vector<IndicatorValue> scaleImproved(RuleDays& days, const QString& code)
{
    static const QByteArray events = SurveyScores::improvedEventsSql();
    return personsCountedOn(days, events, code);
}

// A state: anyone with an eviction case is at risk; they are counted on a day when every case
// of theirs that has begun by then (a stage dated within the project) stands at suspended,
// withdrawn or settled. One case still going means the eviction is not avoided yet.
std::vector<IndicatorValue> evictionsAvoided(RuleDays& days)
{
    const ProjectParticipants& people = days.participants();
    Statement& st = days.db().cached(
        "SELECT c.participant_id, s.case_id, s.date, s.stage IN ('suspended', 'withdrawn', 'settled') "
        "FROM eviction_stage s JOIN eviction_case c ON c.id = s.case_id WHERE s.date BETWEEN ?1 AND ?2 "
        "ORDER BY c.participant_id, s.case_id, s.date, s.id");
    st.bind(1, people.countsFrom()).bind(2, days.lastDay());
    const std::vector<QDate>& dayList = days.days();
    const std::size_t n = dayList.size();
    Tally tally(dayList);
    // One person's cases at a time: per day, whether a case has begun and whether every begun
    // case stands at a stage that ends the threat (each case's latest stage up to the day wins).
    qint64 personId = 0;
    qint64 caseId = 0;
    std::vector<int> caseStands(n);   // this case on day i: 0 not begun, 1 avoided, 2 going on
    std::vector<int> personStands(n); // the same over the person's cases so far (2 wins)
    auto closeCase = [&] {
        for (std::size_t i = 0; i < n; ++i) {
            personStands[i] = std::max(personStands[i], caseStands[i]);
        }
        std::fill(caseStands.begin(), caseStands.end(), 0);
    };
    auto closePerson = [&] {
        closeCase();
        const ProjectParticipant* person = people.find(personId);
        if (person != nullptr && person->counted()) {
            tally.addPersonWhere(*person,
                                 [&](std::size_t i) { return person->start <= dayList[i] && personStands[i] == 1; });
        }
        std::fill(personStands.begin(), personStands.end(), 0);
    };
    bool any = false;
    while (st.step()) {
        const qint64 participant = st.int64(0);
        const qint64 caseOf = st.int64(1);
        if (any && participant != personId) {
            closePerson();
        } else if (any && caseOf != caseId) {
            closeCase();
        }
        any = true;
        personId = participant;
        caseId = caseOf;
        const QDate date = st.date(2);
        const int stands = st.boolean(3) ? 1 : 2;
        for (std::size_t i = 0; i < n; ++i) {
            if (date <= dayList[i]) {
                caseStands[i] = stands; // stages come in date order: the latest wins
            }
        }
    }
    st.reset();
    if (any) {
        closePerson();
    }
    return tally.persons();
}

// Each kind of product counts once, when its first item is done (ten market studies are one
// market research done); the study trip report and other deliverables are not among them.
constexpr const char* deliverablesSql =
    "SELECT count(DISTINCT kind) FROM deliverable WHERE status = 'done' AND done_on BETWEEN ?1 AND ?2 AND kind IN "
    "('expertise', 'brochure', 'market_research', 'guide', 'film', 'conference', 'competition')";

// Per debt account: its participant, when it opened, what was owed at entry (the 'opening'
// entries) and, for each day ?3.., the sum of the other entries dated from the project start
// (?1) to that day; one pass over the ledger's covering index for all the days (?2 the latest).
QByteArray accountsSql(std::size_t dayCount)
{
    QByteArray sums;
    for (std::size_t i = 0; i < dayCount; ++i) {
        sums += ", coalesce(sum(e.amount) FILTER (WHERE e.kind <> 'opening' AND e.date BETWEEN ?1 AND ?" +
                QByteArray::number(qulonglong(i + 3)) + "), 0)";
    }
    return "SELECT a.participant_id, a.opened_on, coalesce(sum(e.amount) FILTER (WHERE e.kind = 'opening'), 0)" + sums +
           " FROM debt_account a JOIN debt_entry e ON e.account_id = a.id "
           "WHERE a.opened_on <= ?2 AND e.date <= ?2 GROUP BY a.id";
}

} // namespace

RuleDays::RuleDays(Database& db, std::vector<QDate> days) : m_db(db), m_days(std::move(days)) {}

RuleDays::~RuleDays() = default;

QDate RuleDays::lastDay() const
{
    return m_days.empty() ? QDate() : *std::max_element(m_days.cbegin(), m_days.cend());
}

const ProjectParticipants& RuleDays::participants()
{
    if (!m_participants) {
        m_participants = std::make_unique<ProjectParticipants>(m_db);
    }
    return *m_participants;
}

const std::vector<RuleDays::Arrears>& RuleDays::arrears()
{
    if (m_arrears) {
        return *m_arrears;
    }
    const ProjectParticipants& people = participants();
    std::vector<Arrears> list;
    const std::size_t n = m_days.size();
    if (n > 0) {
        Statement& st = m_db.cached(accountsSql(n));
        st.bind(1, people.countsFrom()).bind(2, lastDay());
        for (std::size_t i = 0; i < n; ++i) {
            st.bind(int(i + 3), m_days[i]);
        }
        QHash<qint64, std::size_t> index;
        while (st.step()) {
            const ProjectParticipant* person = people.find(st.int64(0));
            if (person == nullptr) {
                continue;
            }
            auto found = index.constFind(person->id);
            if (found == index.constEnd()) {
                found = index.insert(person->id, list.size());
                list.push_back(Arrears{person, std::vector<qint64>(n), std::vector<qint64>(n)});
            }
            // An account takes part on the days it was open by; an overpayment is a credit, not
            // negative arrears.
            Arrears& a = list[*found];
            const QDate opened = st.date(1);
            const qint64 atEntry = st.int64(2);
            for (std::size_t i = 0; i < n; ++i) {
                if (opened <= m_days[i]) {
                    a.atEntry[i] += atEntry;
                    a.onDay[i] += std::max<qint64>(0, atEntry + st.int64(int(i + 3)));
                }
            }
        }
        st.reset();
    }
    m_arrears = std::move(list);
    return *m_arrears;
}

IndicatorValue IndicatorRule::cumulativeAt(Database& db, const QDate& asOf) const
{
    RuleDays days(db, {asOf});
    return valuesOn(days).front();
}

const std::vector<IndicatorRule>& IndicatorRules::all()
{
    static const std::vector<IndicatorRule> rules = {
        {QStringLiteral("OSS_REGISTERED"), false,
         recordsCounted("SELECT count(*) FROM founding_step WHERE step = 'registered' AND done_on BETWEEN ?1 AND ?2")},
        // An SM counts from the day it was qualified; one that withdrew later leaves the count.
        {QStringLiteral("SM_RECRUITED"), false,
         recordsCounted(
             "SELECT count(*) FROM housing_coop WHERE status = 'qualified' AND status_on BETWEEN ?1 AND ?2")},
        {QStringLiteral("AGREEMENTS_SIGNED"), false,
         recordsCounted("SELECT count(*) FROM cooperation_agreement WHERE signed_on BETWEEN ?1 AND ?2")},
        {QStringLiteral("PARTICIPANTS_STARTED"), true, participantsStarted},
        {QStringLiteral("INTEGRATION_COMPLETED"), true, integrationCompleted},
        {QStringLiteral("MANAGEMENT_COMPLETED"), true, managementCompleted},
        {QStringLiteral("VOCATIONAL_COMPLETED"), true, vocationalCompleted},
        // Every consultation given (to an OSS or to a person) counts on its date.
        {QStringLiteral("CONSULTATIONS"), false,
         recordsCounted("SELECT count(*) FROM consultation WHERE date BETWEEN ?1 AND ?2")},
        {QStringLiteral("STUDY_TRIP"), true, studyTrip},
        {QStringLiteral("EMPLOYED_IN_OSS"), true, employedInOss},
        {QStringLiteral("COMPLETED_PROJECT"), true, completedProject},
        {QStringLiteral("INSTALMENT_PLANS"), true, instalmentPlans},
        {QStringLiteral("ARREARS_REDUCED"), true, arrearsReduced},
        {QStringLiteral("ARREARS_REPAID"), false, arrearsRepaid},
        {QStringLiteral("EVICTIONS_AVOIDED"), true, evictionsAvoided},
        // Net value (grosze) of the SMs' work orders accepted, cancelled ones left out.
        {QStringLiteral("WORK_ORDERS_VALUE"), false,
         recordsCounted("SELECT coalesce(sum(net_amount), 0) FROM work_order "
                        "WHERE accepted_on BETWEEN ?1 AND ?2 AND status <> 'cancelled'")},
        {QStringLiteral("REPAID_FROM_WAGES"), false, repaidFromWages},
        {QStringLiteral("SERVICE_POINTS"), false,
         recordsCounted("SELECT count(*) FROM service_point WHERE opened_on BETWEEN ?1 AND ?2")},
        {QStringLiteral("DELIVERABLES"), false, recordsCounted(deliverablesSql)},
        {QStringLiteral("IMPROVED_ATTITUDE"), true,
         [](RuleDays& days) { return scaleImproved(days, QStringLiteral("IMPROVED_ATTITUDE")); }},
        {QStringLiteral("IMPROVED_KNOWLEDGE"), true,
         [](RuleDays& days) { return scaleImproved(days, QStringLiteral("IMPROVED_KNOWLEDGE")); }},
        {QStringLiteral("IMPROVED_RELATIONS"), true,
         [](RuleDays& days) { return scaleImproved(days, QStringLiteral("IMPROVED_RELATIONS")); }},
    };
    return rules;
}

const IndicatorRule* IndicatorRules::find(const QString& code)
{
    for (const IndicatorRule& rule : all()) {
        if (rule.code == code) {
            return &rule;
        }
    }
    return nullptr;
}

IndicatorRule IndicatorRules::scale(const QString& code)
{
    return {code, true, [code](RuleDays& days) { return scaleImproved(days, code); }};
}

IndicatorRule IndicatorRules::manual(const QString& code, bool splitBySex)
{
    auto values = [code, splitBySex](RuleDays& days) {
        std::vector<IndicatorValue> list;
        for (const QDate& asOf : days.days()) {
            Statement& st =
                days.db().cached("SELECT coalesce(sum(v.total), 0), coalesce(sum(v.women), 0), coalesce(sum(v.men), 0) "
                                 "FROM indicator_manual_value v JOIN reporting_period r ON r.id = v.period_id "
                                 "WHERE v.indicator_code = ?1 AND r.to_date <= ?2");
            st.bind(1, code).bind(2, asOf);
            IndicatorValue value = splitBySex ? IndicatorValue::bySex(0, 0) : IndicatorValue::count(0);
            if (st.step()) {
                value =
                    splitBySex ? IndicatorValue::bySex(st.int64(1), st.int64(2)) : IndicatorValue::count(st.int64(0));
            }
            st.reset();
            list.push_back(value);
        }
        return list;
    };
    return {code, splitBySex, values};
}

} // namespace osiedle::core
