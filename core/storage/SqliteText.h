#pragma once

#include <QDir>
#include <QString>
#include <sqlite3.h>

namespace osiedle::core {

// Texts of the storage messages, shared by the files of Database.

/// A path as the user's system writes it (backslashes on Windows).
inline QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

/// SQLite's message for a failed call: the connection's, or the code's when there is none.
inline QString sqliteMessage(sqlite3* db, int rc)
{
    if (db != nullptr) {
        return QString::fromUtf8(sqlite3_errmsg(db));
    }
    return QString::fromUtf8(sqlite3_errstr(rc));
}

} // namespace osiedle::core
