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
};

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
        {6, [](Database& db) { db.exec(Schema::surveys()); }},
        {7, [](Database& db) { db.exec(Schema::changeLog()); }},
    };
    return all;
}

} // namespace

int Migrations::latestVersion()
{
    return migrations().back().version;
}

void Migrations::migrate(Database& db, int upTo)
{
    const int from = db.userVersion();
    // A step's own data changes are not recorded row by row: the history says in one row that
    // the format was brought up to date (a new file's creation is no change of data).
    const ChangeScope scope(ChangeAction::Migration);
    int previous = from;
    for (const Migration& m : migrations()) {
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
