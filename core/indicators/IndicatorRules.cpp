#include "core/indicators/IndicatorRules.h"

#include "core/storage/Database.h"

#include <QHash>
#include <algorithm>

namespace osiedle::core {

namespace {

// Runs a query with the day bound to ?1 that returns one count or amount (a NULL sum is 0).
IndicatorValue countAt(Database& db, const QByteArray& sql, const QDate& asOf)
{
    Statement& st = db.cached(sql);
    st.bind(1, asOf);
    const qint64 total = st.step() ? st.int64(0) : 0;
    st.reset();
    return IndicatorValue::count(total);
}

// Runs a query with the day bound to ?1 that returns (women, men).
IndicatorValue personsAt(Database& db, const QByteArray& sql, const QDate& asOf)
{
    Statement& st = db.cached(sql);
    st.bind(1, asOf);
    qint64 women = 0;
    qint64 men = 0;
    if (st.step()) {
        women = st.int64(0);
        men = st.int64(1);
    }
    st.reset();
    return IndicatorValue::bySex(women, men);
}

// Persons are counted only when their mandatory data is complete (participant_missing = 0);
// complete data includes the sex, so women + men is everybody counted. `qualifying` selects the
// ids of the participants whose qualifying event happened on or before ?1: a person is in the
// set (counted once) from the day of their first such event on.
QByteArray personsIn(const char* qualifying)
{
    return QByteArray("SELECT count(*) FILTER (WHERE p.sex = 'F'), count(*) FILTER (WHERE p.sex = 'M') "
                      "FROM participant p JOIN participant_missing m ON m.participant_id = p.id "
                      "WHERE m.missing = 0 AND p.id IN (") +
           qualifying + ")";
}

// The same count for persons counted from the day of their first qualifying event on, for all
// the days asked in one query: `events` selects (participant_id, day) of the qualifying events
// up to ?1, the latest day asked.
std::vector<IndicatorValue> personsFromFirst(RuleDays& days, const QByteArray& events)
{
    const std::size_t n = days.days().size();
    QByteArray counts;
    for (std::size_t i = 0; i < n; ++i) {
        const QByteArray day = "?" + QByteArray::number(qulonglong(i + 2));
        counts += (i > 0 ? ", " : "") + QByteArray("count(*) FILTER (WHERE p.sex = 'F' AND q.first <= ") + day +
                  "), count(*) FILTER (WHERE p.sex = 'M' AND q.first <= " + day + ")";
    }
    std::vector<IndicatorValue> values;
    if (n == 0) {
        return values;
    }
    Statement& st =
        days.db().cached("SELECT " + counts +
                         " FROM participant p JOIN participant_missing m ON m.participant_id = p.id "
                         "JOIN (SELECT participant_id, min(day) AS first FROM (" +
                         events + ") GROUP BY participant_id) q ON q.participant_id = p.id WHERE m.missing = 0");
    st.bind(1, *std::max_element(days.days().cbegin(), days.days().cend()));
    for (std::size_t i = 0; i < n; ++i) {
        st.bind(int(i + 2), days.days()[i]);
    }
    const bool found = st.step();
    for (std::size_t i = 0; i < n; ++i) {
        values.push_back(found ? IndicatorValue::bySex(st.int64(int(2 * i)), st.int64(int(2 * i + 1)))
                               : IndicatorValue::bySex(0, 0));
    }
    st.reset();
    return values;
}

std::vector<IndicatorValue> participantsStarted(RuleDays& days)
{
    return personsFromFirst(days, "SELECT id AS participant_id, participation_start AS day FROM participant "
                                  "WHERE participation_start <= ?1");
}

IndicatorValue ossRegistered(Database& db, const QDate& asOf)
{
    return countAt(db, "SELECT count(*) FROM founding_step WHERE step = 'registered' AND done_on <= ?1", asOf);
}

IndicatorValue agreementsSigned(Database& db, const QDate& asOf)
{
    return countAt(db, "SELECT count(*) FROM cooperation_agreement WHERE signed_on <= ?1", asOf);
}

// An SM counts from the day it was qualified (its status is 'qualified', dated status_on).
// An SM that withdrew later no longer has status 'qualified' and leaves the count.
IndicatorValue smRecruited(Database& db, const QDate& asOf)
{
    return countAt(db, "SELECT count(*) FROM housing_coop WHERE status = 'qualified' AND status_on <= ?1", asOf);
}

// A participant completed a support form on the date their first course of that form reached
// its attendance threshold (enrolment.completed_on, maintained by the training services).
QByteArray completedFormEvents(const char* kind)
{
    return QByteArray("SELECT e.participant_id AS participant_id, e.completed_on AS day FROM enrolment e "
                      "JOIN course c ON c.id = e.course_id JOIN support_form f ON f.id = c.support_form_id "
                      "WHERE e.completed_on <= ?1 AND f.kind = '") +
           kind + "'";
}

std::vector<IndicatorValue> integrationCompleted(RuleDays& days)
{
    static const QByteArray events = completedFormEvents("integration");
    return personsFromFirst(days, events);
}

std::vector<IndicatorValue> managementCompleted(RuleDays& days)
{
    static const QByteArray events = completedFormEvents("management");
    return personsFromFirst(days, events);
}

std::vector<IndicatorValue> vocationalCompleted(RuleDays& days)
{
    static const QByteArray events = completedFormEvents("vocational");
    return personsFromFirst(days, events);
}

// Every consultation given (to an OSS or to a person) counts on its date.
IndicatorValue consultations(Database& db, const QDate& asOf)
{
    return countAt(db, "SELECT count(*) FROM consultation WHERE date <= ?1", asOf);
}

// A participant of the study trip: listed as an attending participant of a 'study_trip' event
// (from its first day), or present at a session of a course of the 'study_trip' support form.
std::vector<IndicatorValue> studyTrip(RuleDays& days)
{
    return personsFromFirst(
        days, "SELECT a.participant_id AS participant_id, v.start_date AS day FROM event_attendee a "
              "JOIN event v ON v.id = a.event_id "
              "WHERE v.kind = 'study_trip' AND a.role = 'participant' AND a.attended = 1 "
              "AND a.participant_id IS NOT NULL AND v.start_date <= ?1 "
              "UNION ALL SELECT t.participant_id, s.date FROM attendance t JOIN session s ON s.id = t.session_id "
              "JOIN course c ON c.id = s.course_id JOIN support_form f ON f.id = c.support_form_id "
              "WHERE f.kind = 'study_trip' AND t.status = 'present' AND s.date <= ?1");
}

// Employed in an OSS from the start of their first employment by a social cooperative.
std::vector<IndicatorValue> employedInOss(RuleDays& days)
{
    return personsFromFirst(days, "SELECT participant_id, start_date AS day FROM employment "
                                  "WHERE social_coop_id IS NOT NULL AND start_date <= ?1");
}

// Completed the project as planned, counted on the participation's end.
std::vector<IndicatorValue> completedProject(RuleDays& days)
{
    return personsFromFirst(days, "SELECT id AS participant_id, participation_end AS day FROM participant "
                                  "WHERE completion = 'completed' AND participation_end <= ?1");
}

// Signed an instalment agreement for any of their debt accounts, counted at the first one.
std::vector<IndicatorValue> instalmentPlans(RuleDays& days)
{
    return personsFromFirst(days, "SELECT a.participant_id AS participant_id, i.signed_on AS day "
                                  "FROM instalment_plan i JOIN debt_account a ON a.id = i.account_id "
                                  "WHERE i.signed_on <= ?1");
}

// A state, not an event: the participants whose total balance over their accounts on the day is
// below their total arrears at entry. Someone whose arrears grow again leaves the count, so a
// period value may be negative.
std::vector<IndicatorValue> arrearsReduced(RuleDays& days)
{
    std::vector<IndicatorValue> values;
    for (std::size_t i = 0; i < days.days().size(); ++i) {
        qint64 women = 0;
        qint64 men = 0;
        for (const RuleDays::ArrearsFall& person : days.arrearsFalls()) {
            if (person.counted && person.fall[i] > 0) {
                women += person.woman ? 1 : 0;
                men += person.man ? 1 : 0;
            }
        }
        values.push_back(IndicatorValue::bySex(women, men));
    }
    return values;
}

// Σ arrears at entry − Σ balances on the day over all participants' accounts opened by the day
// (grosze). Negative when the arrears grew.
std::vector<IndicatorValue> arrearsRepaid(RuleDays& days)
{
    std::vector<IndicatorValue> values;
    for (std::size_t i = 0; i < days.days().size(); ++i) {
        qint64 total = 0;
        for (const RuleDays::ArrearsFall& person : days.arrearsFalls()) {
            total += person.fall[i];
        }
        values.push_back(IndicatorValue::count(total));
    }
    return values;
}

// A state: participants at risk of eviction having a case whose latest stage up to the day is
// suspended, withdrawn or settled. A case that goes on again leaves the count.
IndicatorValue evictionsAvoided(Database& db, const QDate& asOf)
{
    static const QByteArray sql = personsIn(
        "SELECT c.participant_id FROM eviction_case c JOIN participant r ON r.id = c.participant_id "
        "WHERE r.eviction_risk = 1 AND (SELECT s.stage FROM eviction_stage s WHERE s.case_id = c.id AND s.date <= ?1 "
        "ORDER BY s.date DESC, s.id DESC LIMIT 1) IN ('suspended', 'withdrawn', 'settled')");
    return personsAt(db, sql, asOf);
}

// Net value (grosze) of the SMs' work orders accepted by the day, cancelled ones left out.
IndicatorValue workOrdersValue(Database& db, const QDate& asOf)
{
    return countAt(db, "SELECT sum(net_amount) FROM work_order WHERE accepted_on <= ?1 AND status <> 'cancelled'",
                   asOf);
}

// What went to the arrears straight from OSS wages (wage_payment entries are negative).
IndicatorValue repaidFromWages(Database& db, const QDate& asOf)
{
    return countAt(db, "SELECT -sum(amount) FROM debt_entry WHERE kind = 'wage_payment' AND date <= ?1", asOf);
}

IndicatorValue servicePoints(Database& db, const QDate& asOf)
{
    return countAt(db, "SELECT count(*) FROM service_point WHERE opened_on <= ?1", asOf);
}

// The products of DOMAIN.md, each counted when done (the study trip report and other
// deliverables are not among them).
IndicatorValue deliverables(Database& db, const QDate& asOf)
{
    return countAt(db,
                   "SELECT count(*) FROM deliverable WHERE status = 'done' AND done_on <= ?1 AND kind IN "
                   "('expertise', 'brochure', 'market_research', 'guide', 'film', 'conference', 'competition')",
                   asOf);
}

// A rule of one day at a time, run for each day asked.
template <typename DayRule> std::function<std::vector<IndicatorValue>(RuleDays&)> eachDay(DayRule rule)
{
    return [rule](RuleDays& days) {
        std::vector<IndicatorValue> values;
        for (const QDate& day : days.days()) {
            values.push_back(rule(days.db(), day));
        }
        return values;
    };
}

// The fall of each account's arrears by each day: its arrears at entry (the 'opening' entries)
// minus its balance on the day = minus the sum of every other entry up to the day; one pass over
// the ledger's covering index in account order for all the days (?1..?n, ?n+1 the latest).
QByteArray accountFallsSql(std::size_t dayCount)
{
    QByteArray falls;
    for (std::size_t i = 1; i <= dayCount; ++i) {
        falls += ", -coalesce(sum(e.amount) FILTER (WHERE e.kind <> 'opening' AND e.date <= ?" +
                 QByteArray::number(qulonglong(i)) + "), 0)";
    }
    const QByteArray latest = "?" + QByteArray::number(qulonglong(dayCount + 1));
    return "SELECT f.*, p.sex, m.missing FROM (SELECT a.participant_id, a.opened_on" + falls +
           " FROM debt_account a JOIN debt_entry e ON e.account_id = a.id WHERE a.opened_on <= " + latest +
           " AND e.date <= " + latest +
           " GROUP BY a.id) f LEFT JOIN participant p ON p.id = f.participant_id "
           "LEFT JOIN participant_missing m ON m.participant_id = f.participant_id";
}

} // namespace

RuleDays::RuleDays(Database& db, std::vector<QDate> days) : m_db(db), m_days(std::move(days)) {}

const std::vector<RuleDays::ArrearsFall>& RuleDays::arrearsFalls()
{
    if (m_arrearsFalls) {
        return *m_arrearsFalls;
    }
    std::vector<ArrearsFall> people;
    if (!m_days.empty()) {
        const std::size_t n = m_days.size();
        Statement& st = m_db.cached(accountFallsSql(n));
        for (std::size_t i = 0; i < n; ++i) {
            st.bind(int(i + 1), m_days[i]);
        }
        st.bind(int(n + 1), *std::max_element(m_days.cbegin(), m_days.cend()));
        QHash<qint64, std::size_t> index;
        while (st.step()) {
            const qint64 participant = st.int64(0);
            auto found = index.constFind(participant);
            if (found == index.constEnd()) {
                const QString sex = st.text(int(n + 2));
                ArrearsFall person;
                person.counted = !st.isNull(int(n + 3)) && st.int64(int(n + 3)) == 0;
                person.woman = sex == QLatin1String("F");
                person.man = sex == QLatin1String("M");
                person.fall.assign(n, 0);
                found = index.insert(participant, people.size());
                people.push_back(person);
            }
            // An account takes part on the days it was open by.
            const QDate opened = st.date(1);
            ArrearsFall& person = people[found.value()];
            for (std::size_t i = 0; i < n; ++i) {
                if (opened <= m_days[i]) {
                    person.fall[i] += st.int64(int(i + 2));
                }
            }
        }
        st.reset();
    }
    m_arrearsFalls = std::move(people);
    return *m_arrearsFalls;
}

IndicatorValue IndicatorRule::cumulativeAt(Database& db, const QDate& asOf) const
{
    RuleDays days(db, {asOf});
    return valuesOn(days).front();
}

const std::vector<IndicatorRule>& IndicatorRules::all()
{
    static const std::vector<IndicatorRule> rules = {
        {QStringLiteral("OSS_REGISTERED"), false, eachDay(ossRegistered)},
        {QStringLiteral("SM_RECRUITED"), false, eachDay(smRecruited)},
        {QStringLiteral("AGREEMENTS_SIGNED"), false, eachDay(agreementsSigned)},
        {QStringLiteral("PARTICIPANTS_STARTED"), true, participantsStarted},
        {QStringLiteral("INTEGRATION_COMPLETED"), true, integrationCompleted},
        {QStringLiteral("MANAGEMENT_COMPLETED"), true, managementCompleted},
        {QStringLiteral("VOCATIONAL_COMPLETED"), true, vocationalCompleted},
        {QStringLiteral("CONSULTATIONS"), false, eachDay(consultations)},
        {QStringLiteral("STUDY_TRIP"), true, studyTrip},
        {QStringLiteral("EMPLOYED_IN_OSS"), true, employedInOss},
        {QStringLiteral("COMPLETED_PROJECT"), true, completedProject},
        {QStringLiteral("INSTALMENT_PLANS"), true, instalmentPlans},
        {QStringLiteral("ARREARS_REDUCED"), true, arrearsReduced},
        {QStringLiteral("ARREARS_REPAID"), false, arrearsRepaid},
        {QStringLiteral("EVICTIONS_AVOIDED"), true, eachDay(evictionsAvoided)},
        {QStringLiteral("WORK_ORDERS_VALUE"), false, eachDay(workOrdersValue)},
        {QStringLiteral("REPAID_FROM_WAGES"), false, eachDay(repaidFromWages)},
        {QStringLiteral("SERVICE_POINTS"), false, eachDay(servicePoints)},
        {QStringLiteral("DELIVERABLES"), false, eachDay(deliverables)},
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

IndicatorRule IndicatorRules::manual(const QString& code, bool splitBySex)
{
    auto valueAt = [code, splitBySex](Database& db, const QDate& asOf) {
        Statement& st =
            db.cached("SELECT coalesce(sum(v.total), 0), coalesce(sum(v.women), 0), coalesce(sum(v.men), 0) "
                      "FROM indicator_manual_value v JOIN reporting_period r ON r.id = v.period_id "
                      "WHERE v.indicator_code = ?1 AND r.to_date <= ?2");
        st.bind(1, code).bind(2, asOf);
        IndicatorValue value;
        if (st.step()) {
            value = splitBySex ? IndicatorValue::bySex(st.int64(1), st.int64(2)) : IndicatorValue::count(st.int64(0));
        }
        st.reset();
        return value;
    };
    return {code, splitBySex, eachDay(valueAt)};
}

} // namespace osiedle::core
