#include "core/storage/Migrations.h"

// Migration 6: questionnaires and knowledge tests that measure the project's three "soft" goals
// (entrepreneurial attitudes, knowledge of the social economy, relations with the
// neighbourhood). An instrument holds items grouped into the scales it measures; it is given in
// rounds (entry, exit, follow-up) to a course's or an OSS's participants; the answers are kept
// per item. Scores are never stored: they follow from the answers and the items
// (SurveyScoring). The three scales come with their indicators "participants whose <scale>
// improved"; a project that already has its indicator list gets them added, in Polish.

namespace osiedle::core {

QByteArray Schema::surveys()
{
    return R"sql(
CREATE TABLE survey_scale (
    id              INTEGER PRIMARY KEY,
    key             TEXT NOT NULL UNIQUE CHECK (key <> ''),
    name            TEXT NOT NULL UNIQUE CHECK (name <> ''),
    -- the indicator "participants whose <scale> improved"; NULL: not reported
    indicator_code  TEXT UNIQUE CHECK (indicator_code IS NULL OR indicator_code <> ''),
    sort_order      INTEGER NOT NULL DEFAULT 0
) STRICT;
INSERT INTO survey_scale (key, name, indicator_code, sort_order) VALUES
    ('attitude', 'Postawy przedsiębiorcze', 'IMPROVED_ATTITUDE', 10),
    ('knowledge', 'Wiedza o ekonomii społecznej', 'IMPROVED_KNOWLEDGE', 20),
    ('relations', 'Relacje z sąsiedztwem', 'IMPROVED_RELATIONS', 30);

CREATE TABLE instrument (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE CHECK (name <> ''),
    kind            TEXT NOT NULL CHECK (kind IN ('questionnaire', 'test')),
    instructions    TEXT NOT NULL DEFAULT '',
    version         INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    -- the instrument this one is a new version of (kept when that one is deleted)
    previous_id     INTEGER REFERENCES instrument(id) ON DELETE SET NULL
) STRICT;

-- The scales an instrument measures, with the smallest rise of a person's score on the scale
-- (exit minus entry, in points) that counts as an improvement.
CREATE TABLE instrument_scale (
    instrument_id   INTEGER NOT NULL REFERENCES instrument(id) ON DELETE CASCADE,
    scale_id        INTEGER NOT NULL REFERENCES survey_scale(id),
    min_change      INTEGER NOT NULL DEFAULT 1 CHECK (min_change >= 1),
    PRIMARY KEY (instrument_id, scale_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX instrument_scale_scale ON instrument_scale(scale_id);

-- likert: 1..5 (reversed: 6 - answer points); yes_no: 1 yes, 0 no (reversed: no scores);
-- choice: 1..n, one right answer (correct), a point when right.
CREATE TABLE instrument_item (
    id              INTEGER PRIMARY KEY,
    instrument_id   INTEGER NOT NULL REFERENCES instrument(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL CHECK (position >= 1),
    text            TEXT NOT NULL CHECK (text <> ''),
    kind            TEXT NOT NULL CHECK (kind IN ('likert', 'yes_no', 'choice')),
    scale_id        INTEGER NOT NULL REFERENCES survey_scale(id),
    reversed        INTEGER NOT NULL DEFAULT 0 CHECK (reversed IN (0, 1)),
    options         TEXT NOT NULL DEFAULT '',   -- choice: the answers, one per line
    correct         INTEGER,                    -- choice: the number of the right answer
    CHECK ((kind = 'choice') = (correct IS NOT NULL)),
    CHECK (correct IS NULL OR correct >= 1),
    CHECK (kind <> 'choice' OR reversed = 0)
) STRICT;
CREATE INDEX instrument_item_instrument ON instrument_item(instrument_id, position);
CREATE INDEX instrument_item_scale ON instrument_item(scale_id);

CREATE TABLE survey_round (
    id              INTEGER PRIMARY KEY,
    instrument_id   INTEGER NOT NULL REFERENCES instrument(id),
    kind            TEXT NOT NULL CHECK (kind IN ('entry', 'exit', 'follow_up')),
    date            TEXT NOT NULL CHECK (date(date, '+0 days') = date),
    course_id       INTEGER REFERENCES course(id),
    social_coop_id  INTEGER REFERENCES social_coop(id),
    anonymous       INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
    -- an exit or follow-up round: the entry round its scores are compared with
    entry_round_id  INTEGER REFERENCES survey_round(id),
    note            TEXT NOT NULL DEFAULT '',
    CHECK ((course_id IS NULL) <> (social_coop_id IS NULL)),
    CHECK ((kind = 'entry') = (entry_round_id IS NULL))
) STRICT;
CREATE INDEX survey_round_instrument ON survey_round(instrument_id);
CREATE INDEX survey_round_kind_date ON survey_round(kind, date);
CREATE INDEX survey_round_course ON survey_round(course_id);
CREATE INDEX survey_round_social_coop ON survey_round(social_coop_id);
CREATE INDEX survey_round_entry ON survey_round(entry_round_id);

-- Who a round is given to; the code stands in for the name on an anonymous round's forms.
CREATE TABLE survey_respondent (
    round_id        INTEGER NOT NULL REFERENCES survey_round(id) ON DELETE CASCADE,
    participant_id  INTEGER NOT NULL REFERENCES participant(id),
    code            TEXT NOT NULL CHECK (code <> ''),
    PRIMARY KEY (round_id, participant_id),
    UNIQUE (round_id, code)
) STRICT, WITHOUT ROWID;
CREATE INDEX survey_respondent_participant ON survey_respondent(participant_id);

-- One answer of one respondent to one item; a form not returned has none.
CREATE TABLE survey_answer (
    round_id        INTEGER NOT NULL,
    participant_id  INTEGER NOT NULL,
    item_id         INTEGER NOT NULL REFERENCES instrument_item(id),
    value           INTEGER NOT NULL CHECK (value >= 0),
    PRIMARY KEY (round_id, participant_id, item_id),
    FOREIGN KEY (round_id, participant_id) REFERENCES survey_respondent(round_id, participant_id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
CREATE INDEX survey_answer_item ON survey_answer(item_id);

INSERT OR IGNORE INTO indicator (code, name, objective, unit, kind, split_by_sex, money, manual, target_total,
                                 target_women, target_men, sort_order)
SELECT 'IMPROVED_ATTITUDE', 'Uczestnicy, u których wzrósł poziom postaw przedsiębiorczych',
       'Kształtowanie postaw przedsiębiorczych uczestników', 'osoby', 'result', 1, 0, 0, 80, 40, 40,
       (SELECT max(sort_order) + 10 FROM indicator)
 WHERE EXISTS (SELECT 1 FROM indicator);
INSERT OR IGNORE INTO indicator (code, name, objective, unit, kind, split_by_sex, money, manual, target_total,
                                 target_women, target_men, sort_order)
SELECT 'IMPROVED_KNOWLEDGE', 'Uczestnicy, u których wzrosła wiedza o ekonomii społecznej',
       'Wzrost wiedzy o ekonomii społecznej jako miejscu pracy', 'osoby', 'result', 1, 0, 0, 80, 40, 40,
       (SELECT max(sort_order) + 10 FROM indicator)
 WHERE EXISTS (SELECT 1 FROM indicator);
INSERT OR IGNORE INTO indicator (code, name, objective, unit, kind, split_by_sex, money, manual, target_total,
                                 target_women, target_men, sort_order)
SELECT 'IMPROVED_RELATIONS', 'Uczestnicy, u których poprawiły się relacje z sąsiedztwem',
       'Lepsze relacje członków OSS z otoczeniem osiedlowym', 'osoby', 'result', 1, 0, 0, 40, 20, 20,
       (SELECT max(sort_order) + 10 FROM indicator)
 WHERE EXISTS (SELECT 1 FROM indicator);
)sql";
}

} // namespace osiedle::core
