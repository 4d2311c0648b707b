#include "core/storage/Migrations.h"

// Migration 3: what an office sets up for its own project. The beneficiary's register numbers,
// the logo strip printed on every page (the image file's own bytes, so that an SVG stays
// vector), what each partner is responsible for (the former free notes), the people of the
// project office who sign documents, and which of them signs unless another is chosen.

namespace osiedle::core {

QByteArray Schema::projectOffice()
{
    return R"sql(
ALTER TABLE project ADD COLUMN beneficiary_nip TEXT NOT NULL DEFAULT '';
ALTER TABLE project ADD COLUMN beneficiary_regon TEXT NOT NULL DEFAULT '';
ALTER TABLE project ADD COLUMN logo BLOB;
ALTER TABLE project ADD COLUMN logo_format TEXT CHECK (logo_format IS NULL OR logo_format IN ('png', 'jpeg', 'svg'));

ALTER TABLE partner RENAME COLUMN notes TO responsibility;

CREATE TABLE office_staff (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL CHECK (name <> ''),
    role      TEXT NOT NULL CHECK (role IN ('coordinator', 'finance', 'trainer', 'adviser', 'assistant', 'other')),
    position  TEXT NOT NULL DEFAULT ''
) STRICT;

ALTER TABLE project ADD COLUMN signatory_id INTEGER REFERENCES office_staff(id) ON DELETE SET NULL;
)sql";
}

} // namespace osiedle::core
