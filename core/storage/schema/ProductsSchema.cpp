#include "core/storage/Migrations.h"

// Migration 1, part "products": deliverables with their distribution and evidence, the
// competition, and the events (study trip, conference) with their attendees.

namespace osiedle::core {

QByteArray Schema::products()
{
    return R"sql(
CREATE TABLE deliverable (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN
                    ('expertise', 'brochure', 'market_research', 'guide', 'film', 'conference', 'competition',
                     'study_trip', 'other')),
    title           TEXT NOT NULL CHECK (title <> ''),
    author          TEXT NOT NULL DEFAULT '',
    planned_on      TEXT CHECK (planned_on IS NULL OR date(planned_on, '+0 days') = planned_on),
    done_on         TEXT CHECK (done_on IS NULL OR date(done_on, '+0 days') = done_on),
    status          TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done')),
    copies_planned  INTEGER NOT NULL DEFAULT 0 CHECK (copies_planned >= 0),
    copies_printed  INTEGER NOT NULL DEFAULT 0 CHECK (copies_printed >= 0),
    social_coop_id  INTEGER REFERENCES social_coop(id),   -- market research: the OSS it serves
    notes           TEXT NOT NULL DEFAULT '',
    CHECK (status <> 'done' OR done_on IS NOT NULL)
) STRICT;
CREATE INDEX deliverable_done ON deliverable(kind, done_on);

CREATE TABLE deliverable_distribution (
    id              INTEGER PRIMARY KEY,
    deliverable_id  INTEGER NOT NULL REFERENCES deliverable(id) ON DELETE CASCADE,
    date            TEXT NOT NULL CHECK (date(date, '+0 days') = date),
    recipient       TEXT NOT NULL CHECK (recipient <> ''),
    copies          INTEGER NOT NULL CHECK (copies > 0)
) STRICT;
CREATE INDEX deliverable_distribution_deliverable ON deliverable_distribution(deliverable_id, date);

CREATE TABLE deliverable_file (
    id              INTEGER PRIMARY KEY,
    deliverable_id  INTEGER NOT NULL REFERENCES deliverable(id) ON DELETE CASCADE,
    path            TEXT NOT NULL CHECK (path <> ''),
    note            TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE competition (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL CHECK (name <> ''),
    year            INTEGER,
    announced_on    TEXT CHECK (announced_on IS NULL OR date(announced_on, '+0 days') = announced_on),
    decided_on      TEXT CHECK (decided_on IS NULL OR date(decided_on, '+0 days') = decided_on),
    notes           TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE competition_category (
    id              INTEGER PRIMARY KEY,
    competition_id  INTEGER NOT NULL REFERENCES competition(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('social_coop', 'housing_coop', 'resident')),
    name            TEXT NOT NULL CHECK (name <> ''),
    awards          INTEGER NOT NULL DEFAULT 1 CHECK (awards >= 0)
) STRICT;

CREATE TABLE competition_criterion (
    id              INTEGER PRIMARY KEY,
    competition_id  INTEGER NOT NULL REFERENCES competition(id) ON DELETE CASCADE,
    name            TEXT NOT NULL CHECK (name <> ''),
    max_points      INTEGER NOT NULL CHECK (max_points > 0),
    weight          INTEGER NOT NULL DEFAULT 1 CHECK (weight > 0)
) STRICT;

CREATE TABLE juror (
    id              INTEGER PRIMARY KEY,
    competition_id  INTEGER NOT NULL REFERENCES competition(id) ON DELETE CASCADE,
    name            TEXT NOT NULL CHECK (name <> ''),
    institution     TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE nomination (
    id              INTEGER PRIMARY KEY,
    category_id     INTEGER NOT NULL REFERENCES competition_category(id) ON DELETE CASCADE,
    social_coop_id  INTEGER REFERENCES social_coop(id),
    housing_coop_id INTEGER REFERENCES housing_coop(id),
    participant_id  INTEGER REFERENCES participant(id),
    person_name     TEXT NOT NULL DEFAULT '',
    justification   TEXT NOT NULL DEFAULT '',
    award           TEXT NOT NULL DEFAULT '',
    CHECK ((social_coop_id IS NOT NULL) + (housing_coop_id IS NOT NULL) + (participant_id IS NOT NULL)
           + (person_name <> '') >= 1)
) STRICT;

CREATE TABLE jury_score (
    nomination_id   INTEGER NOT NULL REFERENCES nomination(id) ON DELETE CASCADE,
    juror_id        INTEGER NOT NULL REFERENCES juror(id) ON DELETE CASCADE,
    criterion_id    INTEGER NOT NULL REFERENCES competition_criterion(id) ON DELETE CASCADE,
    points          INTEGER NOT NULL CHECK (points >= 0),
    PRIMARY KEY (nomination_id, juror_id, criterion_id)
) STRICT, WITHOUT ROWID;

-- The study trip and the conference (and any other event with a list of attendees).
CREATE TABLE event (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('study_trip', 'conference', 'other')),
    name            TEXT NOT NULL CHECK (name <> ''),
    start_date      TEXT NOT NULL CHECK (date(start_date, '+0 days') = start_date),
    end_date        TEXT NOT NULL CHECK (date(end_date, '+0 days') = end_date),
    place           TEXT NOT NULL DEFAULT '',
    programme       TEXT NOT NULL DEFAULT '',
    course_id       INTEGER REFERENCES course(id),   -- the attendance of project participants
    notes           TEXT NOT NULL DEFAULT '',
    CHECK (start_date <= end_date)
) STRICT;

CREATE TABLE event_attendee (
    id              INTEGER PRIMARY KEY,
    event_id        INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    participant_id  INTEGER REFERENCES participant(id),
    name            TEXT NOT NULL DEFAULT '',       -- staff and external guests
    institution     TEXT NOT NULL DEFAULT '',
    role            TEXT NOT NULL CHECK (role IN ('participant', 'staff', 'guest')),
    cost            INTEGER NOT NULL DEFAULT 0 CHECK (cost >= 0),   -- grosze per person
    attended        INTEGER NOT NULL DEFAULT 1 CHECK (attended IN (0, 1)),
    CHECK (participant_id IS NOT NULL OR name <> ''),
    UNIQUE (event_id, participant_id)
) STRICT;
CREATE INDEX event_attendee_participant ON event_attendee(participant_id);

CREATE TABLE event_visit (
    id              INTEGER PRIMARY KEY,
    event_id        INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    date            TEXT CHECK (date IS NULL OR date(date, '+0 days') = date),
    partner         TEXT NOT NULL CHECK (partner <> ''),
    notes           TEXT NOT NULL DEFAULT ''
) STRICT;
)sql";
}

} // namespace osiedle::core
