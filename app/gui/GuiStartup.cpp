#include "app/gui/GuiStartup.h"

#include "core/io/DemoGenerator.h"
#include "ui/common/AppSettings.h"
#include "ui/common/AppTranslator.h"
#include "ui/common/UserPrompt.h"
#include "ui/main/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
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
    QCoreApplication::setApplicationVersion(QStringLiteral(OSIEDLE_VERSION));

    ui::AppSettings settings;
    ui::AppTranslator translator;
    translator.install(ui::AppTranslator::resolve(settings.language()));

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

    ui::DialogPrompt prompt;
    ui::MainWindow window(settings, prompt);
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
    if (qEnvironmentVariableIsSet("OSIEDLE_STARTUP_TIME")) {
        QTimer::singleShot(0, &window, [&clock] {
            std::fprintf(stderr, "startup: main window shown %lld ms after the application object, at %lld\n",
                         static_cast<long long>(clock.elapsed()),
                         static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
        });
    }
    return QApplication::exec();
}

} // namespace osiedle::app
