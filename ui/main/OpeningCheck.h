#pragma once

#include <QObject>
#include <QString>
#include <memory>

class QThread;

namespace osiedle::core {
class Database;
}

namespace osiedle::ui {

/// What is done in the background when a project is opened for changes, so that the window
/// shows at once: the day's backup copy when the day has none yet, and the check the file must
/// pass before its first change (the new copy's check answers for it, as the copy holds the
/// project's pages; without a copy to make, PRAGMA quick_check of the project). It reads the
/// file through its own connection; the project's Database waits for the verdict at its first
/// write (Database::setPendingCheck). Destroying it waits for the work to end.
class OpeningCheck : public QObject {
    Q_OBJECT

public:
    /// Starts at once for the open (writable) project `db`, copying into `backupFolder`.
    OpeningCheck(core::Database& db, const QString& backupFolder, QObject* parent = nullptr);
    ~OpeningCheck() override;

    /// Waits until the work is done (tests).
    void wait();

signals:
    /// The work is done: `copy` is the day's new copy (empty when none was made), `problems`
    /// what the check found (empty: the file is sound), `failure` why the copy failed (empty
    /// when it did not).
    void finished(const QString& copy, const QStringList& problems, const QString& failure);

private:
    QThread* m_thread = nullptr;
};

} // namespace osiedle::ui
