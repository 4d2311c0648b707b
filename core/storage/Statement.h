#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace osiedle::core {

/// A prepared SQLite statement. Binding indexes are 1-based (SQLite's), column indexes 0-based.
/// Dates bind and read as 'YYYY-MM-DD' text; an invalid QDate or std::nullopt binds NULL.
/// Errors throw StorageError. Move-only; not thread-safe (one connection, one thread).
class Statement {
public:
    Statement(sqlite3* db, const QByteArray& sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::nullopt_t);
    Statement& bind(int index, int value);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, bool value);
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const char* value);
    Statement& bind(int index, const QDate& value);
    Statement& bind(int index, const QByteArray& blob);
    template <typename T>
    Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bind(index, std::nullopt);
    }
    /// Binds by parameter name (":name").
    template <typename T>
    Statement& bind(const char* name, const T& value)
    {
        return bind(parameterIndex(name), value);
    }

    /// Advances to the next row; false when done. Throws on error.
    bool step();
    /// Runs a statement that returns no rows (or ignores them), then resets it.
    void exec();
    /// Resets for another run and clears bindings.
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const;
    bool boolean(int column) const { return int64(column) != 0; }
    double real(int column) const;
    QString text(int column) const;
    QDate date(int column) const;
    std::optional<qint64> optInt64(int column) const;
    std::optional<QDate> optDate(int column) const;
    QByteArray blob(int column) const;

    sqlite3_stmt* handle() const { return m_stmt; }

private:
    int parameterIndex(const char* name) const;
    void check(int rc) const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace osiedle::core
