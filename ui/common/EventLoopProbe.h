#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <optional>
#include <utility>

namespace osiedle::ui {

/// Measures how long the event loop of its thread is kept from handling events: a precise timer
/// ticks every few milliseconds, and any gap between two ticks beyond the interval is time the
/// loop spent in one piece of work (a handler, a layout, a paint). Used by the benchmark's
/// scripted session (OSIEDLE_STARTUP_PROBE=session, see README "Benchmarks"): the longest block
/// is what a user feels as the window freezing. Costs a timer event every interval.
class EventLoopProbe : public QObject {
    Q_OBJECT

public:
    explicit EventLoopProbe(QObject* parent = nullptr, int intervalMs = 2);

    void start();
    void stop();
    /// Names what the program does from now on. A block is reported with the first step named
    /// during it (the work that blocked named itself when it began), else with the step
    /// current when it began.
    void setStep(const QString& step);

    /// The longest time (ms) the loop was blocked since start().
    double longestBlockMs() const { return m_longest; }
    /// The step during which it happened.
    const QString& longestBlockStep() const { return m_longestStep; }
    /// How many blocks since start() were longer than a frame at 60 Hz (16 ms).
    int blocksOver16Ms() const { return m_overFrame; }
    /// Each step named since start(), in order, with the longest block during it (ms).
    const QList<std::pair<QString, double>>& longestByStep() const { return m_byStep; }

private:
    void tick();

    const int m_intervalMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    double m_longest = 0;
    int m_overFrame = 0;
    QString m_step;
    std::optional<QString> m_stepInGap; ///< the first step named since the last tick
    QString m_longestStep;
    QList<std::pair<QString, double>> m_byStep;
};

} // namespace osiedle::ui
