#include "core/storage/Transaction.h"

#include "core/storage/Database.h"

#include <sqlite3.h>

namespace osiedle::core {

Transaction::Transaction(Database& db) : m_db(db)
{
    m_db.prepareWrite(); // never a write to a damaged or read-only file
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_committed) {
        // Never throws from a destructor: a failed rollback leaves SQLite to roll back itself.
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_committed = true;
}

} // namespace osiedle::core
