#include "ui/common/ProgressTask.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <memory>

namespace osiedle::ui {

bool ProgressTask::Progress::report(qint64 done, qint64 total)
{
    m_done = done;
    m_total = total;
    return !m_cancelled;
}

void ProgressTask::runWork(QWidget* parent, const QString& title, const QString& label, bool cancellable,
                           const std::function<void(Progress&)>& work)
{
    Progress progress;
    QProgressDialog dialog(label, cancellable ? tr("Cancel") : QString(), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("progressTask"));
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(500);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    dialog.setValue(0); // starts the half second after which the dialog shows
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&progress, &dialog, cancellable] {
        if (cancellable) {
            progress.m_cancelled = true;
            dialog.setLabelText(tr("Stopping…"));
        }
    });

    QEventLoop loop;
    std::unique_ptr<QThread> thread(QThread::create([&work, &progress] { work(progress); }));
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    // The dialog shows how far the work has come; it asks, the work never touches the dialog.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&progress, &dialog] {
        const qint64 total = progress.m_total;
        if (total > 0 && !progress.m_cancelled) {
            dialog.setMaximum(1000);
            dialog.setValue(int(progress.m_done * 1000 / total));
        }
    });
    poll.start(100);
    thread->start();
    loop.exec();
    thread->wait();
    poll.stop();
    dialog.reset();
}

} // namespace osiedle::ui
