#pragma once

namespace osiedle::core {

class Database;

/// RAII transaction: BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit()
/// was called. Nested use is not supported (SQLite has no nested BEGIN); use one per service
/// operation. Throws StorageError when BEGIN or COMMIT fails, and before BEGIN when the file is
/// open read-only or is damaged (Database::prepareWrite): nothing is ever written to such a file.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();
    bool committed() const { return m_committed; }

private:
    Database& m_db;
    bool m_committed = false;
};

} // namespace osiedle::core
