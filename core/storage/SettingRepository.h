#pragma once

#include <QString>

#include <optional>

namespace osiedle::core {

class Database;

/// Raw storage of the `setting` table (key → text). Typed access belongs to the code that owns
/// a setting (e.g. RecruitmentService's score weights). Throws StorageError.
class SettingRepository {
public:
    explicit SettingRepository(Database& db) : m_db(db) {}

    std::optional<QString> value(const QString& key) const;
    void setValue(const QString& key, const QString& value);

private:
    Database& m_db;
};

} // namespace osiedle::core
