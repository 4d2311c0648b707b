#pragma once

#include "core/domain/Enums.h"
#include "core/storage/Statement.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <span>

namespace osiedle::core {

// Helpers of the repositories: enum columns by their stored key (Enums.h), NULL for "not set",
// and the uses of a row in words.

template <typename E>
std::optional<QString> optionalKey(const std::optional<E>& value)
{
    return value ? std::optional<QString>(key(*value)) : std::nullopt;
}

template <typename E>
std::optional<E> readKey(const Statement& st, int column)
{
    return st.isNull(column) ? std::nullopt : parseKey<E>(st.text(column));
}

inline std::optional<qint64> optionalId(const Statement& st, int column)
{
    return st.isNull(column) ? std::nullopt : std::optional<qint64>(st.int64(column));
}

inline std::optional<bool> optionalBool(const Statement& st, int column)
{
    return st.isNull(column) ? std::nullopt : std::optional<bool>(st.int64(column) != 0);
}

/// Text for a NOT NULL column: a null QString binds NULL, so it becomes an empty text.
inline QString notNull(const QString& text)
{
    return text.isNull() ? QString::fromLatin1("") : text;
}

/// Empty text as NULL (for optional identifiers such as NIP or TERYT).
inline std::optional<QString> nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

class Database;

/// One kind of record that can refer to a row: a count query with one `?` (the row's id) and
/// the words for it with %n for the count (translated in `context`).
struct UseQuery {
    const char* sql;
    const char* what;
};

/// The uses of a row that exist, in words ("2 course enrolments"), for refusing a delete.
QStringList describeUses(Database& db, qint64 id, std::span<const UseQuery> uses, const char* context);

} // namespace osiedle::core
