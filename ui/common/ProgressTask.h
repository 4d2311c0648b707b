#pragma once

#include <QCoreApplication>
#include <QString>
#include <atomic>
#include <functional>
#include <optional>

class QWidget;

namespace osiedle::ui {

/// Work of a second or more (a backup copy, the demo project) run off the window's thread, with
/// a progress dialog that appears after half a second and, where stopping is safe, a Cancel
/// button. The work is a core call; it tells how far it has come and learns whether to go on
/// through Progress. run() returns once the work is done; meanwhile the window keeps painting
/// (its event loop runs) while the dialog, modal to it, keeps its other controls from being used.
class ProgressTask {
    Q_DECLARE_TR_FUNCTIONS(ProgressTask)

public:
    /// What the work gets. Thread-safe.
    class Progress {
    public:
        /// Reports `done` of `total` (e.g. pages copied); returns false once the user cancelled.
        bool report(qint64 done, qint64 total);
        bool cancelled() const { return m_cancelled; }

    private:
        friend class ProgressTask;
        std::atomic<bool> m_cancelled{false};
        std::atomic<qint64> m_done{0};
        std::atomic<qint64> m_total{0};
    };

    /// Runs `work` on a thread of its own under a dialog titled `title` saying `label`; with
    /// `cancellable`, the dialog's Cancel asks the work to stop (through Progress). Returns the
    /// work's result.
    template <typename T>
    static T run(QWidget* parent, const QString& title, const QString& label, bool cancellable,
                 std::function<T(Progress&)> work)
    {
        std::optional<T> result;
        runWork(parent, title, label, cancellable, [&](Progress& progress) { result.emplace(work(progress)); });
        return std::move(*result);
    }

private:
    static void runWork(QWidget* parent, const QString& title, const QString& label, bool cancellable,
                        const std::function<void(Progress&)>& work);
};

} // namespace osiedle::ui
