#include "core/storage/Migrations.h"

#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

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
    for (const Migration& m : migrations()) {
        if (m.version <= from || m.version > upTo) {
            continue;
        }
        Transaction tx(db);
        m.apply(db);
        db.exec(QByteArray("PRAGMA user_version = ") + QByteArray::number(m.version));
        tx.commit();
    }
}

} // namespace osiedle::core
