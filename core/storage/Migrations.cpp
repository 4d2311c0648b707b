#include "core/storage/Migrations.h"

#include "core/history/ChangeScope.h"
#include "core/storage/ChangeLogRepository.h"
#include "core/storage/ChangeLogTriggers.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <functional>
#include <vector>

namespace osiedle::core {

namespace {

struct Migration {
    int version;
    std::function<void(Database&)> apply;
    /// For a migration numbered below one already in use: true when the file has it. A file past
    /// its number without it (made while the higher number was the newest) gets it as well.
    std::function<bool(Database&)> present = {};
};

bool hasColumn(Database& db, const char* table, const char* column)
{
    return db.scalar(QByteArray("SELECT count(*) FROM pragma_table_info('") + table + "') WHERE name = '" + column +
                     "'") > 0;
}

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> all = {
        {1,
         [](Database& db) {
             db.exec(Schema::project());
             db.exec(Schema::recruitment());
             db.exec(Schema::training());
             db.exec(Schema::cooperatives());
             db.exec(Schema::debts());
             db.exec(Schema::products());
             db.exec(Schema::indicators());
         }},
        {2, [](Database& db) { db.exec(Schema::participationStart()); }},
        {3, [](Database& db) { db.exec(Schema::projectOffice()); }},
        // Each column only where it is missing: a file may come from before migration 5 but after
        // migration 6, or be taken back to an earlier version by a test with the columns kept.
        {5,
         [](Database& db) {
             if (!hasColumn(db, "participant", "consent_withdrawn_on")) {
                 db.exec(Schema::consentWithdrawal());
             }
             if (!hasColumn(db, "project", "keep_documents_until")) {
                 db.exec(Schema::archivingDate());
             }
         },
         [](Database& db) {
             return hasColumn(db, "participant", "consent_withdrawn_on") &&
                    hasColumn(db, "project", "keep_documents_until");
         }},
        {6, [](Database& db) { db.exec(Schema::surveys()); }},
        {7, [](Database& db) { db.exec(Schema::changeLog()); }},
        // The history's triggers build a record's changes in one function call instead of one
        // sub-select per column. Nothing in the tables changes: the step exists so that a file
        // of schema 7 has its triggers generated again (as after every step, below).
        {8, [](Database& /*db*/) {}},
    };
    return all;
}

} // namespace

int Migrations::latestVersion()
{
    return migrations().back().version;
}

bool Migrations::pending(Database& db)
{
    const int from = db.userVersion();
    if (from < latestVersion()) {
        return true;
    }
    for (const Migration& m : migrations()) {
        if (m.present && !m.present(db)) {
            return true;
        }
    }
    return false;
}

void Migrations::migrate(Database& db, int upTo)
{
    const int from = db.userVersion();
    // A step's own data changes are not recorded row by row: the history says in one row that
    // the format was brought up to date (a new file's creation is no change of data).
    const ChangeScope scope(ChangeAction::Migration);
    int previous = from;
    for (const Migration& m : migrations()) {
        if (m.version <= from && m.version <= upTo && m.present && !m.present(db)) {
            Transaction tx(db);
            m.apply(db);
            tx.commit();
            continue;
        }
        if (m.version <= from || m.version > upTo) {
            continue;
        }
        Transaction tx(db);
        const bool hadHistory = ChangeLogTriggers::present(db);
        if (hadHistory) {
            ChangeLogTriggers::remove(db); // a step may drop or rename a column they name
        }
        m.apply(db);
        if (ChangeLogTriggers::present(db)) {
            // Generated from the schema as it now is: a table or column just added is covered.
            ChangeLogTriggers::install(db);
            if (from > 0) {
                QJsonObject changes;
                changes.insert(QStringLiteral("schema_version"), QJsonArray{previous, m.version});
                ChangeLogRepository(db).recordSummary(ChangeAction::Migration, QStringLiteral("file"), changes);
            }
        }
        db.exec(QByteArray("PRAGMA user_version = ") + QByteArray::number(m.version));
        tx.commit();
        previous = m.version;
    }
}

} // namespace osiedle::core
