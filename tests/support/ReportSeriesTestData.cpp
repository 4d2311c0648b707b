#include "support/ReportSeriesTestData.h"

#include "core/storage/Database.h"

namespace osiedle::test {

void fillReportSeriesTestData(core::Database& db)
{
    db.exec("INSERT INTO project (id, contract_number, title, beneficiary, start_date, end_date) VALUES "
            "(1, 'UDA-POKL.07.02.02-14-001/10', 'Osiedle', 'Stowarzyszenie Osiedle', '2010-10-01', '2013-06-30')");
    // 1: a candidate all along; 2: qualified in November, in support from December, completed in
    // February; 3: a candidate in October, rejected in November; 4: recruited and qualified in
    // November, never started; 5: in support from October, dropped out on 31 December.
    db.exec("INSERT INTO participant (id, first_name, last_name, sex, recruited_on, recruitment_status, status_on, "
            "participation_start, participation_end, completion) VALUES "
            "(1, 'Anna', 'Pierwsza', 'F', '2010-10-05', 'candidate', NULL, NULL, NULL, NULL), "
            "(2, 'Jan', 'Drugi', 'M', '2010-10-10', 'qualified', '2010-11-03', '2010-12-01', '2011-02-15', "
            "'completed'), "
            "(3, 'Ewa', 'Trzecia', 'F', '2010-10-20', 'rejected', '2010-11-10', NULL, NULL, NULL), "
            "(4, 'Piotr', 'Czwarty', 'M', '2010-11-01', 'qualified', '2010-11-20', NULL, NULL, NULL), "
            "(5, 'Maria', 'Piąta', 'F', '2010-10-01', 'qualified', '2010-10-15', '2010-10-20', '2010-12-31', "
            "'dropped_out')");
    // Jan and Maria have complete mandatory data, so the indicators (and the arrears chart) count them.
    db.exec("UPDATE participant SET no_pesel = 1, birth_date = '1970-01-01', education = 'primary', "
            "teryt = '1465011', area = 'urban', locality = 'Warszawa', postal_code = '00-001', mobile = '600100200', "
            "labour_status = 'unemployed', consent_on = recruited_on WHERE id IN (2, 5)");
    db.exec("INSERT INTO housing_coop (id, name) VALUES (1, 'SM Zacisze')");
    // Account 2 has a payment dated before the account was opened: it counts from the opening.
    db.exec("INSERT INTO debt_account (id, participant_id, housing_coop_id, opened_on) VALUES "
            "(1, 2, 1, '2010-11-15'), (2, 5, 1, '2011-01-10')");
    db.exec("INSERT INTO debt_entry (account_id, date, kind, amount) VALUES "
            "(1, '2010-11-15', 'opening', 100000), (1, '2010-12-10', 'payment', -20000), "
            "(1, '2011-01-05', 'charge', 5000), (2, '2011-01-10', 'opening', 50000), "
            "(2, '2010-12-20', 'payment', -10000), (1, '2011-03-02', 'payment', -7000)");
    db.exec("INSERT INTO social_coop (id, name) VALUES (1, 'OSS Alfa'), (2, 'OSS Beta'), (3, 'OSS Gamma')");
    db.exec("INSERT INTO work_order (housing_coop_id, social_coop_id, year, seq, kind, status, ordered_on, "
            "accepted_on, paid_on, net_amount) VALUES "
            "(1, 1, 2010, 1, 'cleaning', 'accepted', '2010-11-01', '2010-11-05', NULL, 10000), "
            "(1, 1, 2010, 2, 'cleaning', 'paid', '2010-11-10', '2010-11-20', '2010-12-01', 5000), "
            "(1, 2, 2010, 3, 'renovation', 'invoiced', '2010-11-15', '2010-12-01', NULL, 20000), "
            "(1, 2, 2011, 1, 'greenery', 'cancelled', '2011-01-02', '2011-01-15', NULL, 3000), "
            "(1, 3, 2011, 2, 'cleaning', 'accepted', '2011-02-01', '2011-02-10', NULL, 1000), "
            "(1, 1, 2011, 3, 'cleaning', 'accepted', '2011-03-01', '2011-03-05', NULL, 99999), "
            "(1, 3, 2011, 4, 'other', 'ordered', '2011-02-01', NULL, NULL, 4000)");
}

} // namespace osiedle::test
