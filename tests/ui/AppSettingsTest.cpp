#include "ui/common/AppSettings.h"

#include "support/QtStringMakers.h"
#include "ui/common/AppTranslator.h"
#include "ui/common/UserPrompt.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace osiedle;
using ui::AppSettings;
using ui::AppTranslator;

TEST_CASE("Recent files: most recent first, no repeats, at most eight, kept across sessions", "[appsettings]")
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    const auto file = [&dir](int i) { return dir.filePath(QStringLiteral("p%1.osiedle").arg(i)); };
    {
        AppSettings settings(ini);
        CHECK(settings.recentFiles().isEmpty());
        CHECK(settings.lastFile().isEmpty());
        for (int i = 1; i <= 10; ++i) {
            settings.noteFileOpened(file(i));
        }
        settings.noteFileOpened(file(5));
        settings.sync();
    }
    AppSettings settings(ini);
    const QStringList recent = settings.recentFiles();
    REQUIRE(recent.size() == AppSettings::maxRecentFiles);
    CHECK(recent.first() == file(5));
    CHECK(recent.count(file(5)) == 1);
    CHECK(recent[1] == file(10));
    CHECK_FALSE(recent.contains(file(1)));
    CHECK(settings.lastFile() == file(5));

    settings.removeRecentFile(file(10));
    CHECK_FALSE(settings.recentFiles().contains(file(10)));
    settings.clearRecentFiles();
    CHECK(settings.recentFiles().isEmpty());
}

TEST_CASE("Paths are remembered absolute and clean", "[appsettings]")
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.noteFileOpened(dir.path() + QStringLiteral("/sub/../a.osiedle"));
    CHECK(settings.lastFile() == dir.filePath(QStringLiteral("a.osiedle")));
}

TEST_CASE("The language: the saved choice, else OSIEDLE_LANG, else Polish only on a Polish system", "[appsettings]")
{
    const auto [saved, environment, system, expected] = GENERATE(table<QString, QString, QLocale::Language, QString>({
        {"", "", QLocale::Polish, "pl"},
        {"", "", QLocale::English, "en"},
        {"", "", QLocale::German, "en"},
        {"en", "", QLocale::Polish, "en"},
        {"pl", "", QLocale::English, "pl"},
        {"xx", "", QLocale::Polish, "pl"},
        {"", "en", QLocale::Polish, "en"},
        {"", "pl", QLocale::German, "pl"},
        {"", "de", QLocale::Polish, "pl"},
        {"pl", "en", QLocale::English, "pl"},
    }));
    CHECK(AppTranslator::resolve(saved, QLocale(system), environment) == expected);

    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    CHECK(settings.language().isEmpty());
    settings.setLanguage(saved);
    CHECK(settings.language() == (saved == QStringLiteral("xx") ? QString() : saved));
}

TEST_CASE("The program's translations are embedded and load", "[appsettings]")
{
    const QLocale before;
    {
        AppTranslator translator;
        CHECK(translator.install(AppSettings::polish));
        CHECK(QLocale().language() == QLocale::Polish);
        CHECK(translator.install(AppSettings::english));
    }
    QLocale::setDefault(before);
}

TEST_CASE("File pickers open in the folder last used, else in Documents", "[settings]")
{
    QTemporaryDir dir;
    ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::DialogPrompt prompt(&settings);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString start = prompt.startPath(QStringLiteral("wyniki.pdf"));
    CHECK(QFileInfo(start).isAbsolute());
    const bool hasDocuments = !documents.isEmpty() && QDir(documents).exists();
    CHECK(start == QDir(hasDocuments ? documents : QDir::homePath()).filePath(QStringLiteral("wyniki.pdf")));

    const QString exports = dir.filePath(QStringLiteral("eksport"));
    REQUIRE(QDir().mkpath(exports));
    settings.setLastFolder(exports);
    CHECK(prompt.startPath(QStringLiteral("wyniki.pdf")) == QDir(exports).filePath(QStringLiteral("wyniki.pdf")));
    CHECK(prompt.startPath({}) == QDir::cleanPath(exports));
    // a full path given by the caller is kept
    CHECK(prompt.startPath(dir.filePath(QStringLiteral("a.csv"))) == dir.filePath(QStringLiteral("a.csv")));
    // a remembered folder that is gone is not offered
    REQUIRE(QDir(exports).removeRecursively());
    CHECK_FALSE(prompt.startPath(QStringLiteral("wyniki.pdf")).startsWith(exports));
    // the folder is kept across runs
    settings.sync();
    ui::AppSettings again(dir.filePath(QStringLiteral("settings.ini")));
    CHECK(again.lastFolder() == QDir::cleanPath(exports));
}
