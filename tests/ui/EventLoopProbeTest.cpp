// The probe of the benchmark's scripted session: it must see a handler that keeps the event loop
// busy, however long, and say during which step it happened.

#include "ui/common/EventLoopProbe.h"

#include "support/QtStringMakers.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace osiedle;

namespace {

// Keeps the event loop of this thread from handling anything for `ms` milliseconds.
void blockFor(int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms) {
        QThread::msleep(1);
    }
}

void runEventLoopFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

TEST_CASE("The event loop probe detects a slow handler and names its step", "[probe]")
{
    ui::EventLoopProbe probe;
    probe.setStep(QStringLiteral("idle"));
    probe.start();
    QTimer::singleShot(30, [&probe] {
        probe.setStep(QStringLiteral("a slow handler"));
        blockFor(300);
        probe.setStep(QStringLiteral("after"));
    });
    QTimer::singleShot(80, [&probe] {
        probe.setStep(QStringLiteral("a shorter one"));
        blockFor(120);
    });
    runEventLoopFor(700);
    probe.stop();
    // The block cannot be shorter than the handler (a busy machine only makes it longer).
    CHECK(probe.longestBlockMs() >= 295);
    // Named by the work that began it, not by what it named when it was done.
    CHECK(probe.longestBlockStep() == QStringLiteral("a slow handler"));
    CHECK(probe.blocksOver16Ms() >= 2);
    // Each step with its own longest block, in the order they were named.
    const auto& steps = probe.longestByStep();
    REQUIRE(steps.size() == 4);
    CHECK(steps[0].first == QStringLiteral("idle"));
    CHECK(steps[1].first == QStringLiteral("a slow handler"));
    CHECK(steps[1].second >= 295);
    CHECK(steps[2].first == QStringLiteral("after"));
    CHECK(steps[3].first == QStringLiteral("a shorter one"));
    CHECK(steps[3].second >= 115);
}

TEST_CASE("A block still going on when the probe stops is counted up to then", "[probe]")
{
    ui::EventLoopProbe probe;
    probe.setStep(QStringLiteral("stopped inside"));
    probe.start();
    blockFor(200);
    probe.stop();
    CHECK(probe.longestBlockMs() >= 195);
    CHECK(probe.longestBlockStep() == QStringLiteral("stopped inside"));
}
