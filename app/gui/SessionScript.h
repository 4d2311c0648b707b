#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <vector>

namespace osiedle::ui {
class EventLoopProbe;
class MainWindow;
} // namespace osiedle::ui

namespace osiedle::app {

/// A user's session played on the real window for the benchmark (OSIEDLE_STARTUP_PROBE=session,
/// see README "Benchmarks"): open every section, open the OSS health panel, change a
/// participant on their card, mark attendance in a course's grid, open the report and switch
/// between periods. Each step is done as a user does it (through the widgets and the undo
/// stack), then the script waits, as a user waits, until the background reads are done and the
/// window has been idle for a moment. An EventLoopProbe measures the longest time the window's
/// event loop is blocked all along; at the end the result is printed as
/// "probe: session longest X ms during STEP, N blocks over 16 ms, T ms" and `finished` is
/// emitted.
class SessionScript : public QObject {
    Q_OBJECT

public:
    explicit SessionScript(ui::MainWindow& window, QObject* parent = nullptr);
    ~SessionScript() override;

    void start();

signals:
    void finished();

private:
    struct Step {
        QString name;
        std::function<void()> run;
    };
    void buildSteps();
    void next();
    void changeParticipant();
    void markAttendance();
    void choosePeriod(int fromLast);

    ui::MainWindow& m_window;
    ui::EventLoopProbe* m_probe;
    std::vector<Step> m_steps;
    std::size_t m_next = 0;
    qint64 m_startedMs = 0;
};

} // namespace osiedle::app
