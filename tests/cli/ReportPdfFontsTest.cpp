// The PDF report of osiedle-cli as an office machine without a display makes it: no display
// variables and no QT_QPA_PLATFORM (the program picks its platform itself), and no DejaVu Sans
// among the system's fonts (fontconfig is given a configuration without font folders, as on a
// Windows machine, which has no DejaVu Sans). The text must still be there, set in the font the
// program ships.

#include "support/CliProcess.h"
#include "support/IndicatorTestData.h"
#include "support/PdfText.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

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

} // namespace

TEST_CASE("The PDF report made without a display has its text, in the shipped DejaVu Sans", "[cli][report][fonts]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty() || !test::hasPdfToText()) {
        FAIL("pdffonts and pdftotext (poppler-utils) are needed: scripts/deps installs them");
    }
    test::TempProject project;
    test::fillIndicatorTestData(project.db());
    project.close();

    // fontconfig without any font folder: the only fonts are the ones the program registers.
    const QString fontsConf = QDir(project.dir()).filePath(QStringLiteral("fonts.conf"));
    {
        QFile conf(fontsConf);
        REQUIRE(conf.open(QIODevice::WriteOnly));
        conf.write("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\n"
                   "  <cachedir>" +
                   QDir(project.dir()).filePath(QStringLiteral("fontcache")).toUtf8() + "</cachedir>\n</fontconfig>\n");
    }
    QProcessEnvironment env = test::cliEnvironment();
    for (const char* variable : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}) {
        env.remove(QString::fromLatin1(variable));
    }
    env.insert(QStringLiteral("FONTCONFIG_FILE"), fontsConf);

    const QString pdf = QDir(project.dir()).filePath(QStringLiteral("report.pdf"));
    const test::CliRun run =
        test::runCli({QStringLiteral("report"), project.path(), QStringLiteral("--period"), QStringLiteral("3"),
                      QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf},
                     env);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);

    // The text is there (a platform without fonts would give a PDF of empty boxes).
    const QString text = test::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Europejskiego Funduszu Społecznego")));
    CHECK(text.contains(QStringLiteral("UDA-POKL.07.02.02-14-001/10")));
    CHECK(text.contains(QStringLiteral("Żak")));

    // The body is set in DejaVu Sans, the table headings and titles in its bold; nothing else,
    // and both are embedded, so the file looks the same wherever it is opened.
    QSet<QString> names;
    for (const PdfFont& font : pdfFonts(pdf)) {
        INFO(font.name.toStdString());
        CHECK(font.embedded);
        names.insert(font.name);
    }
    CHECK(names == QSet<QString>{QStringLiteral("DejaVuSans"), QStringLiteral("DejaVuSans-Bold")});
}
