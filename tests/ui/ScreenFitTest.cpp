#include "support/DemoFiles.h"
#include "support/ScreenLimits.h"
#include "support/ScriptedPrompt.h"
#include "ui/common/AppSettings.h"
#include "ui/common/AppTranslator.h"
#include "ui/main/MainWindow.h"
#include "ui/main/Sections.h"

#include <QApplication>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace osiedle;

TEST_CASE("Every section of the window fits a 1366×768 screen, in English and in Polish", "[mainwindow][fit]")
{
    const QString language = GENERATE(QStringLiteral("en"), QStringLiteral("pl"));
    ui::AppTranslator translator;
    REQUIRE(translator.install(language));
    QTemporaryDir dir;
    const QString demo = test::demoCopy(1, dir.path());
    ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    test::ScriptedPrompt prompt;
    ui::MainWindow window(settings, prompt);
    window.show();
    REQUIRE(window.openFile(demo));

    for (const auto& entry : ui::allSections()) {
        INFO(language.toStdString() << ", section " << entry.id.toStdString());
        REQUIRE(window.showSection(entry.id));
        QApplication::processEvents();
        const QSize least = window.minimumSizeHint().expandedTo(window.minimumSize());
        CHECK(least.width() <= test::usableWidth);
        CHECK(least.height() <= test::usableHeight);
    }
}
