#include "app/gui/GuiStartup.h"

#include "app/gui/SessionScript.h"
#include "core/common/ProgramVersion.h"
#include "core/domain/TerytCatalogue.h"
#include "core/io/DemoGenerator.h"
#include "ui/common/AppSettings.h"
#include "ui/common/AppTranslator.h"
#include "ui/common/ProgramIcon.h"
#include "ui/common/ShippedFonts.h"
#include "ui/common/UserPrompt.h"
#include "ui/common/WheelGuard.h"
#include "ui/main/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QThreadPool>
#include <QTimer>
#include <cstdio>

namespace osiedle::app {

namespace {

class GuiText {
    Q_DECLARE_TR_FUNCTIONS(GuiStartup)
};

} // namespace

int runGui(QApplication& app)
{
    QElapsedTimer clock;
    clock.start();
    QCoreApplication::setOrganizationName(QStringLiteral("Osiedle"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("osiedle.org"));
    QCoreApplication::setApplicationName(QStringLiteral("osiedle"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Osiedle"));
    // The desktop entry's name (org.osiedle.Osiedle.desktop): Wayland compositors take the
    // window's icon and name from it.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.osiedle.Osiedle"));

    ui::AppSettings settings;
    ui::AppTranslator translator;
    translator.install(ui::AppTranslator::resolve(settings.language()));
    QCoreApplication::setApplicationVersion(core::ProgramVersion::text());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        GuiText::tr("Osiedle: records and reports of a project that founds social cooperatives."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), GuiText::tr("The project file to open (*.osiedle)."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);
    const QStringList files = parser.positionalArguments();
    const QString requested = files.isEmpty() ? QString() : QDir::current().absoluteFilePath(files.first());

    // OSIEDLE_STARTUP_PROBE (read by tests/bench, see README "Benchmarks"): "before-window" quits
    // here, before the window is built; "shown" prints "probe: shown" once the window with the
    // requested file has been shown and its pending events handled, then quits; "session" then
    // plays a user's session on the window (SessionScript), prints its longest block of the event
    // loop and keeps running (the caller reads its peak memory and ends the process).
    const QString probe = qEnvironmentVariable("OSIEDLE_STARTUP_PROBE");
    if (probe == QLatin1String("before-window")) {
        std::fprintf(stdout, "probe: before-window %lld ms\n", static_cast<long long>(clock.elapsed()));
        std::fflush(stdout);
        return 0;
    }

    ui::ShippedFonts::install();
    QApplication::setWindowIcon(ui::ProgramIcon::icon());
    ui::WheelGuard::installOnApplication();
    ui::DialogPrompt prompt(&settings);
    ui::MainWindow window(settings, prompt);
    window.setAskWhoIsWorking(probe.isEmpty());
    const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    window.setDemoMaker(
        [](const QString& path) {
            auto written = core::DemoGenerator::createFile(path, core::DemoOptions{});
            return written ? QString() : written.error().message;
        },
        QDir(dataFolder).filePath(QStringLiteral("demo.osiedle")));
    if (settings.windowGeometry().isEmpty()) {
        window.showMaximized(); // the first time: the lists need the room
    } else {
        window.show();
    }
    window.start(requested);
    // The TERYT catalogue behind the participant card's commune picker is parsed on a thread of
    // its own while the window opens, so that the first card the user opens does not wait for it.
    QThreadPool::globalInstance()->start([] { core::TerytCatalogue::builtIn(); });
    if (probe == QLatin1String("shown") || probe == QLatin1String("session")) {
        QTimer::singleShot(0, &window, [&clock, &window, probe] {
            QCoreApplication::processEvents();
            std::fprintf(stdout, "probe: shown %lld ms\n", static_cast<long long>(clock.elapsed()));
            std::fflush(stdout);
            if (probe == QLatin1String("shown")) {
                QCoreApplication::quit();
                return;
            }
            auto* script = new SessionScript(window, &window);
            script->start();
        });
    }
    return QApplication::exec();
}

} // namespace osiedle::app
