// The indicator report of a small project counted by hand from DOMAIN.md ("Indicators" and
// "Who and when, precisely"). A dozen people and their events are placed on the edges of the
// counting rules; every expected value below is worked out from the rules, not from the program.

#include "core/indicators/DataProblems.h"
#include "core/indicators/IndicatorCalculator.h"
#include "core/indicators/IndicatorCatalogue.h"
#include "core/storage/AttendanceRepository.h"
#include "core/storage/Database.h"
#include "support/IndicatorStringMakers.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"

#include <map>

using namespace osiedle;
using core::IndicatorReport;
using core::IndicatorValue;

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// The project runs 2011-01-01..2011-12-31 and reports by quarter.
class EdgeProject {
public:
    EdgeProject()
    {
        db().exec("INSERT INTO project (id, contract_number, title, beneficiary, start_date, end_date) VALUES "
                  "(1, 'UDA-POKL.07.02.02-14-099/10', 'Projekt testowy', 'Stowarzyszenie', '2011-01-01', "
                  "'2011-12-31')");
        core::IndicatorCatalogue::seed(db());
        db().exec("INSERT INTO reporting_period (id, number, from_date, to_date) VALUES "
                  "(1, 1, '2011-01-01', '2011-03-31'), (2, 2, '2011-04-01', '2011-06-30'), "
                  "(3, 3, '2011-07-01', '2011-09-30'), (4, 4, '2011-10-01', '2011-12-31')");
        db().exec("INSERT INTO social_coop (id, name) VALUES (1, 'OSS Pierwsza'), (2, 'OSS Druga')");
        db().exec("INSERT INTO housing_coop (id, name, status, status_on) VALUES "
                  "(1, 'SM Wcześniejsza', 'qualified', '2010-12-24'), (2, 'SM Styczniowa', 'qualified', '2011-01-01'), "
                  "(3, 'SM Majowa', 'qualified', '2011-05-10'), (4, 'SM Odrzucona', 'rejected', '2011-02-01')");
        // One course of each kind, the study trip also run as a course.
        db().exec("INSERT INTO course (id, support_form_id, name, planned_minutes) VALUES "
                  "(1, (SELECT id FROM support_form WHERE kind = 'integration'), 'Integracja', 600), "
                  "(2, (SELECT id FROM support_form WHERE kind = 'management'), 'Zarządzanie', 600), "
                  "(3, (SELECT id FROM support_form WHERE kind = 'vocational'), 'Kurs', 600), "
                  "(4, (SELECT id FROM support_form WHERE kind = 'study_trip'), 'Trentino', 600)");
    }

    core::Database& db() { return m_project.db(); }

    // A participant with complete mandatory data (no PESEL: sex and birth date typed).
    qint64 person(const char* name, const char* sex, const char* born, const char* labour = "inactive",
                  const char* unemployedSince = nullptr)
    {
        core::Statement st = db().prepare(
            "INSERT INTO participant (first_name, last_name, no_pesel, sex, birth_date, education, teryt, area, "
            "locality, postal_code, mobile, labour_status, unemployed_since, consent_on, recruitment_status) VALUES "
            "(?, 'Testowa', 1, ?, ?, 'primary', '1465011', 'urban', 'Warszawa', '00-001', '600100200', ?, ?, "
            "'2010-12-01', 'qualified')");
        st.bind(1, name).bind(2, sex).bind(3, day(born)).bind(4, labour);
        if (unemployedSince != nullptr) {
            st.bind(5, day(unemployedSince));
        }
        st.exec();
        return db().lastInsertId();
    }

    // Present at a session of a course on a day.
    void attend(qint64 who, int course, const char* date)
    {
        core::Statement session = db().prepare("INSERT INTO session (course_id, date, minutes) VALUES (?, ?, 120)");
        session.bind(1, course).bind(2, day(date)).exec();
        core::Statement mark =
            db().prepare("INSERT INTO attendance (session_id, participant_id, status) VALUES (?, ?, 'present')");
        mark.bind(1, db().lastInsertId()).bind(2, who).exec();
        keepStart(who);
    }

    void consult(std::optional<qint64> who, const char* date, std::optional<qint64> coop = std::nullopt)
    {
        core::Statement st = db().prepare(
            "INSERT INTO consultation (date, participant_id, social_coop_id, area) VALUES (?, ?, ?, 'legal')");
        st.bind(1, day(date)).bind(2, who).bind(3, coop).exec();
        if (who) {
            keepStart(*who);
        }
    }

