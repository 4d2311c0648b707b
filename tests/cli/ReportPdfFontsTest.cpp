// The PDFs of osiedle-cli as an office machine without a display makes them: no display
// variables and no QT_QPA_PLATFORM (the program picks its platform itself), and no DejaVu Sans
// among the system's fonts (as on Windows, which has none). The text must still be there, set in
// the font the program ships.

#include "support/CliProcess.h"
#include "support/DemoFiles.h"
#include "support/IndicatorProjectFile.h"
#include "support/PdfText.h"
#include "support/QtStringMakers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace osiedle;

namespace {

// The fonts pdffonts lists: name (without the subset prefix "ABCDEF+") and whether embedded.
struct PdfFont {
    QString name;
    bool embedded = false;
};

std::vector<PdfFont> pdfFonts(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdffonts"), {pdf});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'));
    // name  type  encoding  emb sub uni  object ID ; the first two lines are the header.
    std::vector<PdfFont> fonts;
    for (const QString& line : lines.mid(2)) {
        const QStringList fields = line.simplified().split(QLatin1Char(' '));
        if (fields.size() < 7) {
            continue;
        }
        QString name = fields.first();
        name.remove(QRegularExpression(QStringLiteral("^[A-Z]{6}\\+")));
        const QString embedded = fields.at(fields.size() - 5);
        fonts.push_back({name, embedded == QLatin1String("yes")});
    }
    return fonts;
}

// The environment of a machine without a display and without DejaVu Sans: no display variables,
// no QT_QPA_PLATFORM, and fontconfig given a configuration without any font folder (written to
// `folder`), so the only fonts are the ones the program registers.
QProcessEnvironment bareMachine(const QString& folder)
{
    const QString fontsConf = QDir(folder).filePath(QStringLiteral("fonts.conf"));
    QFile conf(fontsConf);
    REQUIRE(conf.open(QIODevice::WriteOnly));
    conf.write("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\n"
               "  <cachedir>" +
               QDir(folder).filePath(QStringLiteral("fontcache")).toUtf8() + "</cachedir>\n</fontconfig>\n");
    conf.close();
    QProcessEnvironment env = test::cliEnvironment();
    for (const char* variable : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}) {
        env.remove(QString::fromLatin1(variable));
    }
    env.insert(QStringLiteral("FONTCONFIG_FILE"), fontsConf);
    return env;
}

// Every font of the PDF is embedded and is DejaVu Sans or its bold (body text, headings).
void checkShippedFontsOnly(const QString& pdf)
{
    QSet<QString> names;
    for (const PdfFont& font : pdfFonts(pdf)) {
        INFO(font.name.toStdString());
        CHECK(font.embedded);
        names.insert(font.name);
    }
    CHECK(names == QSet<QString>{QStringLiteral("DejaVuSans"), QStringLiteral("DejaVuSans-Bold")});
}

void requirePoppler()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty() || !test::hasPdfToText()) {
        FAIL("pdffonts and pdftotext (poppler-utils) are needed: scripts/deps installs them");
    }
}

} // namespace

TEST_CASE("The PDF report made without a display has its text, in the shipped DejaVu Sans", "[cli][report][fonts]")
{
    requirePoppler();
    test::IndicatorProjectFile project;
    const QString pdf = project.out(QStringLiteral("report.pdf"));
    const test::CliRun run =
        test::runCli({QStringLiteral("report"), project.file(), QStringLiteral("--period"), QStringLiteral("3"),
                      QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf},
                     bareMachine(project.dir()));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);

    // The text is there (a platform without fonts would give a PDF of empty boxes).
    const QString text = test::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Europejskiego Funduszu Społecznego")));
    CHECK(text.contains(QStringLiteral("UDA-POKL.07.02.02-14-001/10")));
    CHECK(text.contains(QStringLiteral("Żak")));
    checkShippedFontsOnly(pdf);
}

TEST_CASE("A printed document made without a display is set in the shipped DejaVu Sans too", "[cli][print][fonts]")
{
    requirePoppler();
    QTemporaryDir dir;
    const QString demo = test::demoCopy(1, dir.path());
    const QString pdf = QDir(dir.path()).filePath(QStringLiteral("lists.pdf"));
    const test::CliRun run = test::runCli({QStringLiteral("print"), demo, QStringLiteral("attendance-lists"),
                                           QStringLiteral("--course"), QStringLiteral("1"), QStringLiteral("-o"), pdf},
                                          bareMachine(dir.path()));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(test::pdfText(pdf).contains(QStringLiteral("Europejskiego Funduszu Społecznego")));
    checkShippedFontsOnly(pdf);
}
