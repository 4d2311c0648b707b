#include "support/TimelineTestData.h"

#include "core/storage/Database.h"

namespace osiedle::test {

void fillTimelineSources(core::Database& db)
{
    db.exec(
        "INSERT INTO housing_coop (id, name) VALUES (1, 'SM Wola');"
        "INSERT INTO social_coop (id, name, housing_coop_id) VALUES (1, 'OSS Wola Pracy', 1);"
        "INSERT INTO founding_step (social_coop_id, step, done_on) VALUES (1, 'founding_group', '2011-02-01'),"
        " (1, 'registered', '2011-05-10');"
        "INSERT INTO cooperation_agreement (housing_coop_id, social_coop_id, signed_on) VALUES (1, 1, '2011-06-01');"
        "INSERT INTO participant (first_name, last_name, recruited_on) VALUES ('A', 'B', '2010-11-02'),"
        " ('C', 'D', '2011-01-20');"
        "INSERT INTO course (id, support_form_id, name, planned_minutes, start_date, end_date)"
        " VALUES (1, (SELECT id FROM support_form WHERE kind = 'integration'), 'Zajęcia OSS Wola', 240,"
        " '2011-03-01', '2011-03-31');"
        "INSERT INTO session (course_id, date, minutes) VALUES (1, '2011-03-02', 120), (1, '2011-03-09', 120);"
        "INSERT INTO deliverable (kind, title, planned_on, done_on, status) VALUES"
        " ('brochure', 'Broszura', '2011-03-31', '2011-04-15', 'done'),"
        " ('film', 'Film', '2013-05-31', NULL, 'in_progress'),"
        " ('guide', 'Poradnik', '2012-10-31', '2012-10-20', 'done');"
        "INSERT INTO event (id, kind, name, start_date, end_date) VALUES (1, 'study_trip', 'Trentino', '2012-06-04',"
        " '2012-06-08'), (2, 'conference', 'Konferencja', '2013-06-21', '2013-06-21');"
        "INSERT INTO event_attendee (event_id, name, role) VALUES (2, 'Gość', 'guest');"
        "INSERT INTO competition (name, announced_on, decided_on) VALUES ('Dobre praktyki', '2013-01-15',"
        " '2013-04-26');");
}

} // namespace osiedle::test
