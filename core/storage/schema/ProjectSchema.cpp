#include "core/storage/Migrations.h"

// Migration 1, part "project": the funded project, its partners, the institutions that refer
// people (OPS/PUP) and typed application settings. Dates are 'YYYY-MM-DD' text checked with
// date(), money is integer grosze, booleans are 0/1.

namespace osiedle::core {

QByteArray Schema::project()
{
    return R"sql(
CREATE TABLE project (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    contract_number    TEXT NOT NULL DEFAULT '',
    title              TEXT NOT NULL,
    programme          TEXT NOT NULL DEFAULT 'Program Operacyjny Kapitał Ludzki 2007–2013',
    priority           TEXT NOT NULL DEFAULT 'VII. Promocja integracji społecznej',
    measure            TEXT NOT NULL DEFAULT '7.2.2 Wsparcie ekonomii społecznej',
    region             TEXT NOT NULL DEFAULT 'mazowieckie',
    beneficiary        TEXT NOT NULL DEFAULT '',
    beneficiary_address TEXT NOT NULL DEFAULT '',
    start_date         TEXT NOT NULL CHECK (date(start_date, '+0 days') = start_date),
    end_date           TEXT NOT NULL CHECK (date(end_date, '+0 days') = end_date),
    founding_rules     TEXT NOT NULL DEFAULT '2009' CHECK (founding_rules IN ('2009', '2018')),
    collect_disability INTEGER NOT NULL DEFAULT 0 CHECK (collect_disability IN (0, 1)),
    collect_minority   INTEGER NOT NULL DEFAULT 0 CHECK (collect_minority IN (0, 1)),
    collect_migrant    INTEGER NOT NULL DEFAULT 0 CHECK (collect_migrant IN (0, 1)),
    place              TEXT NOT NULL DEFAULT '',
    CHECK (start_date <= end_date)
) STRICT;

CREATE TABLE partner (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL CHECK (name <> ''),
    role      TEXT NOT NULL CHECK (role IN ('leader', 'partner')),
    nip       TEXT,
    regon     TEXT,
    krs       TEXT,
    address   TEXT NOT NULL DEFAULT '',
    contact   TEXT NOT NULL DEFAULT '',
    notes     TEXT NOT NULL DEFAULT ''
) STRICT;

-- OPS (social welfare centre) and PUP (county labour office).
CREATE TABLE institution (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL CHECK (kind IN ('ops', 'pup')),
    name           TEXT NOT NULL CHECK (name <> ''),
    street         TEXT NOT NULL DEFAULT '',
    building       TEXT NOT NULL DEFAULT '',
    postal_code    TEXT NOT NULL DEFAULT '',
    locality       TEXT NOT NULL DEFAULT '',
    teryt          TEXT CHECK (teryt IS NULL OR length(teryt) = 7),
    contact_person TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    email          TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX institution_kind ON institution(kind);

-- Typed settings live in core (one Settings class); this is only their storage.
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
)sql";
}

} // namespace osiedle::core
