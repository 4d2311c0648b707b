#pragma once

#include <QString>

#include <stdexcept>

namespace osiedle::core {

/// A failure inside storage: the SQLite result code and a message for a person. Thrown by
/// Statement/Database/repositories and caught by services, which return it as an Error; it
/// never reaches the UI.
class StorageError : public std::runtime_error {
public:
    StorageError(int sqliteCode, const QString& message)
        : std::runtime_error(message.toStdString()), m_code(sqliteCode), m_message(message)
    {
    }

    int code() const { return m_code; }
    const QString& message() const { return m_message; }
    /// True when a constraint (UNIQUE, CHECK, FOREIGN KEY, NOT NULL) refused the write.
    bool isConstraint() const { return (m_code & 0xff) == 19; }

private:
    int m_code;
    QString m_message;
};

} // namespace osiedle::core