    void completed(qint64 who, int course, const char* date)
    {
        core::Statement st = db().prepare(
            "INSERT INTO enrolment (course_id, participant_id, enrolled_on, completed_on) VALUES (?, ?, ?, ?)");
        st.bind(1, course).bind(2, who).bind(3, day(date).addDays(-30)).bind(4, day(date)).exec();
    }

    qint64 account(qint64 who, const char* opened, qint64 arrears)
    {
        core::Statement st =
            db().prepare("INSERT INTO debt_account (participant_id, housing_coop_id, opened_on) VALUES (?, 2, ?)");
        st.bind(1, who).bind(2, day(opened)).exec();
        const qint64 id = db().lastInsertId();
        entry(id, opened, "opening", arrears);
        return id;
    }

    void entry(qint64 account, const char* date, const char* kind, qint64 amount, const char* wageMonth = nullptr)
    {
        core::Statement st =
            db().prepare("INSERT INTO debt_entry (account_id, date, kind, amount, wage_month) VALUES (?, ?, ?, ?, ?)");
        st.bind(1, account).bind(2, day(date)).bind(3, kind).bind(4, amount);
        if (wageMonth != nullptr) {
            st.bind(5, wageMonth);
        }
        st.exec();
    }

    void plan(qint64 account, const char* signedOn)
    {
        core::Statement st =
            db().prepare("INSERT INTO instalment_plan (account_id, signed_on, total) VALUES (?, ?, 1000)");
        st.bind(1, account).bind(2, day(signedOn)).exec();
    }

    qint64 evictionCase(qint64 who)
    {
        core::Statement st = db().prepare("INSERT INTO eviction_case (participant_id) VALUES (?)");
        st.bind(1, who).exec();
        return db().lastInsertId();
    }

    void stage(qint64 evictionCase, const char* stage, const char* date)
    {
        core::Statement st = db().prepare("INSERT INTO eviction_stage (case_id, stage, date) VALUES (?, ?, ?)");
        st.bind(1, evictionCase).bind(2, stage).bind(3, day(date)).exec();
    }

    void employed(qint64 who, std::optional<qint64> coop, const char* from)
    {
        core::Statement st = db().prepare("INSERT INTO employment (participant_id, social_coop_id, employer_name, "
                                          "contract, start_date) VALUES (?, ?, 'Sklep', 'cooperative', ?)");
        st.bind(1, who).bind(2, coop).bind(3, day(from)).exec();
    }

    void ended(qint64 who, const char* date, const char* completion, const char* reason = "")
    {
        core::Statement st = db().prepare(
            "UPDATE participant SET participation_end = ?, completion = ?, dropout_reason = ? WHERE id = ?");
        st.bind(1, day(date)).bind(3, reason).bind(4, who);
        if (completion != nullptr) {
            st.bind(2, completion);
        }
        st.exec();
    }

    // A round of a one-item instrument (the item's id is the instrument's) for course 1 or OSS 1,
    // with forms: {person, answer} (-1: a respondent without a form).
    qint64 round(qint64 instrument, const char* kind, const char* date, std::optional<qint64> entry,
                 std::initializer_list<std::pair<qint64, int>> forms, bool forOss = false)
    {
        core::Statement st = db().prepare("INSERT INTO survey_round (instrument_id, kind, date, course_id, "
                                          "social_coop_id, entry_round_id) VALUES (?, ?, ?, ?, ?, ?)");
        st.bind(1, instrument)
            .bind(2, kind)
            .bind(3, day(date))
            .bind(4, forOss ? std::nullopt : std::optional<qint64>(1))
            .bind(5, forOss ? std::optional<qint64>(1) : std::nullopt)
            .bind(6, entry);
        st.exec();
        const qint64 id = db().lastInsertId();
        for (const auto& [who, answer] : forms) {
            core::Statement r =
                db().prepare("INSERT INTO survey_respondent (round_id, participant_id, code) VALUES (?, ?, ?)");
            r.bind(1, id).bind(2, who).bind(3, QStringLiteral("K%1").arg(who)).exec();
            if (answer >= 0) {
                core::Statement a = db().prepare(
                    "INSERT INTO survey_answer (round_id, participant_id, item_id, value) VALUES (?, ?, ?, ?)");
                a.bind(1, id).bind(2, who).bind(3, instrument).bind(4, answer).exec();
            }
        }
        return id;
    }

