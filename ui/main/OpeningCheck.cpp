#include "ui/main/OpeningCheck.h"

#include "core/storage/BackupStore.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"

#include <QThread>
#include <future>

namespace osiedle::ui {

namespace {

struct Verdict {
    QString copy;
    QStringList problems;
    QString failure;
};

// Runs in the worker thread, on its own read-only connection to the project.
Verdict checkProject(const QString& path, const QString& folder)
{
    Verdict verdict;
    auto opened = core::Database::open(path, core::Database::Mode::ReadOnly);
    if (!opened) {
        verdict.problems << opened.error().message;
        return verdict;
    }
    core::Database& db = *opened.value();
    const auto daily = core::BackupStore::makeDailyIfNeeded(db, folder);
    if (daily && daily.value()) {
        verdict.copy = daily.value()->path; // its check answers for the project
        return verdict;
    }
    if (!daily) {
        verdict.failure = daily.error().message;
    }
    try {
        verdict.problems = db.quickCheckProblems();
    } catch (const core::StorageError& e) {
        verdict.problems << e.message();
    }
    return verdict;
}

} // namespace

OpeningCheck::OpeningCheck(core::Database& db, const QString& backupFolder, QObject* parent) : QObject(parent)
{
    auto promise = std::make_shared<std::promise<QStringList>>();
    db.setPendingCheck(promise->get_future().share());
    const QString path = db.path();
    m_thread = QThread::create([this, promise, path, backupFolder] {
        Verdict verdict;
        try {
            verdict = checkProject(path, backupFolder);
        } catch (const std::exception& e) {
            verdict.problems << QString::fromLocal8Bit(e.what());
        }
        promise->set_value(verdict.problems); // never left unset: the first write waits on it
        QMetaObject::invokeMethod(
            this, [this, verdict] { emit finished(verdict.copy, verdict.problems, verdict.failure); },
            Qt::QueuedConnection);
    });
    m_thread->start(QThread::LowPriority);
}

OpeningCheck::~OpeningCheck()
{
    wait();
    delete m_thread;
}

void OpeningCheck::wait()
{
    if (m_thread != nullptr) {
        m_thread->wait();
    }
}

} // namespace osiedle::ui
