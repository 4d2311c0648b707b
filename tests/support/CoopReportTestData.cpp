#include "support/CoopReportTestData.h"

#include "core/storage/Database.h"

namespace osiedle::test {

void fillCoopReportTestData(core::Database& db)
{
    db.exec("INSERT INTO project (id, contract_number, title, beneficiary, start_date, end_date) VALUES "
            "(1, 'UDA-POKL.07.02.02-14-001/10', 'Osiedle', 'Stowarzyszenie Osiedle', '2010-10-01', '2013-06-30')");
    db.exec("INSERT INTO housing_coop (id, name) VALUES (1, 'SM Zacisze')");
    db.exec("INSERT INTO social_coop (id, name, housing_coop_id, krs) VALUES "
            "(1, 'OSS Zacisze', 1, '0000123456'), (2, 'OSS Inna', NULL, NULL)");
    db.exec("INSERT INTO participant (id, first_name, last_name, sex, participation_start, participation_end, "
            "completion) VALUES "
            "(1, 'Anna', 'Kowalska', 'F', '2010-11-01', '2011-05-31', 'completed'), "
            "(2, 'Jan', 'Nowak', 'M', '2010-12-01', NULL, NULL), "
            "(3, 'Ewa', 'Zielińska', 'F', '2010-11-01', '2011-03-15', 'dropped_out'), "
            "(4, 'Piotr', 'Wiśniewski', 'M', '2010-11-01', NULL, NULL)");
    db.exec("INSERT INTO membership (social_coop_id, participant_id, person_name, legal_person, role, from_date, "
            "to_date) VALUES "
            "(1, 1, '', 0, 'founder', '2010-12-01', NULL), (1, 1, '', 0, 'board_president', '2011-01-01', NULL), "
            "(1, 2, '', 0, 'member', '2011-01-10', NULL), (1, 3, '', 0, 'member', '2010-12-01', '2011-03-15'), "
            "(1, NULL, 'Stowarzyszenie Osiedle', 1, 'founder', '2010-12-01', NULL), "
            "(1, 4, '', 0, 'member', '2011-07-01', NULL), (2, 4, '', 0, 'founder', '2010-12-01', NULL)");
    db.exec("INSERT INTO course (id, support_form_id, name, planned_minutes) "
            "SELECT 1, id, 'Zajęcia integracyjne', 600 FROM support_form WHERE kind = 'integration'");
    db.exec("INSERT INTO session (id, course_id, date, minutes) VALUES "
            "(1, 1, '2011-01-10', 120), (2, 1, '2011-02-10', 120), (3, 1, '2011-07-01', 60)");
    db.exec("INSERT INTO attendance (session_id, participant_id, status) VALUES "
            "(1, 1, 'present'), (2, 1, 'present'), (3, 1, 'present'), (1, 2, 'present'), (2, 2, 'excused'), "
            "(1, 3, 'absent'), (1, 4, 'present')");
    db.exec("INSERT INTO enrolment (course_id, participant_id, enrolled_on, completed_on) VALUES "
            "(1, 1, '2011-01-01', '2011-02-10'), (1, 2, '2011-01-01', NULL), (1, 4, '2011-01-01', '2011-01-10')");
    db.exec("INSERT INTO employment (participant_id, social_coop_id, contract, start_date, end_date) VALUES "
            "(1, 1, 'cooperative', '2011-02-01', NULL), (2, 1, 'employment', '2011-01-15', '2011-04-30'), "
            "(4, 2, 'cooperative', '2011-01-01', NULL)");
    db.exec("INSERT INTO work_order (id, housing_coop_id, social_coop_id, year, seq, kind, status, ordered_on, "
            "net_amount) VALUES "
            "(1, 1, 1, 2011, 1, 'cleaning', 'paid', '2011-02-01', 100000), "
            "(2, 1, 1, 2011, 2, 'renovation', 'invoiced', '2011-03-01', 50000), "
            "(3, 1, 1, 2011, 3, 'greenery', 'cancelled', '2011-04-01', 30000), "
            "(4, 1, 1, 2011, 4, 'cleaning', 'ordered', '2011-08-01', 70000), "
            "(5, 1, 2, 2011, 5, 'cleaning', 'paid', '2011-03-01', 80000)");
    db.exec("INSERT INTO work_hours (work_order_id, participant_id, date, minutes) VALUES "
            "(1, 1, '2011-02-02', 480), (1, 1, '2011-02-03', 240), (2, 2, '2011-03-02', 300), "
            "(5, 4, '2011-03-02', 400)");
    db.exec("INSERT INTO service_point (social_coop_id, opened_on) VALUES (1, '2011-03-01')");
    db.exec("INSERT INTO service_sale (social_coop_id, date, client_kind, amount) VALUES "
            "(1, '2011-03-05', 'resident', 5000), (1, '2011-04-10', 'business', 12000), "
            "(1, '2011-07-02', 'resident', 10000), (2, '2011-03-05', 'resident', 9999)");
    db.exec("INSERT INTO debt_account (id, participant_id, housing_coop_id, opened_on) VALUES "
            "(1, 1, 1, '2010-11-01'), (2, 2, 1, '2010-12-01'), (3, 4, 1, '2010-12-01')");
    db.exec("INSERT INTO debt_entry (account_id, date, kind, amount, wage_month) VALUES "
            "(1, '2010-11-01', 'opening', 300000, NULL), (1, '2010-12-15', 'payment', -10000, NULL), "
            "(1, '2011-03-10', 'wage_payment', -20000, '2011-02'), (2, '2010-12-01', 'opening', 100000, NULL), "
            "(2, '2011-07-05', 'charge', 5000, NULL), (3, '2010-12-01', 'opening', 777700, NULL)");
}

} // namespace osiedle::test
