#include "core/storage/Migrations.h"

// Migration 1, part "recruitment": housing cooperatives (SM), which OPS/PUP serve them, and
// participants with every field of the participant monitoring (DOMAIN.md).

namespace osiedle::core {

QByteArray Schema::recruitment()
{
    return R"sql(
CREATE TABLE housing_coop (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL CHECK (name <> ''),
    krs            TEXT CHECK (krs IS NULL OR length(krs) = 10),
    nip            TEXT CHECK (nip IS NULL OR length(nip) = 10),
    regon          TEXT CHECK (regon IS NULL OR length(regon) IN (9, 14)),
    street         TEXT NOT NULL DEFAULT '',
    building       TEXT NOT NULL DEFAULT '',
    postal_code    TEXT NOT NULL DEFAULT '',
    locality       TEXT NOT NULL DEFAULT '',
    teryt          TEXT CHECK (teryt IS NULL OR length(teryt) = 7),
    contact_person TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    email          TEXT NOT NULL DEFAULT '',
    flats          INTEGER CHECK (flats IS NULL OR flats >= 0),
    status         TEXT NOT NULL DEFAULT 'applied'
                   CHECK (status IN ('applied', 'qualified', 'rejected', 'withdrawn')),
    applied_on     TEXT CHECK (applied_on IS NULL OR date(applied_on, '+0 days') = applied_on),
    -- date of the current status (qualified / rejected / withdrawn)
    status_on      TEXT CHECK (status_on IS NULL OR date(status_on, '+0 days') = status_on),
    status_reason  TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE UNIQUE INDEX housing_coop_krs ON housing_coop(krs) WHERE krs IS NOT NULL;
CREATE INDEX housing_coop_status ON housing_coop(status, status_on);

CREATE TABLE housing_coop_institution (
    housing_coop_id INTEGER NOT NULL REFERENCES housing_coop(id) ON DELETE CASCADE,
    institution_id  INTEGER NOT NULL REFERENCES institution(id),
    PRIMARY KEY (housing_coop_id, institution_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX housing_coop_institution_inst ON housing_coop_institution(institution_id);

CREATE TABLE participant (
    id                   INTEGER PRIMARY KEY,
    first_name           TEXT NOT NULL DEFAULT '',
    last_name            TEXT NOT NULL DEFAULT '',
    -- PESEL is NULL only with no_pesel = 1 (a foreigner without one)
    pesel                TEXT UNIQUE CHECK (pesel IS NULL OR (length(pesel) = 11 AND pesel NOT GLOB '*[^0-9]*')),
    no_pesel             INTEGER NOT NULL DEFAULT 0 CHECK (no_pesel IN (0, 1)),
    -- derived from PESEL when there is one, typed otherwise
    sex                  TEXT CHECK (sex IS NULL OR sex IN ('F', 'M')),
    birth_date           TEXT CHECK (birth_date IS NULL OR date(birth_date, '+0 days') = birth_date),
    country              TEXT NOT NULL DEFAULT 'Polska',
    education            TEXT CHECK (education IS NULL OR education IN
                         ('none', 'primary', 'lower_secondary', 'upper_secondary', 'post_secondary', 'higher')),
    voivodeship          TEXT NOT NULL DEFAULT '',
    powiat               TEXT NOT NULL DEFAULT '',
    gmina                TEXT NOT NULL DEFAULT '',
    teryt                TEXT CHECK (teryt IS NULL OR (length(teryt) = 7 AND teryt NOT GLOB '*[^0-9]*')),
    area                 TEXT CHECK (area IS NULL OR area IN ('urban', 'rural')),
    locality             TEXT NOT NULL DEFAULT '',
    street               TEXT NOT NULL DEFAULT '',
    building             TEXT NOT NULL DEFAULT '',
    flat                 TEXT NOT NULL DEFAULT '',
    postal_code          TEXT NOT NULL DEFAULT '',
    phone                TEXT NOT NULL DEFAULT '',
    mobile               TEXT NOT NULL DEFAULT '',
    email                TEXT NOT NULL DEFAULT '',
    labour_status        TEXT CHECK (labour_status IS NULL OR labour_status IN
                         ('unemployed', 'long_term_unemployed', 'inactive', 'inactive_in_education', 'employed')),
    unemployed_since     TEXT CHECK (unemployed_since IS NULL OR date(unemployed_since, '+0 days') = unemployed_since),
    disability           INTEGER CHECK (disability IS NULL OR disability IN (0, 1)),
    minority             INTEGER CHECK (minority IS NULL OR minority IN (0, 1)),
    migrant              INTEGER CHECK (migrant IS NULL OR migrant IN (0, 1)),
    housing_coop_id      INTEGER REFERENCES housing_coop(id),
    referral             TEXT CHECK (referral IS NULL OR referral IN ('housing_coop', 'ops', 'pup', 'self', 'other')),
    referral_institution_id INTEGER REFERENCES institution(id),
    arrears_at_entry     INTEGER NOT NULL DEFAULT 0 CHECK (arrears_at_entry >= 0), -- grosze
    eviction_risk        INTEGER NOT NULL DEFAULT 0 CHECK (eviction_risk IN (0, 1)),
    recruited_on         TEXT CHECK (recruited_on IS NULL OR date(recruited_on, '+0 days') = recruited_on),
    recruitment_status   TEXT NOT NULL DEFAULT 'candidate' CHECK (recruitment_status IN
                         ('candidate', 'eligible', 'not_eligible', 'scored', 'qualified', 'reserve', 'rejected', 'resigned')),
    status_on            TEXT CHECK (status_on IS NULL OR date(status_on, '+0 days') = status_on),
    status_reason        TEXT NOT NULL DEFAULT '',
    unmet_criteria       TEXT NOT NULL DEFAULT '',
    score                INTEGER,
    consent_on           TEXT CHECK (consent_on IS NULL OR date(consent_on, '+0 days') = consent_on),
    declaration_on       TEXT CHECK (declaration_on IS NULL OR date(declaration_on, '+0 days') = declaration_on),
    -- maintained by the services: the date of the first support actually received
    -- (first attended session or consultation); NULL until there is one
    participation_start  TEXT CHECK (participation_start IS NULL OR date(participation_start, '+0 days') = participation_start),
    participation_end    TEXT CHECK (participation_end IS NULL OR date(participation_end, '+0 days') = participation_end),
    completion           TEXT CHECK (completion IS NULL OR completion IN ('completed', 'dropped_out')),
    dropout_reason       TEXT NOT NULL DEFAULT '',
    notes                TEXT NOT NULL DEFAULT '',
    CHECK (completion IS NULL OR participation_end IS NOT NULL)
) STRICT;
CREATE INDEX participant_name ON participant(last_name, first_name);
CREATE INDEX participant_status ON participant(recruitment_status, score);
CREATE INDEX participant_start ON participant(participation_start);
CREATE INDEX participant_end ON participant(participation_end);
CREATE INDEX participant_housing_coop ON participant(housing_coop_id);

-- The mandatory monitoring data of a participant, as a bit mask of what is missing (0 = complete).
-- One definition for the indicator calculator, the lists and the data-quality section;
-- core/domain/ParticipantCompleteness names the bits.
CREATE VIEW participant_missing AS
SELECT id AS participant_id,
      (CASE WHEN trim(first_name) = '' OR trim(last_name) = '' THEN 1 ELSE 0 END)
    | (CASE WHEN pesel IS NULL AND no_pesel = 0 THEN 2 ELSE 0 END)
    | (CASE WHEN sex IS NULL THEN 4 ELSE 0 END)
    | (CASE WHEN birth_date IS NULL THEN 8 ELSE 0 END)
    | (CASE WHEN education IS NULL THEN 16 ELSE 0 END)
    | (CASE WHEN teryt IS NULL OR area IS NULL THEN 32 ELSE 0 END)
    | (CASE WHEN trim(locality) = '' OR trim(postal_code) = '' THEN 64 ELSE 0 END)
    | (CASE WHEN labour_status IS NULL THEN 128 ELSE 0 END)
    | (CASE WHEN consent_on IS NULL THEN 256 ELSE 0 END)
    | (CASE WHEN trim(phone) = '' AND trim(mobile) = '' AND trim(email) = '' THEN 512 ELSE 0 END)
      AS missing
FROM participant;
)sql";
}

} // namespace osiedle::core
