#pragma once

#include "core/storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace osiedle::test {

/// A fresh project file with every migration applied, in its own temporary folder that is
/// removed afterwards. Never shared between tests.
class TempProject {
public:
    TempProject();
    core::Database& db() { return *m_db; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    /// Closes the database (releases the lock), e.g. before a test reopens the file.
    void close() { m_db.reset(); }
    /// Opens the file again after close().
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<core::Database> m_db;
};

} // namespace osiedle::test
