#include "core/indicators/IndicatorRules.h"

#include "core/indicators/IndicatorCalculator.h"
#include "core/indicators/IndicatorCatalogue.h"
#include "core/storage/Database.h"
#include "support/IndicatorStringMakers.h"
#include "support/IndicatorTestData.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"

using namespace osiedle;
using core::IndicatorValue;

namespace {

// The small project of support/IndicatorTestData.h (participants 1..9: 1 F, 2 M, 3 F, 4 F, 5 M,
// 6 M, 7 F, 8 M, 9 F with incomplete data) with the events of each test added by SQL.
class RuleProject {
public:
    RuleProject() { test::fillIndicatorTestData(m_project.db()); }

    core::Database& db() { return m_project.db(); }

    IndicatorValue at(const char* code, const char* iso)
    {
        core::IndicatorCalculator calculator(db());
        const auto value = calculator.cumulativeAt(QString::fromLatin1(code),
                                                   QDate::fromString(QString::fromLatin1(iso), Qt::ISODate));
        REQUIRE(value.has_value());
        return *value;
    }

private:
    test::TempProject m_project;
};

IndicatorValue okm(qint64 women, qint64 men)
{
    return IndicatorValue::bySex(women, men);
}

IndicatorValue n(qint64 total)
{
    return IndicatorValue::count(total);
}

} // namespace

TEST_CASE("Every indicator of the catalogue has a rule", "[indicators]")
{
    test::TempProject project;
    core::IndicatorCatalogue::seed(project.db());
    core::Statement st = project.db().prepare("SELECT code, split_by_sex FROM indicator");
    int count = 0;
    while (st.step()) {
        ++count;
        const core::IndicatorRule* rule = core::IndicatorRules::find(st.text(0));
        INFO(st.text(0).toStdString());
        REQUIRE(rule != nullptr);
        CHECK(rule->splitBySex == st.boolean(1));
    }
    CHECK(count == 22);
}

TEST_CASE("Housing cooperatives count from the day they were qualified", "[indicators]")
{
    RuleProject p;
    p.db().exec("UPDATE housing_coop SET status = 'qualified', status_on = '2010-11-01' WHERE id = 1");
    p.db().exec("UPDATE housing_coop SET status = 'rejected', status_on = '2010-11-02' WHERE id = 2");
    p.db().exec("INSERT INTO housing_coop (id, name, status, status_on) VALUES (3, 'SM Trzecia', 'qualified', "
                "'2011-02-01')");
    CHECK(p.at("SM_RECRUITED", "2010-10-31") == n(0));
    CHECK(p.at("SM_RECRUITED", "2010-11-01") == n(1));
    CHECK(p.at("SM_RECRUITED", "2011-03-31") == n(2));
}

TEST_CASE("A support form is completed once, at the first completed course of its kind", "[indicators]")
{
    RuleProject p;
    p.db().exec("INSERT INTO course (id, support_form_id, name, planned_minutes) VALUES "
                "(1, (SELECT id FROM support_form WHERE kind = 'integration'), 'Integracja 1', 600), "
                "(2, (SELECT id FROM support_form WHERE kind = 'integration'), 'Integracja 2', 600), "
                "(3, (SELECT id FROM support_form WHERE kind = 'management'), 'Zarządzanie', 600), "
                "(4, (SELECT id FROM support_form WHERE kind = 'vocational'), 'Kurs', 600)");
    p.db().exec("INSERT INTO enrolment (course_id, participant_id, enrolled_on, completed_on) VALUES "
                "(1, 1, '2010-11-01', '2011-01-10'), (2, 1, '2011-01-15', '2011-02-01'), "
                "(3, 2, '2010-11-01', '2011-03-01'), (1, 9, '2010-11-01', '2011-01-10'), "
                "(1, 4, '2010-11-01', NULL), (4, 5, '2011-04-01', '2011-05-31')");
    CHECK(p.at("INTEGRATION_COMPLETED", "2011-01-09") == okm(0, 0));
    CHECK(p.at("INTEGRATION_COMPLETED", "2011-01-10") == okm(1, 0)); // participant 9 is incomplete
    CHECK(p.at("INTEGRATION_COMPLETED", "2011-03-31") == okm(1, 0));
    CHECK(p.at("MANAGEMENT_COMPLETED", "2011-03-31") == okm(0, 1));
    CHECK(p.at("VOCATIONAL_COMPLETED", "2011-05-30") == okm(0, 0));
    CHECK(p.at("VOCATIONAL_COMPLETED", "2011-05-31") == okm(0, 1));
}

