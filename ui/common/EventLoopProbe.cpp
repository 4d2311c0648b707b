#include "ui/common/EventLoopProbe.h"

#include <algorithm>

namespace osiedle::ui {

EventLoopProbe::EventLoopProbe(QObject* parent, int intervalMs) : QObject(parent), m_intervalMs(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopProbe::tick);
}

void EventLoopProbe::start()
{
    m_longest = 0;
    m_overFrame = 0;
    m_longestStep.clear();
    m_byStep = {{m_step, 0.0}};
    m_stepInGap.reset();
    m_clock.start();
    m_lastNs = m_clock.nsecsElapsed();
    m_timer.start();
}

void EventLoopProbe::stop()
{
    if (m_timer.isActive()) {
        tick(); // a block still going on counts up to now
        m_timer.stop();
    }
}

void EventLoopProbe::setStep(const QString& step)
{
    if (!m_stepInGap) {
        m_stepInGap = step;
    }
    m_step = step;
    m_byStep.append({step, 0.0});
}

void EventLoopProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double blocked = double(now - m_lastNs) / 1e6 - m_intervalMs;
    m_lastNs = now;
    if (blocked > 16.0) {
        ++m_overFrame;
    }
    const QString& during = m_stepInGap.value_or(m_step);
    if (blocked > m_longest) {
        m_longest = blocked;
        m_longestStep = during;
    }
    // The block belongs to the last entry of its step (a step may be named twice).
    for (qsizetype i = m_byStep.size() - 1; i >= 0; --i) {
        if (m_byStep[i].first == during) {
            m_byStep[i].second = std::max(m_byStep[i].second, blocked);
            break;
        }
    }
    m_stepInGap.reset();
}

} // namespace osiedle::ui
