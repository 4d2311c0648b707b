#include "core/storage/Migrations.h"

// Migration 1, part "indicators": the indicator catalogue with editable targets, manual values
// of the office's own indicators, and the reporting periods (payment claims) with locking.

namespace osiedle::core {

QByteArray Schema::indicators()
{
    return R"sql(
CREATE TABLE indicator (
    code            TEXT PRIMARY KEY CHECK (code <> ''),
    name            TEXT NOT NULL CHECK (name <> ''),
    objective       TEXT NOT NULL DEFAULT '',
    unit            TEXT NOT NULL DEFAULT '',
    kind            TEXT NOT NULL CHECK (kind IN ('product', 'result')),
    split_by_sex    INTEGER NOT NULL DEFAULT 0 CHECK (split_by_sex IN (0, 1)),
    money           INTEGER NOT NULL DEFAULT 0 CHECK (money IN (0, 1)),
    manual          INTEGER NOT NULL DEFAULT 0 CHECK (manual IN (0, 1)),  -- value typed per period
    target_total    INTEGER CHECK (target_total IS NULL OR target_total >= 0),
    target_women    INTEGER CHECK (target_women IS NULL OR target_women >= 0),
    target_men      INTEGER CHECK (target_men IS NULL OR target_men >= 0),
    sort_order      INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE reporting_period (
    id              INTEGER PRIMARY KEY,
    number          INTEGER NOT NULL UNIQUE CHECK (number > 0),
    from_date       TEXT NOT NULL CHECK (date(from_date, '+0 days') = from_date),
    to_date         TEXT NOT NULL CHECK (date(to_date, '+0 days') = to_date),
    claim_number    TEXT NOT NULL DEFAULT '',
    problems        TEXT NOT NULL DEFAULT '',
    plans           TEXT NOT NULL DEFAULT '',
    prepared_by     TEXT NOT NULL DEFAULT '',
    prepared_role   TEXT NOT NULL DEFAULT '',
    place           TEXT NOT NULL DEFAULT '',
    prepared_on     TEXT CHECK (prepared_on IS NULL OR date(prepared_on, '+0 days') = prepared_on),
    locked_on       TEXT,                       -- ISO date-time of locking; NULL = open
    locked_report   TEXT,                       -- the report as computed when locked (JSON)
    CHECK (from_date <= to_date),
    CHECK ((locked_on IS NULL) = (locked_report IS NULL))
) STRICT;
CREATE INDEX reporting_period_dates ON reporting_period(from_date, to_date);

CREATE TABLE period_lock_log (
    id              INTEGER PRIMARY KEY,
    period_id       INTEGER NOT NULL REFERENCES reporting_period(id) ON DELETE CASCADE,
    action          TEXT NOT NULL CHECK (action IN ('lock', 'unlock')),
    at              TEXT NOT NULL,
    by_whom         TEXT NOT NULL DEFAULT '',
    reason          TEXT NOT NULL DEFAULT '',
    CHECK (action = 'lock' OR reason <> '')
) STRICT;

CREATE TABLE indicator_manual_value (
    indicator_code  TEXT NOT NULL REFERENCES indicator(code) ON DELETE CASCADE ON UPDATE CASCADE,
    period_id       INTEGER NOT NULL REFERENCES reporting_period(id) ON DELETE CASCADE,
    total           INTEGER NOT NULL CHECK (total >= 0),
    women           INTEGER CHECK (women IS NULL OR women >= 0),
    men             INTEGER CHECK (men IS NULL OR men >= 0),
    PRIMARY KEY (indicator_code, period_id)
) STRICT, WITHOUT ROWID;
)sql";
}

} // namespace osiedle::core