TEST_CASE("Consultations, service points, deliverables and accepted orders count on their dates", "[indicators]")
{
    RuleProject p;
    p.db().exec("INSERT INTO consultation (date, area, participant_id) VALUES ('2011-01-05', 'legal', 1), "
                "('2011-01-06', 'funding', NULL), ('2011-02-01', 'legal', 9)");
    CHECK(p.at("CONSULTATIONS", "2011-01-05") == n(1));
    CHECK(p.at("CONSULTATIONS", "2011-02-01") == n(3));

    p.db().exec("INSERT INTO service_point (social_coop_id, opened_on) VALUES (1, '2011-08-01')");
    CHECK(p.at("SERVICE_POINTS", "2011-07-31") == n(0));
    CHECK(p.at("SERVICE_POINTS", "2011-08-01") == n(1));

    p.db().exec("INSERT INTO deliverable (kind, title, done_on, status) VALUES "
                "('brochure', 'Broszura', '2011-01-10', 'done'), ('study_trip', 'Raport', '2011-01-10', 'done'), "
                "('guide', 'Poradnik', NULL, 'planned'), ('film', 'Film', '2011-03-01', 'in_progress')");
    CHECK(p.at("DELIVERABLES", "2011-01-09") == n(0));
    CHECK(p.at("DELIVERABLES", "2011-12-31") == n(1));

    p.db().exec("INSERT INTO work_order (housing_coop_id, social_coop_id, year, seq, kind, status, accepted_on, "
                "net_amount) VALUES (1, 1, 2011, 1, 'cleaning', 'paid', '2011-05-01', 123456), "
                "(1, 1, 2011, 2, 'greenery', 'cancelled', '2011-05-02', 50000), "
                "(1, 1, 2011, 3, 'other', 'in_progress', NULL, 70000), "
                "(2, 2, 2011, 1, 'renovation', 'accepted', '2011-06-30', 1000)");
    CHECK(p.at("WORK_ORDERS_VALUE", "2011-04-30") == n(0));
    CHECK(p.at("WORK_ORDERS_VALUE", "2011-05-02") == n(123456));
    CHECK(p.at("WORK_ORDERS_VALUE", "2011-06-30") == n(124456));
}

TEST_CASE("Study trip participants come from the event's list only", "[indicators]")
{
    RuleProject p;
    p.db().exec("INSERT INTO event (id, kind, name, start_date, end_date) VALUES "
                "(1, 'study_trip', 'Trentino', '2012-05-07', '2012-05-11'), "
                "(2, 'conference', 'Konferencja', '2012-05-01', '2012-05-01')");
    p.db().exec("INSERT INTO event_attendee (event_id, participant_id, name, role, attended) VALUES "
                "(1, 1, '', 'participant', 1), (1, 2, '', 'participant', 0), (1, 5, '', 'participant', 1), "
                "(1, NULL, 'Opiekun', 'staff', 1), (2, 3, '', 'participant', 1)");
    p.db().exec("INSERT INTO course (id, support_form_id, name, planned_minutes) VALUES "
                "(7, (SELECT id FROM support_form WHERE kind = 'study_trip'), 'Trentino', 2400)");
    p.db().exec("INSERT INTO session (id, course_id, date, minutes) VALUES (70, 7, '2012-05-08', 480)");
    p.db().exec("INSERT INTO attendance (session_id, participant_id, status) VALUES "
                "(70, 1, 'present'), (70, 4, 'present'), (70, 6, 'absent')");
    CHECK(p.at("STUDY_TRIP", "2012-05-06") == okm(0, 0));
    CHECK(p.at("STUDY_TRIP", "2012-05-07") == okm(1, 1));
    // Participant 4's presence at the trip's course session does not put her on the trip.
    CHECK(p.at("STUDY_TRIP", "2012-05-08") == okm(1, 1));
}

TEST_CASE("Employment in a social cooperative and completion of the project", "[indicators]")
{
    RuleProject p;
    p.db().exec("INSERT INTO employment (participant_id, social_coop_id, employer_name, contract, start_date) VALUES "
                "(1, NULL, 'Sklep', 'employment', '2011-01-01'), (2, 1, '', 'cooperative', '2011-06-01'), "
                "(2, 2, '', 'cooperative', '2011-09-01'), (3, 1, '', 'cooperative', '2011-07-01')");
    CHECK(p.at("EMPLOYED_IN_OSS", "2011-05-31") == okm(0, 0));
    CHECK(p.at("EMPLOYED_IN_OSS", "2011-06-01") == okm(0, 1));
    CHECK(p.at("EMPLOYED_IN_OSS", "2011-12-31") == okm(1, 1));

    p.db().exec("UPDATE participant SET participation_end = '2011-06-30', completion = 'completed' WHERE id = 3");
    p.db().exec("UPDATE participant SET participation_end = '2011-05-01', completion = 'dropped_out' WHERE id = 4");
    CHECK(p.at("COMPLETED_PROJECT", "2011-06-29") == okm(0, 0));
    CHECK(p.at("COMPLETED_PROJECT", "2011-06-30") == okm(1, 0));
}

