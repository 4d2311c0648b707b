#pragma once

#include "core/storage/Database.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace osiedle::core {

/// Reads a project file on a thread of its own, so that long reads (the indicator report, the
/// charts over time, the dashboard, the health panel) never hold up the window. The thread has
/// its own read-only connection (Database::openReader: WAL lets it read while the window's
/// connection writes), opened on first use; each read runs in one read transaction, so it sees
/// one consistent state of the file.
///
/// A read has a key naming what it is for ("reports", "dashboard"). Asking again with the same
/// key drops the older request: a queued one is never run, a running one is interrupted, and
/// neither result is handed over. So when the data changes and a view asks again, a result of
/// the data before the change can never overwrite one of the data after it. invalidate() drops
/// a key's request without asking again (a view out of sight that will ask when shown).
///
/// Results are handed to `done` on the thread this object lives in (the window's), and only
/// while `receiver` exists. A read that throws StorageError (or any std::exception) hands its
/// message to `failed` instead. Created and used on one thread; the reading thread is its own.
class BackgroundReader : public QObject {
    Q_OBJECT

public:
    explicit BackgroundReader(QString path, QObject* parent = nullptr);
    /// Drops every request, interrupts the running one and waits for the thread to end.
    ~BackgroundReader() override;

    template <typename T>
    void read(QObject* receiver, const QString& key, std::function<T(Database&)> work, std::function<void(T)> done,
              std::function<void(const QString&)> failed = {})
    {
        auto result = std::make_shared<std::optional<T>>();
        submit(
            receiver, key, [work = std::move(work), result](Database& db) { result->emplace(work(db)); },
            [done = std::move(done), failed = std::move(failed), result](const QString* error) {
                if (error == nullptr) {
                    done(std::move(**result));
                } else if (failed) {
                    failed(*error);
                }
            });
    }

    /// Drops the request of `key`, queued or running: its result will not be handed over.
    void invalidate(const QString& key);
    /// True while a request is queued or running or its result is still to be handed over.
    bool busy() const { return m_outstanding > 0; }
    /// Handles events until nothing is busy or `timeoutMs` passed; true when idle. For callers
    /// that need the latest result before going on (tests, printing the report shown).
    bool waitIdle(int timeoutMs = 60000);

signals:
    /// Every request has been handed over or dropped.
    void idle();

private:
    struct Job;
    using Work = std::function<void(Database&)>;
    /// Called with nullptr on success, else with the error's message.
    using Deliver = std::function<void(const QString* error)>;

    void submit(QObject* receiver, const QString& key, Work work, Deliver deliver);
    /// Marks the requests of `key`, queued or running, as dropped; m_mutex is held.
    void dropLocked(const QString& key);
    void loop();
    void finish(const std::shared_ptr<Job>& job, const std::optional<QString>& error);

    const QString m_path;
    int m_outstanding = 0; ///< submitted and not yet handed over or dropped (the owner's thread)
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::shared_ptr<Job>> m_queue; ///< guarded by m_mutex
    std::shared_ptr<Job> m_running;           ///< guarded by m_mutex
    bool m_stopping = false;                  ///< guarded by m_mutex
    std::thread m_thread;
};

} // namespace osiedle::core
