#pragma once

#include <QByteArray>
#include <QList>

namespace osiedle::core {

class Database;

/// Numbered schema migrations, applied in order of their numbers (which need not be contiguous):
/// each migration above the file's user_version runs
/// in its own transaction together with the user_version bump. Migration 1 creates the whole
/// schema of DOMAIN.md. A migration numbered below one that was released before it (5 after 6)
/// carries a probe: a file already past its number that lacks it gets it too.
namespace Migrations {

int latestVersion();
/// True when the file lacks a migration: its version is older, or a probe finds one missing.
bool pending(Database& db);
/// Applies every migration above the file's user_version (up to `upTo`, for the tests of a
/// migration). Throws StorageError on failure (the failing migration is rolled back).
void migrate(Database& db, int upTo = latestVersion());

} // namespace Migrations

/// The SQL of the migrations: migration 1 in one part per area of the domain (core/storage/schema/*.cpp).
namespace Schema {
QByteArray project();
QByteArray recruitment();
QByteArray training();
QByteArray cooperatives();
QByteArray debts();
QByteArray products();
QByteArray indicators();
/// Migration 2: declared_start beside the participation start kept from the support recorded.
QByteArray participationStart();
/// Migration 3: the office's project settings (beneficiary's numbers, logo strip, partners'
/// responsibilities, office staff, default signatory).
QByteArray projectOffice();
/// Migration 5: the withdrawal of a participant's consent, and the project's archiving date.
QByteArray consentWithdrawal();
QByteArray archivingDate();
/// Migration 6: questionnaires and knowledge tests (instruments, rounds, answers) and the
/// indicators of the scales they measure.
QByteArray surveys();
/// Migration 7: the change history (`change_log`); its triggers come from ChangeLogTriggers.
QByteArray changeLog();
} // namespace Schema

} // namespace osiedle::core