TEST_CASE("Arrears: agreements, participants whose arrears fell, the amount repaid, wages", "[indicators]")
{
    RuleProject p;
    p.db().exec("INSERT INTO debt_account (id, participant_id, housing_coop_id, opened_on) VALUES "
                "(1, 1, 1, '2010-11-15'), (2, 2, 1, '2010-12-31')");
    p.db().exec("INSERT INTO debt_entry (account_id, date, kind, amount, wage_month) VALUES "
                "(1, '2010-11-15', 'opening', 100000, NULL), (1, '2011-01-15', 'payment', -20000, NULL), "
                "(1, '2011-04-15', 'charge', 30000, NULL), (1, '2011-05-10', 'wage_payment', -5000, '2011-04'), "
                "(2, '2010-12-31', 'opening', 50000, NULL), (2, '2011-02-01', 'payment', -10000, NULL)");
    p.db().exec("INSERT INTO instalment_plan (account_id, signed_on, total) VALUES (2, '2011-01-20', 50000), "
                "(2, '2011-03-01', 40000)");
    CHECK(p.at("INSTALMENT_PLANS", "2011-01-19") == okm(0, 0));
    CHECK(p.at("INSTALMENT_PLANS", "2011-03-31") == okm(0, 1));

    CHECK(p.at("ARREARS_REDUCED", "2011-01-14") == okm(0, 0));
    CHECK(p.at("ARREARS_REDUCED", "2011-01-15") == okm(1, 0));
    CHECK(p.at("ARREARS_REDUCED", "2011-02-01") == okm(1, 1));
    CHECK(p.at("ARREARS_REDUCED", "2011-04-15") == okm(0, 1)); // her arrears grew above the entry level
    CHECK(p.at("ARREARS_REDUCED", "2011-05-10") == okm(0, 1));

    CHECK(p.at("ARREARS_REPAID", "2011-01-14") == n(0));
    CHECK(p.at("ARREARS_REPAID", "2011-01-15") == n(20000));
    CHECK(p.at("ARREARS_REPAID", "2011-02-01") == n(30000));
    CHECK(p.at("ARREARS_REPAID", "2011-04-15") == n(0));
    CHECK(p.at("ARREARS_REPAID", "2011-05-10") == n(5000));

    CHECK(p.at("REPAID_FROM_WAGES", "2011-05-09") == n(0));
    CHECK(p.at("REPAID_FROM_WAGES", "2011-05-10") == n(5000));

    // The quarter in which her arrears grew again shows a negative period value.
    core::IndicatorCalculator calculator(p.db());
    const auto q3 = calculator.compute(QDate(2011, 4, 1), QDate(2011, 6, 30));
    REQUIRE(q3.ok());
    for (const auto& row : q3.value().rows) {
        if (row.code == QLatin1String("ARREARS_REDUCED")) {
            CHECK(row.period == okm(-1, 0));
        }
        if (row.code == QLatin1String("ARREARS_REPAID")) {
            CHECK(row.period == n(-25000));
            CHECK(row.money);
        }
    }
}

TEST_CASE("Evictions avoided is the state of the case's latest stage on the day", "[indicators]")
{
    RuleProject p;
    p.db().exec("UPDATE participant SET eviction_risk = 1 WHERE id IN (5, 9)");
    p.db().exec("INSERT INTO eviction_case (id, participant_id) VALUES (1, 5), (2, 6), (3, 9)");
    p.db().exec("INSERT INTO eviction_stage (case_id, stage, date) VALUES "
                "(1, 'demand_letter', '2011-01-05'), (1, 'suspended', '2011-03-01'), (1, 'lawsuit', '2011-06-01'), "
                "(2, 'settled', '2011-02-01'), (3, 'withdrawn', '2011-02-01')");
    // Anyone with an eviction case is at risk, whatever the recruitment flag; a person counts
    // from their participation start (5 from 2011-03-31, 6 from 2011-05-05); 9 is incomplete.
    CHECK(p.at("EVICTIONS_AVOIDED", "2011-03-30") == okm(0, 0)); // 5's case is suspended, he has not started
    CHECK(p.at("EVICTIONS_AVOIDED", "2011-03-31") == okm(0, 1));
    CHECK(p.at("EVICTIONS_AVOIDED", "2011-05-05") == okm(0, 2)); // 6's case was settled, not flagged at risk
    CHECK(p.at("EVICTIONS_AVOIDED", "2011-06-01") == okm(0, 1)); // 5's case goes on (lawsuit)
}
