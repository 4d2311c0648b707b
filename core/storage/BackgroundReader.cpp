#include "core/storage/BackgroundReader.h"

#include "core/storage/StorageError.h"

#include <QEventLoop>
#include <QTimer>

namespace osiedle::core {

struct BackgroundReader::Job {
    QString key;
    QPointer<QObject> receiver;
    Work work;
    Deliver deliver;
    /// Set when a newer request of the same key came (or on invalidate): not run if still
    /// queued, interrupted if running, never handed over.
    std::atomic<bool> cancelled{false};
};

BackgroundReader::BackgroundReader(QString path, QObject* parent)
    : QObject(parent), m_path(std::move(path)), m_thread([this] { loop(); })
{}

BackgroundReader::~BackgroundReader()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        for (const auto& job : m_queue) {
            job->cancelled = true;
        }
        if (m_running) {
            m_running->cancelled = true;
        }
    }
    m_wake.notify_all();
    m_thread.join();
}

void BackgroundReader::submit(QObject* receiver, const QString& key, Work work, Deliver deliver)
{
    auto job = std::make_shared<Job>();
    job->key = key;
    job->receiver = receiver;
    job->work = std::move(work);
    job->deliver = std::move(deliver);
    ++m_outstanding;
    {
        const std::lock_guard lock(m_mutex);
        dropLocked(key);
        m_queue.push_back(job);
    }
    m_wake.notify_one();
}

void BackgroundReader::invalidate(const QString& key)
{
    const std::lock_guard lock(m_mutex);
    dropLocked(key);
}

void BackgroundReader::dropLocked(const QString& key)
{
    for (const auto& queued : m_queue) {
        if (queued->key == key) {
            queued->cancelled = true;
        }
    }
    if (m_running && m_running->key == key) {
        m_running->cancelled = true;
    }
}

bool BackgroundReader::waitIdle(int timeoutMs)
{
    if (!busy()) {
        return true;
    }
    QEventLoop loop;
    connect(this, &BackgroundReader::idle, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return !busy();
}

void BackgroundReader::loop()
{
    // The connection belongs to this thread: opened on the first request, closed when it ends.
    std::unique_ptr<Database> db;
    while (true) {
        std::shared_ptr<Job> job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_stopping) {
                break;
            }
            job = m_queue.front();
            m_queue.pop_front();
            m_running = job;
        }
        std::optional<QString> error;
        if (!job->cancelled) {
            if (!db) {
                auto opened = Database::openReader(m_path);
                if (opened) {
                    db = std::move(opened.value());
                } else {
                    error = opened.error().message;
                }
            }
            if (db) {
                db->setInterruptFlag(&job->cancelled);
                try {
                    db->exec("BEGIN");
                    job->work(*db);
                    // A query read part way would keep this read transaction (and its old view
                    // of the file) open past the end of the job.
                    db->resetStatements();
                    db->exec("COMMIT");
                } catch (const StorageError& e) {
                    error = e.message();
                } catch (const std::exception& e) {
                    error = QString::fromUtf8(e.what());
                }
                if (error) {
                    db->resetStatements();
                    try {
                        db->exec("ROLLBACK");
                    } catch (const StorageError&) {
                        // An interrupted statement may have ended the transaction already.
                    }
                }
                db->setInterruptFlag(nullptr);
            }
        }
        {
            const std::lock_guard lock(m_mutex);
            m_running.reset();
        }
        finish(job, error);
    }
}

void BackgroundReader::finish(const std::shared_ptr<Job>& job, const std::optional<QString>& error)
{
    // On the owner's thread; dropped with this object when it is destroyed first.
    QMetaObject::invokeMethod(
        this,
        [this, job, error] {
            if (!job->cancelled && job->receiver) {
                job->deliver(error ? &*error : nullptr);
            }
            if (--m_outstanding == 0) {
                emit idle();
            }
        },
        Qt::QueuedConnection);
}

} // namespace osiedle::core
