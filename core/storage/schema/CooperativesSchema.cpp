#include "core/storage/Migrations.h"

// Migration 1, part "cooperatives": social cooperatives (OSS) with their founding steps,
// members and employment, SM–OSS cooperation agreements, work orders with hours worked, and
// the service point with its sales. Money in grosze; VAT rate in basis points (2300 = 23 %).

namespace osiedle::core {

QByteArray Schema::cooperatives()
{
    return R"sql(
CREATE TABLE social_coop (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL CHECK (name <> ''),
    housing_coop_id INTEGER REFERENCES housing_coop(id),    -- the SM it was founded with
    krs             TEXT CHECK (krs IS NULL OR length(krs) = 10),
    nip             TEXT CHECK (nip IS NULL OR length(nip) = 10),
    regon           TEXT CHECK (regon IS NULL OR length(regon) IN (9, 14)),
    street          TEXT NOT NULL DEFAULT '',
    building        TEXT NOT NULL DEFAULT '',
    postal_code     TEXT NOT NULL DEFAULT '',
    locality        TEXT NOT NULL DEFAULT '',
    teryt           TEXT CHECK (teryt IS NULL OR length(teryt) = 7),
    business_idea   TEXT NOT NULL DEFAULT '',
    dissolved_on    TEXT CHECK (dissolved_on IS NULL OR date(dissolved_on, '+0 days') = dissolved_on),
    notes           TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE UNIQUE INDEX social_coop_krs ON social_coop(krs) WHERE krs IS NOT NULL;

-- The founding path as dated steps; the status of an OSS is derived from them
-- (core/domain/FoundingPath). One row per step that has been done.
CREATE TABLE founding_step (
    id              INTEGER PRIMARY KEY,
    social_coop_id  INTEGER NOT NULL REFERENCES social_coop(id) ON DELETE CASCADE,
    step            TEXT NOT NULL CHECK (step IN
                    ('founding_group', 'business_idea', 'statute_drafted', 'founding_meeting', 'krs_filed',
                     'registered', 'nip_regon', 'grant_applied', 'grant_granted', 'bridging_support',
                     'agreement_signed', 'inauguration')),
    done_on         TEXT NOT NULL CHECK (date(done_on, '+0 days') = done_on),
    amount          INTEGER CHECK (amount IS NULL OR amount >= 0),   -- grants, bridging support (grosze)
    source          TEXT NOT NULL DEFAULT '',
    months          INTEGER CHECK (months IS NULL OR months > 0),   -- bridging support
    notes           TEXT NOT NULL DEFAULT '',
    UNIQUE (social_coop_id, step)
) STRICT;
CREATE INDEX founding_step_step ON founding_step(step, done_on);

CREATE TABLE membership (
    id              INTEGER PRIMARY KEY,
    social_coop_id  INTEGER NOT NULL REFERENCES social_coop(id) ON DELETE CASCADE,
    participant_id  INTEGER REFERENCES participant(id),
    person_name     TEXT NOT NULL DEFAULT '',   -- for members who are not project participants
    legal_person    INTEGER NOT NULL DEFAULT 0 CHECK (legal_person IN (0, 1)),
    eligible_group  INTEGER NOT NULL DEFAULT 1 CHECK (eligible_group IN (0, 1)),
    role            TEXT NOT NULL CHECK (role IN
                    ('founder', 'member', 'board_president', 'board_member', 'supervisory_board')),
    from_date       TEXT NOT NULL CHECK (date(from_date, '+0 days') = from_date),
    to_date         TEXT CHECK (to_date IS NULL OR date(to_date, '+0 days') = to_date),
    CHECK (participant_id IS NOT NULL OR person_name <> ''),
    CHECK (to_date IS NULL OR from_date <= to_date)
) STRICT;
CREATE INDEX membership_coop ON membership(social_coop_id, from_date);
CREATE INDEX membership_participant ON membership(participant_id);

CREATE TABLE employment (
    id              INTEGER PRIMARY KEY,
    participant_id  INTEGER NOT NULL REFERENCES participant(id),
    social_coop_id  INTEGER REFERENCES social_coop(id),          -- NULL: another employer
    employer_name   TEXT NOT NULL DEFAULT '',
    contract        TEXT NOT NULL CHECK (contract IN ('cooperative', 'employment', 'civil_law')),
    start_date      TEXT NOT NULL CHECK (date(start_date, '+0 days') = start_date),
    end_date        TEXT CHECK (end_date IS NULL OR date(end_date, '+0 days') = end_date),
    fte_permille    INTEGER NOT NULL DEFAULT 1000 CHECK (fte_permille BETWEEN 1 AND 1000),
    hourly_rate     INTEGER CHECK (hourly_rate IS NULL OR hourly_rate >= 0),     -- grosze per hour
    -- the share of the wage that goes to the member's arrears (working off arrears)
    deduction_kind  TEXT CHECK (deduction_kind IS NULL OR deduction_kind IN ('percent', 'fixed')),
    deduction_value INTEGER CHECK (deduction_value IS NULL OR deduction_value >= 0), -- basis points or grosze
    CHECK (end_date IS NULL OR start_date <= end_date)
) STRICT;
CREATE INDEX employment_participant ON employment(participant_id, start_date);
CREATE INDEX employment_coop ON employment(social_coop_id, start_date);

CREATE TABLE cooperation_agreement (
    id              INTEGER PRIMARY KEY,
    housing_coop_id INTEGER NOT NULL REFERENCES housing_coop(id),
    social_coop_id  INTEGER NOT NULL REFERENCES social_coop(id),
    number          TEXT NOT NULL DEFAULT '',
    signed_on       TEXT NOT NULL CHECK (date(signed_on, '+0 days') = signed_on),
    valid_from      TEXT CHECK (valid_from IS NULL OR date(valid_from, '+0 days') = valid_from),
    valid_to        TEXT CHECK (valid_to IS NULL OR date(valid_to, '+0 days') = valid_to),
    inaugurated_on  TEXT CHECK (inaugurated_on IS NULL OR date(inaugurated_on, '+0 days') = inaugurated_on),
    scope           TEXT NOT NULL DEFAULT '',   -- comma-separated work kinds
    notes           TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX agreement_signed ON cooperation_agreement(signed_on);
CREATE INDEX agreement_social_coop ON cooperation_agreement(social_coop_id);

CREATE TABLE work_order (
    id              INTEGER PRIMARY KEY,
    housing_coop_id INTEGER NOT NULL REFERENCES housing_coop(id),
    social_coop_id  INTEGER NOT NULL REFERENCES social_coop(id),
    year            INTEGER NOT NULL,
    seq             INTEGER NOT NULL CHECK (seq > 0),      -- number = seq/year per SM
    estate          TEXT NOT NULL DEFAULT '',
    kind            TEXT NOT NULL CHECK (kind IN ('cleaning', 'renovation', 'greenery', 'other')),
    description     TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT 'draft' CHECK (status IN
                    ('draft', 'ordered', 'in_progress', 'completed', 'accepted', 'invoiced', 'paid', 'cancelled')),
    ordered_on      TEXT CHECK (ordered_on IS NULL OR date(ordered_on, '+0 days') = ordered_on),
    due_on          TEXT CHECK (due_on IS NULL OR date(due_on, '+0 days') = due_on),
    completed_on    TEXT CHECK (completed_on IS NULL OR date(completed_on, '+0 days') = completed_on),
    accepted_on     TEXT CHECK (accepted_on IS NULL OR date(accepted_on, '+0 days') = accepted_on),
    invoice_number  TEXT NOT NULL DEFAULT '',
    invoiced_on     TEXT CHECK (invoiced_on IS NULL OR date(invoiced_on, '+0 days') = invoiced_on),
    paid_on         TEXT CHECK (paid_on IS NULL OR date(paid_on, '+0 days') = paid_on),
    net_amount      INTEGER NOT NULL DEFAULT 0 CHECK (net_amount >= 0),     -- grosze
    vat_rate        INTEGER NOT NULL DEFAULT 2300 CHECK (vat_rate BETWEEN 0 AND 10000), -- basis points
    series          TEXT NOT NULL DEFAULT '',   -- orders created together as a recurring series
    UNIQUE (housing_coop_id, year, seq)
) STRICT;
CREATE INDEX work_order_coop ON work_order(social_coop_id, ordered_on);
-- covering: the value of the orders accepted up to a day and per month per OSS (indicators, charts)
CREATE INDEX work_order_accepted ON work_order(accepted_on, status, net_amount, social_coop_id);
CREATE INDEX work_order_status ON work_order(status, due_on);

CREATE TABLE work_hours (
    id              INTEGER PRIMARY KEY,
    work_order_id   INTEGER NOT NULL REFERENCES work_order(id) ON DELETE CASCADE,
    participant_id  INTEGER NOT NULL REFERENCES participant(id),
    date            TEXT NOT NULL CHECK (date(date, '+0 days') = date),
    minutes         INTEGER NOT NULL CHECK (minutes > 0 AND minutes <= 1440),
    UNIQUE (work_order_id, participant_id, date)
) STRICT;
CREATE INDEX work_hours_participant ON work_hours(participant_id, date);

CREATE TABLE service_point (
    id              INTEGER PRIMARY KEY,
    social_coop_id  INTEGER NOT NULL UNIQUE REFERENCES social_coop(id) ON DELETE CASCADE,
    opened_on       TEXT NOT NULL CHECK (date(opened_on, '+0 days') = opened_on),
    address         TEXT NOT NULL DEFAULT '',
    services        TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE service_sale (
    id              INTEGER PRIMARY KEY,
    social_coop_id  INTEGER NOT NULL REFERENCES social_coop(id) ON DELETE CASCADE,
    date            TEXT NOT NULL CHECK (date(date, '+0 days') = date),
    client_kind     TEXT NOT NULL CHECK (client_kind IN ('resident', 'business', 'institution')),
    service         TEXT NOT NULL DEFAULT '',
    amount          INTEGER NOT NULL CHECK (amount >= 0)   -- grosze
) STRICT;
CREATE INDEX service_sale_coop ON service_sale(social_coop_id, date);
)sql";
}

} // namespace osiedle::core
