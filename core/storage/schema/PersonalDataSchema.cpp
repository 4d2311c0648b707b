#include "core/storage/Migrations.h"

// Migration 5: what the law asks of personal data kept for a project. A person may withdraw the
// consent to data processing (the date is kept beside the date it was given), and the project
// keeps its documents until a date set by the funding contract (the archiving obligation):
// before it, a participant's record may not be erased; after it, the persons can be anonymised.

namespace osiedle::core {

QByteArray Schema::consentWithdrawal()
{
    return R"sql(
ALTER TABLE participant ADD COLUMN consent_withdrawn_on TEXT
    CHECK (consent_withdrawn_on IS NULL OR date(consent_withdrawn_on, '+0 days') = consent_withdrawn_on);
)sql";
}

QByteArray Schema::archivingDate()
{
    return R"sql(
ALTER TABLE project ADD COLUMN keep_documents_until TEXT
    CHECK (keep_documents_until IS NULL OR date(keep_documents_until, '+0 days') = keep_documents_until);
)sql";
}

} // namespace osiedle::core
