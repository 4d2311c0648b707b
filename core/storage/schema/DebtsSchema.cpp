#include "core/storage/Migrations.h"

// Migration 1, part "debts": a participant's debt account at their SM, its dated ledger,
// instalment plans with their schedule, and eviction cases with their stages.
// Ledger amounts are signed grosze: positive raises the arrears, negative lowers them, so the
// balance on a date is SUM(amount) of entries up to that date.

namespace osiedle::core {

QByteArray Schema::debts()
{
    return R"sql(
CREATE TABLE debt_account (
    id              INTEGER PRIMARY KEY,
    participant_id  INTEGER NOT NULL REFERENCES participant(id),
    housing_coop_id INTEGER NOT NULL REFERENCES housing_coop(id),
    account_number  TEXT NOT NULL DEFAULT '',
    flat            TEXT NOT NULL DEFAULT '',
    title           TEXT NOT NULL DEFAULT 'tenant_right'
                    CHECK (title IN ('tenant_right', 'ownership', 'rental', 'other')),
    opened_on       TEXT NOT NULL CHECK (date(opened_on, '+0 days') = opened_on)
) STRICT;
-- an account number is unique at its SM; accounts without a number yet are allowed
CREATE UNIQUE INDEX debt_account_number ON debt_account(housing_coop_id, account_number) WHERE account_number <> '';
CREATE INDEX debt_account_participant ON debt_account(participant_id);

CREATE TABLE debt_entry (
    id              INTEGER PRIMARY KEY,
    account_id      INTEGER NOT NULL REFERENCES debt_account(id) ON DELETE CASCADE,
    date            TEXT NOT NULL CHECK (date(date, '+0 days') = date),
    kind            TEXT NOT NULL CHECK (kind IN
                    ('opening', 'charge', 'payment', 'wage_payment', 'housing_allowance', 'write_off',
                     'interest', 'correction')),
    amount          INTEGER NOT NULL,          -- signed grosze (+ raises the arrears)
    note            TEXT NOT NULL DEFAULT '',
    wage_month      TEXT CHECK (wage_month IS NULL OR (kind = 'wage_payment' AND wage_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]')),
    CHECK (kind NOT IN ('charge', 'interest', 'opening') OR amount >= 0),
    CHECK (kind NOT IN ('payment', 'wage_payment', 'housing_allowance', 'write_off') OR amount <= 0)
) STRICT;
-- covering: balances and the arrears indicators (entries by kind) read only the index
CREATE INDEX debt_entry_account_date ON debt_entry(account_id, date, kind, amount);
CREATE INDEX debt_entry_date ON debt_entry(date);
-- covering: the sums of one kind up to a day (arrears repaid from wages)
CREATE INDEX debt_entry_kind_date ON debt_entry(kind, date, amount);
-- a month's wage deduction is posted once per account
CREATE UNIQUE INDEX debt_entry_wage_month ON debt_entry(account_id, wage_month) WHERE wage_month IS NOT NULL;
CREATE INDEX debt_entry_wage_run ON debt_entry(wage_month) WHERE wage_month IS NOT NULL;

CREATE TABLE instalment_plan (
    id              INTEGER PRIMARY KEY,
    account_id      INTEGER NOT NULL REFERENCES debt_account(id) ON DELETE CASCADE,
    signed_on       TEXT NOT NULL CHECK (date(signed_on, '+0 days') = signed_on),
    total           INTEGER NOT NULL CHECK (total > 0),   -- grosze
    status          TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'completed', 'broken', 'cancelled')),
    notes           TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX instalment_plan_account ON instalment_plan(account_id, signed_on);
CREATE INDEX instalment_plan_signed ON instalment_plan(signed_on);

CREATE TABLE instalment (
    plan_id         INTEGER NOT NULL REFERENCES instalment_plan(id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL CHECK (seq > 0),
    due_on          TEXT NOT NULL CHECK (date(due_on, '+0 days') = due_on),
    amount          INTEGER NOT NULL CHECK (amount > 0),  -- grosze
    PRIMARY KEY (plan_id, seq)
) STRICT, WITHOUT ROWID;

CREATE TABLE eviction_case (
    id              INTEGER PRIMARY KEY,
    participant_id  INTEGER NOT NULL REFERENCES participant(id),
    account_id      INTEGER REFERENCES debt_account(id),
    court           TEXT NOT NULL DEFAULT '',
    signature       TEXT NOT NULL DEFAULT '',
    social_flat_right INTEGER CHECK (social_flat_right IS NULL OR social_flat_right IN (0, 1)),
    eviction_on     TEXT CHECK (eviction_on IS NULL OR date(eviction_on, '+0 days') = eviction_on),
    notes           TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX eviction_case_participant ON eviction_case(participant_id);

-- The path of a case: one row per stage reached, in date order. The current stage is the
-- latest row.
CREATE TABLE eviction_stage (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES eviction_case(id) ON DELETE CASCADE,
    stage           TEXT NOT NULL CHECK (stage IN
                    ('demand_letter', 'instalment_agreement', 'lawsuit', 'judgment', 'eviction_ordered',
                     'executed', 'suspended', 'withdrawn', 'settled')),
    date            TEXT NOT NULL CHECK (date(date, '+0 days') = date),
    notes           TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX eviction_stage_case ON eviction_stage(case_id, date);
)sql";
}

} // namespace osiedle::core
