// Long work off the window's thread: its result comes back, the window's event loop keeps
// running meanwhile, and the dialog's Cancel reaches the work.

#include "ui/common/ProgressTask.h"

#include "support/QtStringMakers.h"

#include <QAbstractButton>
#include <QApplication>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <QWidget>
#include <catch2/catch.hpp>

using namespace osiedle;

TEST_CASE("Work run under a progress dialog runs off the window's thread and returns its result", "[progress]")
{
    QWidget window;
    window.show();
    int ticks = 0;
    QTimer ticking;
    QObject::connect(&ticking, &QTimer::timeout, [&ticks] { ++ticks; });
    ticking.start(10);
    QThread* workedOn = nullptr;
    const int result = ui::ProgressTask::run<int>(&window, QStringLiteral("Work"), QStringLiteral("Working…"), false,
                                                  [&workedOn](ui::ProgressTask::Progress& progress) {
                                                      workedOn = QThread::currentThread();
                                                      for (int i = 0; i < 30; ++i) {
                                                          progress.report(i, 30);
                                                          QThread::msleep(10);
                                                      }
                                                      return 42;
                                                  });
    CHECK(result == 42);
    CHECK(workedOn != QThread::currentThread());
    CHECK(ticks > 5); // the window's timers ran while the work did
}

TEST_CASE("The progress dialog's Cancel asks the work to stop", "[progress]")
{
    QWidget window;
    window.show();
    // Once the dialog is up (after half a second), the user presses Cancel.
    QTimer::singleShot(900, [&window] {
        auto* dialog = window.findChild<QProgressDialog*>(QStringLiteral("progressTask"));
        REQUIRE(dialog != nullptr);
        CHECK(dialog->isVisible());
        for (auto* button : dialog->findChildren<QAbstractButton*>()) {
            button->click();
        }
    });
    const int steps = ui::ProgressTask::run<int>(&window, QStringLiteral("Work"), QStringLiteral("Working…"), true,
                                                 [](ui::ProgressTask::Progress& progress) {
                                                     int done = 0;
                                                     while (done < 1000 && progress.report(done, 1000)) {
                                                         QThread::msleep(10);
                                                         ++done;
                                                     }
                                                     return done;
                                                 });
    CHECK(steps < 1000);
    CHECK(steps > 30);
}
