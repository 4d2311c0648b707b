// The Catch2 main of every test program: creates the Qt application object first (a
// QApplication for UI tests, a QCoreApplication otherwise) so that tests can use Qt freely.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef OSIEDLE_TEST_CORE_ONLY
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#else
#include "ui/common/ShippedFonts.h"

#include <QApplication>
using TestApplication = QApplication;
#endif

#include <QLocale>

int main(int argc, char* argv[])
{
    // Tests check English source texts; Polish number formatting is set where a test needs it.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // Tests never need a screen. Without this, listing the tests for ctest (which runs without
    // the tests' environment) aborts in a UI test program and ctest silently gets no UI tests.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    TestApplication app(argc, argv);
#ifndef OSIEDLE_TEST_CORE_ONLY
    // Documents are laid out with the font the program ships, as in the window and osiedle-cli.
    osiedle::ui::ShippedFonts::install();
#endif
    return Catch::Session().run(argc, argv);
}
