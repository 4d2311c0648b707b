// The Polish translation must be complete: every text the program shows has a Polish
// translation. lupdate is run over the sources into a copy of the committed .ts file, so a text
// added without a translation makes this test fail.

#include "support/QtStringMakers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

struct Untranslated {
    int total = 0;
    QStringList sources;
};

Untranslated untranslatedIn(const QString& tsPath)
{
    Untranslated result;
    QFile file(tsPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("message")) {
            source.clear();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (unfinished || text.trimmed().isEmpty()) {
                ++result.total;
                if (result.sources.size() < 25) {
                    result.sources << source;
                }
            }
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return result;
}

} // namespace

TEST_CASE("The Polish translation covers every text of the program", "[translations]")
{
    const QString sourceDir = qEnvironmentVariable("OSIEDLE_SOURCE_DIR", QStringLiteral(OSIEDLE_SOURCE_DIR_PATH));
    const QString lupdate = qEnvironmentVariable("OSIEDLE_LUPDATE", QStringLiteral(OSIEDLE_LUPDATE_PATH));
    REQUIRE_FALSE(sourceDir.isEmpty());
    REQUIRE_FALSE(lupdate.isEmpty());
    const QString committed = sourceDir + QStringLiteral("/translations/osiedle_pl.ts");
    REQUIRE(QFile::exists(committed));

    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("osiedle_pl.ts"));
    REQUIRE(QFile::copy(committed, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess run;
    run.start(lupdate, {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                        QStringLiteral("-silent"), sourceDir + QStringLiteral("/core"),
                        sourceDir + QStringLiteral("/ui"), sourceDir + QStringLiteral("/app"),
                        QStringLiteral("-ts"), copy});
    REQUIRE(run.waitForFinished(120000));
    INFO(run.readAllStandardError().toStdString());
    REQUIRE(run.exitCode() == 0);

    const Untranslated missing = untranslatedIn(copy);
    INFO("Texts without a Polish translation (first 25): " << missing.sources.join(QStringLiteral(" | ")).toStdString());
    CHECK(missing.total == 0);
}
