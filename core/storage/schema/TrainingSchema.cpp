#include "core/storage/Migrations.h"

// Migration 1, part "training": support forms, courses, sessions, enrolments, attendance and
// the consultation point. Durations are whole minutes (planned hours × 60).

namespace osiedle::core {

QByteArray Schema::training()
{
    return R"sql(
CREATE TABLE support_form (
    id    INTEGER PRIMARY KEY,
    kind  TEXT NOT NULL UNIQUE CHECK (kind IN
          ('integration', 'management', 'vocational', 'consultation', 'study_trip', 'conference', 'other')),
    name  TEXT NOT NULL
) STRICT;
INSERT INTO support_form (kind, name) VALUES
    ('integration', 'Zajęcia integracyjno-motywacyjne'),
    ('management', 'Szkolenie z zarządzania spółdzielnią'),
    ('vocational', 'Kurs zawodowy'),
    ('consultation', 'Doradztwo w Punkcie Konsultacyjnym'),
    ('study_trip', 'Wizyta studyjna w Trentino'),
    ('conference', 'Konferencja'),
    ('other', 'Inne');

CREATE TABLE course (
    id                INTEGER PRIMARY KEY,
    support_form_id   INTEGER NOT NULL REFERENCES support_form(id),
    name              TEXT NOT NULL CHECK (name <> ''),
    social_coop_id    INTEGER REFERENCES social_coop(id),      -- the OSS group, optional
    trainer           TEXT NOT NULL DEFAULT '',
    place             TEXT NOT NULL DEFAULT '',
    planned_minutes   INTEGER NOT NULL CHECK (planned_minutes > 0),
    threshold_percent INTEGER NOT NULL DEFAULT 80 CHECK (threshold_percent BETWEEN 1 AND 100),
    start_date        TEXT CHECK (start_date IS NULL OR date(start_date, '+0 days') = start_date),
    end_date          TEXT CHECK (end_date IS NULL OR date(end_date, '+0 days') = end_date),
    notes             TEXT NOT NULL DEFAULT '',
    CHECK (start_date IS NULL OR end_date IS NULL OR start_date <= end_date)
) STRICT;
CREATE INDEX course_form ON course(support_form_id);
CREATE INDEX course_social_coop ON course(social_coop_id);

CREATE TABLE session (
    id          INTEGER PRIMARY KEY,
    course_id   INTEGER NOT NULL REFERENCES course(id) ON DELETE CASCADE,
    date        TEXT NOT NULL CHECK (date(date, '+0 days') = date),
    start_time  TEXT NOT NULL DEFAULT '' CHECK (start_time = '' OR time(start_time) = start_time || ':00'),
    minutes     INTEGER NOT NULL CHECK (minutes > 0),
    topic       TEXT NOT NULL DEFAULT '',
    trainer     TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX session_course_date ON session(course_id, date);
CREATE INDEX session_date ON session(date);

CREATE TABLE enrolment (
    id                  INTEGER PRIMARY KEY,
    course_id           INTEGER NOT NULL REFERENCES course(id) ON DELETE CASCADE,
    participant_id      INTEGER NOT NULL REFERENCES participant(id),
    enrolled_on         TEXT NOT NULL CHECK (date(enrolled_on, '+0 days') = enrolled_on),
    withdrawn_on        TEXT CHECK (withdrawn_on IS NULL OR date(withdrawn_on, '+0 days') = withdrawn_on),
    withdrawal_reason   TEXT NOT NULL DEFAULT '',
    -- maintained by the services: the date of the session at which attended/planned reached
    -- the course's threshold; NULL while not completed
    completed_on        TEXT CHECK (completed_on IS NULL OR date(completed_on, '+0 days') = completed_on),
    certificate_number  INTEGER CHECK (certificate_number IS NULL OR certificate_number > 0),
    certificate_issued_on TEXT CHECK (certificate_issued_on IS NULL OR date(certificate_issued_on, '+0 days') = certificate_issued_on),
    UNIQUE (course_id, participant_id),
    UNIQUE (course_id, certificate_number)
) STRICT;
CREATE INDEX enrolment_participant ON enrolment(participant_id);
CREATE INDEX enrolment_completed ON enrolment(completed_on);

-- A mark per participant per session; "not yet marked" is the absence of a row.
CREATE TABLE attendance (
    session_id      INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    participant_id  INTEGER NOT NULL REFERENCES participant(id),
    status          TEXT NOT NULL CHECK (status IN ('present', 'excused', 'absent')),
    PRIMARY KEY (session_id, participant_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX attendance_participant ON attendance(participant_id, status);

CREATE TABLE consultation (
    id              INTEGER PRIMARY KEY,
    date            TEXT NOT NULL CHECK (date(date, '+0 days') = date),
    adviser         TEXT NOT NULL DEFAULT '',
    social_coop_id  INTEGER REFERENCES social_coop(id),
    participant_id  INTEGER REFERENCES participant(id),
    area            TEXT NOT NULL CHECK (area IN ('legal', 'accounting', 'administrative', 'funding', 'other')),
    topic           TEXT NOT NULL DEFAULT '',
    minutes         INTEGER NOT NULL DEFAULT 60 CHECK (minutes > 0),
    outcome         TEXT NOT NULL DEFAULT '',
    follow_up_on    TEXT CHECK (follow_up_on IS NULL OR date(follow_up_on, '+0 days') = follow_up_on),
    follow_up_done  INTEGER NOT NULL DEFAULT 0 CHECK (follow_up_done IN (0, 1))
) STRICT;
CREATE INDEX consultation_date ON consultation(date);
CREATE INDEX consultation_participant ON consultation(participant_id, date);
CREATE INDEX consultation_social_coop ON consultation(social_coop_id, date);
CREATE INDEX consultation_follow_up ON consultation(follow_up_on) WHERE follow_up_done = 0;

-- Public holidays skipped by the schedule generator (computed ones are added by core; this
-- table holds extra days off the office declares).
CREATE TABLE day_off (
    date    TEXT PRIMARY KEY CHECK (date(date, '+0 days') = date),
    reason  TEXT NOT NULL DEFAULT ''
) STRICT;
)sql";
}

} // namespace osiedle::core