    IndicatorReport report(int period)
    {
        static const char* const bounds[][2] = {{"2011-01-01", "2011-03-31"},
                                                {"2011-04-01", "2011-06-30"},
                                                {"2011-07-01", "2011-09-30"},
                                                {"2011-10-01", "2011-12-31"}};
        core::IndicatorCalculator calculator(db());
        auto result = calculator.compute(day(bounds[period - 1][0]), day(bounds[period - 1][1]));
        REQUIRE(result.ok());
        return result.value();
    }

private:
    // As the training and consultation services do after recording support.
    void keepStart(qint64 who) { core::AttendanceRepository(db()).recomputeParticipationStart(who); }

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

// Builds the project of the file's comment. Ids of the people, in order: 1 Anna, 2 Bogdan,
// 3 Celina, 4 Dariusz, 5 Ewa, 6 Filip, 7 Grażyna, 8 Henryk, 9 Irena, 10 Jerzy, 11 Katarzyna,
// 12 Leszek.
void build(EdgeProject& p)
{
    // 1 Anna: first support 2011-02-10; completes the integration classes 03-20; signed an
    // instalment agreement on 01-15, before her first support; her arrears fall, grow above the
    // entry level, then are overpaid; she completes the project as planned on 11-30.
    const qint64 anna = p.person("Anna", "F", "1960-02-10");
    p.attend(anna, 1, "2011-02-10");
    p.attend(anna, 1, "2011-03-20");
    p.completed(anna, 1, "2011-03-20");
    const qint64 annaDebt = p.account(anna, "2011-01-05", 100000);
    p.plan(annaDebt, "2011-01-15");
    p.entry(annaDebt, "2011-02-01", "payment", -30000);
    p.entry(annaDebt, "2011-05-01", "charge", 50000);
    p.entry(annaDebt, "2011-08-01", "payment", -150000);
    p.ended(anna, "2011-11-30", "completed");

    // 2 Bogdan: on the reserve list, never received support; his debt falls, he signs an
    // agreement and his eviction case is suspended, and he is on the study trip's list.
    const qint64 bogdan = p.person("Bogdan", "M", "1970-01-01");
    p.db().exec("UPDATE participant SET recruitment_status = 'reserve' WHERE id = 2");
    const qint64 bogdanDebt = p.account(bogdan, "2011-01-10", 50000);
    p.entry(bogdanDebt, "2011-02-01", "payment", -10000);
    p.plan(bogdanDebt, "2011-02-15");
    p.stage(p.evictionCase(bogdan), "suspended", "2011-03-01");

    // 3 Celina: first support a consultation on 04-05; two eviction cases: A suspended on 05-20,
    // B at lawsuit on 06-10 and withdrawn on 08-15; A goes on again (judgment) on 10-10. Not
    // flagged at risk at recruitment.
    const qint64 celina = p.person("Celina", "F", "1975-05-05");
    p.consult(celina, "2011-04-05");
    const qint64 caseA = p.evictionCase(celina);
    p.stage(caseA, "demand_letter", "2011-04-10");
    p.stage(caseA, "suspended", "2011-05-20");
    const qint64 caseB = p.evictionCase(celina);
    p.stage(caseB, "lawsuit", "2011-06-10");
    p.stage(caseB, "withdrawn", "2011-08-15");
    p.stage(caseA, "judgment", "2011-10-10");

    // 4 Dariusz: a session on 2010-12-10, before the project, then 01-20; the recruitment form
    // says long-term unemployed, but unemployed since 2010-03-01 is 10 months at his start;
    // employed in an OSS from 06-01; his account has a payment before the project start and one
    // on 04-10; an eviction case settled before the project.
    const qint64 dariusz = p.person("Dariusz", "M", "1980-07-01", "long_term_unemployed", "2010-03-01");
    p.attend(dariusz, 1, "2010-12-10");
    p.attend(dariusz, 1, "2011-01-20");
    p.employed(dariusz, 1, "2011-06-01");
    const qint64 dariuszDebt = p.account(dariusz, "2010-12-01", 60000);
    p.entry(dariuszDebt, "2010-12-20", "payment", -10000);
    p.entry(dariuszDebt, "2011-04-10", "payment", -15000);
    p.stage(p.evictionCase(dariusz), "settled", "2010-12-28");

    // 5 Ewa: 20 at her start on 03-10, unemployed since 2010-08-01 (over 6 months: long-term for
    // her age though the form says unemployed); on the study trip's list; drops out on 10-15.
    const qint64 ewa = p.person("Ewa", "F", "1990-06-15", "unemployed", "2010-08-01");
    p.attend(ewa, 1, "2011-03-10");
    p.ended(ewa, "2011-10-15", "dropped_out", "przeprowadzka");

    // 6 Filip: first support 05-05; completes the vocational course 06-20; present at the study
    // trip's course session but not on the trip's list; works for another employer; part of his
    // OSS wage goes to his arrears on 07-10.
    const qint64 filip = p.person("Filip", "M", "1985-01-01");
    p.attend(filip, 3, "2011-05-05");
    p.completed(filip, 3, "2011-06-20");
    p.attend(filip, 4, "2011-09-13");
    p.employed(filip, std::nullopt, "2011-07-01");
    const qint64 filipDebt = p.account(filip, "2011-05-01", 80000);
    p.entry(filipDebt, "2011-07-10", "wage_payment", -20000, "2011-06");

    // 7 Grażyna: first support 02-01 but no education recorded: counted by nothing.
    const qint64 grazyna = p.person("Grażyna", "F", "1965-03-03");
    p.db().exec("UPDATE participant SET education = NULL WHERE id = 7");
    p.attend(grazyna, 1, "2011-02-01");
    p.completed(grazyna, 1, "2011-03-25");
    const qint64 grazynaDebt = p.account(grazyna, "2011-02-01", 20000);
    p.entry(grazynaDebt, "2011-07-10", "wage_payment", -5000, "2011-06");

    // 8 Henryk: an import gave him a start on 01-10; no support is recorded.
    p.person("Henryk", "M", "1972-02-02");
    p.db().exec("UPDATE participant SET declared_start = '2011-01-10' WHERE id = 8");

    // 9 Irena: an import gave 02-01, her first support is 02-14, her 55th birthday; employed
    // at recruitment; an eviction case settled on 03-15, though not flagged at risk.
    const qint64 irena = p.person("Irena", "F", "1956-02-14", "employed");
    p.db().exec("UPDATE participant SET declared_start = '2011-02-01' WHERE id = 9");
    p.attend(irena, 1, "2011-02-14");
    p.stage(p.evictionCase(irena), "settled", "2011-03-15");

    // 10 Jerzy: first support a consultation on 07-05; completes the management training 08-30;
    // his participation ends on 09-30 with no outcome recorded (as an old import left it).
    const qint64 jerzy = p.person("Jerzy", "M", "1968-08-08");
    p.consult(jerzy, "2011-07-05");
    p.completed(jerzy, 2, "2011-08-30");
    p.ended(jerzy, "2011-09-30", nullptr);

    // 11 Katarzyna: employed by an OSS from 03-01, her first support only on 06-30.
    const qint64 katarzyna = p.person("Katarzyna", "F", "1982-04-04");
    p.employed(katarzyna, 2, "2011-03-01");
    p.attend(katarzyna, 1, "2011-06-30");

    // 12 Leszek: first support 10-01; an agreement signed that day; paid 50 zł on 09-20, before
    // his start.
    const qint64 leszek = p.person("Leszek", "M", "1978-09-09");
    p.attend(leszek, 1, "2011-10-01");
    const qint64 leszekDebt = p.account(leszek, "2011-09-15", 40000);
    p.entry(leszekDebt, "2011-09-20", "payment", -5000);
    p.plan(leszekDebt, "2011-10-01");

    // The study trip 09-12..16: Ewa went, Celina was listed but did not go, Bogdan went.
    p.db().exec("INSERT INTO event (id, kind, name, start_date, end_date) VALUES "
                "(1, 'study_trip', 'Trentino', '2011-09-12', '2011-09-16')");
    p.db().exec("INSERT INTO event_attendee (event_id, participant_id, role, attended) VALUES "
                "(1, 5, 'participant', 1), (1, 3, 'participant', 0), (1, 2, 'participant', 1)");

    // Consultations for an OSS (02-02) and one given before the project (2010-12-15).
    p.consult(std::nullopt, "2011-02-02", 1);
    p.consult(std::nullopt, "2010-12-15", 1);

    // OSS 1 registered 06-15; OSS 2 before the project. One agreement on the last day of Q3.
    p.db().exec("INSERT INTO founding_step (social_coop_id, step, done_on) VALUES (1, 'registered', '2011-06-15'), "
                "(2, 'registered', '2010-11-01')");
    p.db().exec("INSERT INTO cooperation_agreement (housing_coop_id, social_coop_id, signed_on) VALUES "
                "(2, 1, '2011-09-30')");
    // Work orders: accepted in Q3; cancelled after acceptance; accepted before the project.
    p.db().exec("INSERT INTO work_order (housing_coop_id, social_coop_id, year, seq, kind, status, accepted_on, "
                "net_amount) VALUES (2, 1, 2011, 1, 'cleaning', 'paid', '2011-08-01', 1234567), "
                "(2, 1, 2011, 2, 'greenery', 'cancelled', '2011-08-02', 50000), "
                "(2, 1, 2010, 1, 'other', 'paid', '2010-12-20', 30000)");
    p.db().exec("INSERT INTO service_point (social_coop_id, opened_on) VALUES (1, '2011-11-01')");

    // Questionnaires: three one-item instruments, the item's id the instrument's: 1 attitude
    // (1–5, improved by 1 point), 2 knowledge (one question, right answer 1, improved by 1),
    // 3 relations (1–5, improved by 2 points).
    p.db().exec("INSERT INTO instrument (id, name, kind) VALUES (1, 'Postawy', 'questionnaire'), (2, 'Test', 'test'), "
                "(3, 'Relacje', 'questionnaire')");
    p.db().exec("INSERT INTO instrument_item (id, instrument_id, position, text, kind, scale_id, options, correct) "
                "VALUES (1, 1, 1, 'Lubię działać', 'likert', (SELECT id FROM survey_scale WHERE key = 'attitude'), "
                "'', NULL), "
                "(2, 2, 1, 'Kto rejestruje OSS?', 'choice', (SELECT id FROM survey_scale WHERE key = 'knowledge'), "
                "'KRS\nGmina', 1), "
                "(3, 3, 1, 'Znam sąsiadów', 'likert', (SELECT id FROM survey_scale WHERE key = 'relations'), '', NULL)");
    p.db().exec("INSERT INTO instrument_scale (instrument_id, scale_id, min_change) SELECT item.instrument_id, "
                "item.scale_id, CASE item.instrument_id WHEN 3 THEN 2 ELSE 1 END FROM instrument_item item");
    // Attitude, entry 01-05, exit 04-15: Anna 2 → 4; Bogdan (never a participant) 1 → 5; Dariusz
    // 3 → 3; Ewa no exit form; Grażyna (incomplete) 1 → 5; Katarzyna 1 → 3, her start 06-30;
    // Leszek 2 → 5, his start 10-01. Dariusz also 1 → 5 in rounds before the project, and 3 → 5
    // in a follow-up: neither counts.
    const qint64 entry = p.round(1, "entry", "2011-01-05", std::nullopt,
                                 {{anna, 2}, {bogdan, 1}, {dariusz, 3}, {ewa, 2}, {grazyna, 1}, {katarzyna, 1},
                                  {leszek, 2}});
    p.round(1, "exit", "2011-04-15", entry,
            {{anna, 4}, {bogdan, 5}, {dariusz, 3}, {ewa, -1}, {grazyna, 5}, {katarzyna, 3}, {leszek, 5}});
    p.round(1, "follow_up", "2011-09-01", entry, {{dariusz, 5}});
    const qint64 early = p.round(1, "entry", "2010-11-01", std::nullopt, {{dariusz, 1}});
    p.round(1, "exit", "2010-12-20", early, {{dariusz, 5}});
    // Knowledge, entry 06-01, exit 09-30: Filip wrong → right; Celina right → right; Jerzy has
    // no entry form.
    const qint64 test = p.round(2, "entry", "2011-06-01", std::nullopt, {{filip, 2}, {celina, 1}, {jerzy, -1}});
    p.round(2, "exit", "2011-09-30", test, {{filip, 1}, {celina, 1}, {jerzy, 1}});
    // Relations in OSS 1, entry 07-01, exit 12-31: Irena 2 → 4 (the 2 points asked); Filip 3 → 4.
    const qint64 relations = p.round(3, "entry", "2011-07-01", std::nullopt, {{irena, 2}, {filip, 3}}, true);
    p.round(3, "exit", "2011-12-31", relations, {{irena, 4}, {filip, 4}}, true);
    // Two market studies (one kind), a brochure, a study trip report (not a counted kind), a
    // guide not done.
    p.db().exec("INSERT INTO deliverable (kind, title, done_on, status) VALUES "
                "('market_research', 'Badanie 1', '2011-03-01', 'done'), "
                "('market_research', 'Badanie 2', '2011-04-01', 'done'), "
                "('brochure', 'Broszura', '2011-05-01', 'done'), "
                "('study_trip', 'Raport z wizyty', '2011-09-20', 'done'), "
                "('guide', 'Poradnik', NULL, 'planned')");
}

// The period values of every indicator, worked out by hand; 0 where nothing happens.
using Expected = std::map<std::string, std::array<IndicatorValue, 4>>;

Expected expectedPeriodValues()
{
    const IndicatorValue none = okm(0, 0);
    return {
        // SM B on the project's first day (Q1), SM C on 05-10; SM A a week before the start and
        // the rejected SM D count nowhere.
        {"SM_RECRUITED", {n(1), n(1), n(0), n(0)}},
        // OSS 1 on 06-15; OSS 2 was registered before the project.
        {"OSS_REGISTERED", {n(0), n(1), n(0), n(0)}},
        // Signed on 09-30, the last day of Q3.
        {"AGREEMENTS_SIGNED", {n(0), n(0), n(1), n(0)}},
        // Q1: Anna 02-10, Dariusz 01-20 (his 2010 session is before the project), Ewa 03-10,
        // Irena 02-14 (not the imported 02-01); Grażyna incomplete, Henryk and Bogdan never
        // supported. Q2: Celina 04-05, Filip 05-05, Katarzyna 06-30. Q3: Jerzy 07-05. Q4: Leszek.
        {"PARTICIPANTS_STARTED", {okm(3, 1), okm(2, 1), okm(0, 1), okm(0, 1)}},
        // Anna on 03-20; Grażyna's completion does not count (incomplete data).
        {"INTEGRATION_COMPLETED", {okm(1, 0), none, none, none}},
        // Jerzy on 08-30.
        {"MANAGEMENT_COMPLETED", {none, none, okm(0, 1), none}},
        // Filip on 06-20.
        {"VOCATIONAL_COMPLETED", {none, okm(0, 1), none, none}},
        // Q1 the OSS's consultation 02-02, Q2 Celina's, Q3 Jerzy's; the one of 2010-12-15 is before
        // the project.
        {"CONSULTATIONS", {n(1), n(1), n(1), n(0)}},
        // Only Ewa: Celina did not go, Bogdan is no participant, Filip's course session does not
        // put him on the trip.
        {"STUDY_TRIP", {none, none, okm(1, 0), none}},
        // Dariusz from 06-01; Katarzyna's OSS job began 03-01 but counts from her start 06-30;
        // Filip's other employer does not count.
        {"EMPLOYED_IN_OSS", {none, okm(1, 1), none, none}},
        // Anna on 11-30; Ewa dropped out, Jerzy's end has no outcome.
        {"COMPLETED_PROJECT", {none, none, none, okm(1, 0)}},
        // Anna's agreement of 01-15 counts at her start 02-10; Leszek's on 10-01; Bogdan's never.
        {"INSTALMENT_PLANS", {okm(1, 0), none, none, okm(0, 1)}},
        // End Q1: Anna (70 000 < 100 000). End Q2: Anna out (120 000 > 100 000), Dariusz in
        // (45 000 < 60 000; his 2010 payment does not count); Filip at 80 000 = entry. End Q3: Anna
        // in again (overpaid: 0), Filip in (60 000). End Q4: Leszek in (35 000 < 40 000 — his payment
        // before his start counts from his start). Bogdan and Grażyna never.
        {"ARREARS_REDUCED", {okm(1, 0), okm(-1, 1), okm(1, 1), okm(0, 1)}},
        // Cumulative: Q1 Anna 30 000; Q2 Anna −20 000 + Dariusz 15 000 = −5 000; Q3 Anna 100 000
        // (an overpayment is not negative arrears) + Filip 20 000 + Dariusz 15 000 = 135 000; Q4
        // + Leszek 5 000 = 140 000. Period values are the differences.
        {"ARREARS_REPAID", {n(30000), n(-35000), n(140000), n(5000)}},
        // Celina at the end of Q3 (both her begun cases ended), not at the end of Q2 (case B at
        // lawsuit) nor Q4 (case A at judgment); Irena from the end of Q1 though not flagged at
        // risk; Dariusz's case ended before the project; Bogdan is no participant.
        {"EVICTIONS_AVOIDED", {okm(1, 0), none, okm(1, 0), okm(-1, 0)}},
        // 12 345,67 zł on 08-01; the cancelled and the pre-project orders do not count.
        {"WORK_ORDERS_VALUE", {n(0), n(0), n(1234567), n(0)}},
        // Filip's 200 zł on 07-10; Grażyna's does not count (incomplete data).
        {"REPAID_FROM_WAGES", {n(0), n(0), n(20000), n(0)}},
        // Opened 11-01.
        {"SERVICE_POINTS", {n(0), n(0), n(0), n(1)}},
        // Market research once, on 03-01; the brochure on 05-01.
        {"DELIVERABLES", {n(1), n(1), n(0), n(0)}},
        // Anna on the exit date 04-15, Katarzyna on her start 06-30 (the last day of Q2), Leszek on
        // his start 10-01 (the first of Q4).
        {"IMPROVED_ATTITUDE", {none, okm(2, 0), none, okm(0, 1)}},
        // Filip on 09-30, the last day of Q3.
        {"IMPROVED_KNOWLEDGE", {none, none, okm(0, 1), none}},
        // Irena on 12-31; Filip rose by 1 only.
        {"IMPROVED_RELATIONS", {none, none, none, okm(1, 0)}},
    };
}

const IndicatorReport::Row& rowOf(const IndicatorReport& report, const std::string& code)
{
    for (const IndicatorReport::Row& row : report.rows) {
        if (row.code.toStdString() == code) {
            return row;
        }
    }
    FAIL("no row " << code);
    throw std::logic_error("unreachable");
}

const core::FlowRow& flowOf(const IndicatorReport& report, const char* group, const char* key)
{
    for (const core::FlowRow& row : report.flow) {
        if (row.group == QLatin1String(group) && row.key == QLatin1String(key)) {
            return row;
        }
    }
    FAIL("no flow line " << group << "/" << key);
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("Every indicator of every quarter of a project placed on the counting edges, counted by hand",
          "[indicators][hand-count]")
{
    EdgeProject p;
    build(p);
    const Expected expected = expectedPeriodValues();
    REQUIRE(expected.size() == 22); // every indicator of the catalogue
    std::map<std::string, IndicatorValue> cumulative;
    for (int period = 1; period <= 4; ++period) {
        const IndicatorReport report = p.report(period);
        REQUIRE(report.rows.size() == 22);
        for (const auto& [code, values] : expected) {
            INFO("Q" << period << " " << code);
            const IndicatorReport::Row& row = rowOf(report, code);
            const IndicatorValue& value = values[std::size_t(period - 1)];
            CHECK(row.period == value);
            // The quarters add up to the cumulative value.
            const auto sum = cumulative.find(code);
            const IndicatorValue total = sum == cumulative.end() ? value : sum->second + value;
            cumulative.insert_or_assign(code, total);
            CHECK(row.cumulative == total);
        }
    }
}

TEST_CASE("The flow table of the edge project, counted by hand", "[indicators][hand-count]")
{
    EdgeProject p;
    build(p);

    // Q1: Anna, Dariusz, Ewa and Irena started and continue.
    const IndicatorReport q1 = p.report(1);
    const core::FlowRow& total1 = flowOf(q1, "total", "all");
    CHECK(total1.started == okm(3, 1));
    CHECK(total1.continuing == okm(3, 1));
    CHECK(total1.ended == okm(0, 0));
    // Dariusz was unemployed 10 months at his start (not long-term, whatever the form says);
    // Ewa, 20, for over 6 months: long-term.
    CHECK(flowOf(q1, "labour_status", "unemployed").started == okm(1, 1));
    CHECK(flowOf(q1, "labour_status", "long_term_unemployed").started == okm(1, 0));
    CHECK(flowOf(q1, "labour_status", "inactive").started == okm(1, 0)); // Anna
    CHECK(flowOf(q1, "labour_status", "employed").started == okm(1, 0)); // Irena
    // Ages at the start: Ewa 20; Anna 51 on her birthday, Dariusz 30; Irena 55 on her birthday.
    CHECK(flowOf(q1, "age", "15-24").started == okm(1, 0));
    CHECK(flowOf(q1, "age", "25-54").started == okm(1, 1));
    CHECK(flowOf(q1, "age", "55-64").started == okm(1, 0));

    // Q3: Jerzy started and ended on 09-30 without an outcome: ended, neither as planned nor
    // dropped out; the other seven who started by then continue.
    const IndicatorReport q3 = p.report(3);
    const core::FlowRow& total3 = flowOf(q3, "total", "all");
    CHECK(total3.started == okm(0, 1));
    CHECK(total3.continuing == okm(5, 2));
    CHECK(total3.ended == okm(0, 1));
    CHECK(total3.endedAsPlanned == okm(0, 0));
    CHECK(total3.droppedOut == okm(0, 0));

    // Q4: Leszek started; Anna ended as planned, Ewa dropped out; six continue.
    const IndicatorReport q4 = p.report(4);
    const core::FlowRow& total4 = flowOf(q4, "total", "all");
    CHECK(total4.started == okm(0, 1));
    CHECK(total4.continuing == okm(3, 3));
    CHECK(total4.ended == okm(2, 0));
    CHECK(total4.endedAsPlanned == okm(1, 0));
    CHECK(total4.droppedOut == okm(1, 0));
}

TEST_CASE("The data quality of the edge project names what is not counted and why", "[indicators][hand-count]")
{
    EdgeProject p;
    build(p);
    const IndicatorReport q4 = p.report(4);

    // Grażyna started but has no education.
    REQUIRE(q4.dataQuality.size() == 1);
    CHECK(q4.dataQuality.first().firstName == QStringLiteral("Grażyna"));
    CHECK(q4.dataQuality.first().participationStart == day("2011-02-01"));

    using Kind = IndicatorReport::DataProblem::Kind;
    QStringList before;
    QStringList others;
    for (const auto& problem : q4.dataProblems) {
        const QString line = problem.record + QLatin1Char(' ') + problem.date.toString(Qt::ISODate);
        (problem.kind == Kind::BeforeProject ? before : others) << line;
    }
    // In date order (then by name): OSS 2 registered, Dariusz's session of 12-10, the consultation
    // of 12-15, the order "1/2010" accepted 12-20, the exit round "Postawy" of 12-20 and Dariusz's
    // payment of 12-20 (the opening of his account on 12-01 is what he owed at entry, not an entry
    // to leave out), SM A qualified 12-24, Dariusz's eviction case settled 12-28.
    CHECK(before == QStringList{QStringLiteral("oss_registered 2010-11-01"), QStringLiteral("attendance 2010-12-10"),
                                QStringLiteral("consultation 2010-12-15"), QStringLiteral("work_order 2010-12-20"),
                                QStringLiteral("survey_round 2010-12-20"), QStringLiteral("ledger_entry 2010-12-20"),
                                QStringLiteral("housing_coop 2010-12-24"), QStringLiteral("eviction_stage 2010-12-28")});
    // Henryk's imported start has no support, Irena's differs from hers; Jerzy's end has no
    // outcome.
    CHECK(others == QStringList{QStringLiteral("participant 2011-01-10"), QStringLiteral("participant 2011-02-01"),
                                QStringLiteral("participant 2011-09-30")});
    CHECK(q4.dataProblems.at(8).kind == Kind::StartMismatch);
    CHECK(!q4.dataProblems.at(8).recordedStart.isValid());
    CHECK(q4.dataProblems.at(9).recordedStart == day("2011-02-14"));
    CHECK(q4.dataProblems.at(10).kind == Kind::EndWithoutReason);
    CHECK(
        core::DataProblems::describe(q4.dataProblems.at(0), day("2011-01-01")).contains(QStringLiteral("01.11.2010")));
}
