#pragma once

#include <QString>

struct sqlite3;

namespace osiedle::bench {

/// A connection of the benchmark's own to a project file, for the floors: the sqlite3 C API with
/// nothing of the program's storage layer. It registers what the floors' SQL needs the way any
/// SQLite user would: the "pl" collation (QCollator, Polish, case-insensitive, numbers by value)
/// and fold() (lower case without diacritics), and gives itself the page cache the program's
/// connection has, so that both read from memory alike. Opens the file for reading and writing
/// (the floors of writes need it) without the program's lock file. Not thread-safe.
class FloorConnection {
public:
    /// Throws std::runtime_error when the file cannot be opened.
    explicit FloorConnection(const QString& path);
    ~FloorConnection();
    FloorConnection(const FloorConnection&) = delete;
    FloorConnection& operator=(const FloorConnection&) = delete;

    sqlite3* handle() const { return m_db; }
    const QString& path() const { return m_path; }

    /// Runs statements that return nothing. Throws std::runtime_error with SQLite's message.
    void exec(const char* sql) const;

private:
    QString m_path;
    sqlite3* m_db = nullptr;
};

} // namespace osiedle::bench
