#include "core/io/XlsxReader.h"
#include "support/IndicatorProjectFile.h"
#include "support/QtStringMakers.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace osiedle;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList& args)
{
    QProcess process;
    process.start(qEnvironmentVariable("OSIEDLE_CLI"), args);
    REQUIRE(process.waitForFinished(120000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

using ReportFixture = test::IndicatorProjectFile;

QJsonObject jsonReport(const ReportFixture& fixture, const QString& period)
{
    const QString out = fixture.out(QStringLiteral("report.json"));
    const Run run = runCli({QStringLiteral("report"), fixture.file(), QStringLiteral("--period"), period,
                            QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), out});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(readAll(out), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

QJsonObject indicator(const QJsonObject& report, const QString& code)
{
    for (const QJsonValue& value : report[QStringLiteral("indicators")].toArray()) {
        if (value.toObject()[QStringLiteral("code")].toString() == code) {
            return value.toObject();
        }
    }
    FAIL("no indicator " << code.toStdString());
    return {};
}

bool isNullOrInteger(const QJsonValue& value)
{
    return value.isNull() || (value.isDouble() && value.toDouble() == double(value.toInteger()));
}

} // namespace

TEST_CASE("report: a wrong call is a usage error with the usage line", "[cli][report]")
{
    ReportFixture fixture;
    // GENERATE keeps its values across the runs of the test case: FILE and OUT are put in after.
    const auto pattern = GENERATE(QStringLiteral(""), QStringLiteral("FILE -o OUT"), QStringLiteral("FILE --period 1"),
                                  QStringLiteral("FILE --period"), QStringLiteral("FILE OTHER --period 1 -o OUT"),
                                  QStringLiteral("FILE --period 1 --colour red -o OUT"),
                                  QStringLiteral("FILE --period 1 --format doc -o OUT"),
                                  QStringLiteral("FILE --period 1 --format pdf -o -"));
    const QString out = fixture.out(QStringLiteral("x.pdf"));
    QStringList args{QStringLiteral("report")};
    for (const QString& word : pattern.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        args << (word == QLatin1String("FILE") ? fixture.file() : word == QLatin1String("OUT") ? out : word);
    }
    INFO(args.join(QLatin1Char(' ')).toStdString());
    const Run run = runCli(args);
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("Usage: osiedle-cli report")));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("report: a bad file or a period the file lacks is a user error (1), a period that is not one a wrong "
          "call (2); both name the problem",
          "[cli][report]")
{
    ReportFixture fixture;
    const QString foreign = fixture.out(QStringLiteral("notes.osiedle"));
    {
        QFile file(foreign);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("This is not a project file.\n");
    }
    enum class File { Missing, Foreign, Project };
    struct Case {
        File file;
        QString period;
        QString mentions;
        int exitCode;
    };
    // GENERATE keeps its values across the runs of the test case, so the paths are chosen after.
    const auto c = GENERATE(
        Case{File::Missing, QStringLiteral("1"), QStringLiteral("missing.osiedle"), 1},
        Case{File::Foreign, QStringLiteral("1"), QStringLiteral("notes.osiedle"), 1},
        Case{File::Project, QStringLiteral("2012-13-01..2012-12-31"), QStringLiteral("2012-13-01"), 2},
        Case{File::Project, QStringLiteral("2012-01-01..2012-02-30"), QStringLiteral("2012-02-30"), 2},
        Case{File::Project, QStringLiteral("2012-06-30..2012-01-01"), QStringLiteral("2012-06-30"), 2},
        Case{File::Project, QStringLiteral("2012-01-01xyz..2012-06-30junk"), QStringLiteral("2012-01-01xyz"), 2},
        Case{File::Project, QStringLiteral("99"), QStringLiteral("99"), 1},
        Case{File::Project, QStringLiteral("last"), QStringLiteral("last"), 2});
    const QString file = c.file == File::Missing   ? fixture.out(QStringLiteral("missing.osiedle"))
                         : c.file == File::Foreign ? foreign
                                                   : fixture.file();
    INFO(file.toStdString() << " --period " << c.period.toStdString());
    const QByteArray before = QFile::exists(file) ? fileHash(file) : QByteArray();
    const QString out = fixture.out(QStringLiteral("out.json"));
    const Run run =
        runCli({QStringLiteral("report"), file, QStringLiteral("--period"), c.period, QStringLiteral("-o"), out});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == c.exitCode);
    CHECK(run.err.contains(c.mentions));
    CHECK_FALSE(QFile::exists(out));
    if (!before.isEmpty()) {
        CHECK(fileHash(file) == before);
    }
}

TEST_CASE("report: JSON has the documented shape and the known values", "[cli][report]")
{
    ReportFixture fixture;
    const QByteArray before = fileHash(fixture.file());
    // By number, and by the same dates as a range.
    const auto period = GENERATE(QStringLiteral("2"), QStringLiteral("2011-01-01..2011-03-31"));
    const QJsonObject report = jsonReport(fixture, period);
    CHECK(fileHash(fixture.file()) == before); // the project file is only read

    CHECK(report.keys() == QStringList{QStringLiteral("data_quality"), QStringLiteral("flow"),
                                       QStringLiteral("indicators"), QStringLiteral("period"),
                                       QStringLiteral("project")});
    const QJsonObject total = report[QStringLiteral("flow")].toArray().first().toObject();
    CHECK(total[QStringLiteral("key")].toString() == QStringLiteral("all"));
    CHECK(total[QStringLiteral("started")].toObject()[QStringLiteral("total")].toInteger() == 3);
    CHECK(report[QStringLiteral("project")].isObject());
    const QJsonObject dates = report[QStringLiteral("period")].toObject();
    CHECK(dates[QStringLiteral("from")].toString() == QStringLiteral("2011-01-01"));
    CHECK(dates[QStringLiteral("to")].toString() == QStringLiteral("2011-03-31"));

    const QJsonArray indicators = report[QStringLiteral("indicators")].toArray();
    REQUIRE(indicators.size() == 22); // every indicator of the catalogue
    for (const QJsonValue& value : indicators) {
        const QJsonObject row = value.toObject();
        INFO(row[QStringLiteral("code")].toString().toStdString());
        for (const char* key : {"code", "name", "unit", "kind"}) {
            CHECK(row[QLatin1String(key)].isString());
        }
        CHECK(row[QStringLiteral("money")].isBool());
        CHECK(
            (row[QStringLiteral("percent_of_target")].isDouble() || row[QStringLiteral("percent_of_target")].isNull()));
        for (const char* part : {"target", "period", "cumulative"}) {
            const QJsonObject cells = row[QLatin1String(part)].toObject();
            CHECK(cells.keys() == QStringList{QStringLiteral("men"), QStringLiteral("total"), QStringLiteral("women")});
            for (const QJsonValue& cell : cells) {
                CHECK(isNullOrInteger(cell));
            }
        }
    }
    const QJsonObject started = indicator(report, QStringLiteral("PARTICIPANTS_STARTED"));
    const QJsonObject inPeriod = started[QStringLiteral("period")].toObject();
    CHECK(inPeriod[QStringLiteral("total")].toInteger() == 3);
    CHECK(inPeriod[QStringLiteral("women")].toInteger() == 2);
    CHECK(inPeriod[QStringLiteral("men")].toInteger() == 1);
    CHECK(started[QStringLiteral("cumulative")].toObject()[QStringLiteral("total")].toInteger() == 5);
    CHECK(started[QStringLiteral("percent_of_target")].toDouble() == 5.0);
    const QJsonObject oss = indicator(report, QStringLiteral("OSS_REGISTERED"));
    CHECK(oss[QStringLiteral("period")].toObject()[QStringLiteral("women")].isNull());
    CHECK(oss[QStringLiteral("cumulative")].toObject()[QStringLiteral("total")].toInteger() == 1);

    const QJsonArray quality = report[QStringLiteral("data_quality")].toArray();
    REQUIRE(quality.size() == 1);
    CHECK(quality[0].toObject()[QStringLiteral("last_name")].toString() == QStringLiteral("Żak"));
}

TEST_CASE("report: CSV and PDF are written, the PDF holds every indicator's name", "[cli][report]")
{
    ReportFixture fixture;
    const QString csv = fixture.out(QStringLiteral("report.csv"));
    Run run = runCli({QStringLiteral("report"), fixture.file(), QStringLiteral("--period"), QStringLiteral("3"),
                      QStringLiteral("-o"), csv});
    REQUIRE(run.exitCode == 0);
    const QByteArray csvBytes = readAll(csv);
    CHECK(csvBytes.startsWith("\xEF\xBB\xBF"));
    // header, 22 indicators, an empty line, the flow header and its 18 lines
    CHECK(csvBytes.count("\r\n") == 1 + 22 + 1 + 1 + 18);

    const QString pdf = fixture.out(QStringLiteral("report.pdf"));
    run = runCli({QStringLiteral("report"), fixture.file(), QStringLiteral("--period"), QStringLiteral("3"),
                  QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(readAll(pdf).startsWith("%PDF-"));

    // scripts/deps installs poppler-utils; without it the PDF's text cannot be checked, so fail.
    INFO("pdftotext (poppler-utils) is needed to read the PDF's text: run scripts/deps");
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
    QProcess process;
    // -raw keeps each table cell's lines together (the layout mode interleaves wrapped cells)
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    // NFKC turns the font's ligatures ("ﬁ" in "qualiﬁed") back into letters
    const QString text =
        QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
    const QJsonObject report = jsonReport(fixture, QStringLiteral("3"));
    for (const QJsonValue& value : report[QStringLiteral("indicators")].toArray()) {
        const QString name = value.toObject()[QStringLiteral("name")].toString();
        INFO(name.toStdString());
        CHECK(text.contains(name));
    }
    CHECK(text.contains(QStringLiteral("Europejskiego Funduszu Społecznego")));
    CHECK(text.contains(QStringLiteral("UDA-POKL.07.02.02-14-001/10")));
    CHECK(text.contains(QStringLiteral("Żak")));
}

TEST_CASE("report: on the demo project, period values add up to the cumulative and K + M = total",
          "[cli][report][demo]")
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.osiedle"));
    const Run created = runCli({QStringLiteral("demo"), demo});
    if (created.exitCode != 0) {
        WARN("the demo command is not available: " << created.err.toStdString());
        return;
    }
    const QString out = dir.filePath(QStringLiteral("r.json"));
    QHash<QString, qint64> sums;
    QHash<QString, qint64> cumulative;
    int periods = 0;
    for (int number = 1;; ++number) {
        const Run run = runCli({QStringLiteral("report"), demo, QStringLiteral("--period"), QString::number(number),
                                QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), out});
        if (run.exitCode != 0) {
            CHECK(run.err.contains(QStringLiteral("no reporting period")));
            break;
        }
        ++periods;
        const QJsonObject report = QJsonDocument::fromJson(readAll(out)).object();
        for (const QJsonValue& value : report[QStringLiteral("indicators")].toArray()) {
            const QJsonObject row = value.toObject();
            const QString code = row[QStringLiteral("code")].toString();
            INFO("period " << number << " " << code.toStdString());
            for (const char* part : {"period", "cumulative"}) {
                const QJsonObject cells = row[QLatin1String(part)].toObject();
                if (!cells[QStringLiteral("women")].isNull()) {
                    CHECK(cells[QStringLiteral("women")].toInteger() + cells[QStringLiteral("men")].toInteger() ==
                          cells[QStringLiteral("total")].toInteger());
                }
            }
            sums[code] += row[QStringLiteral("period")].toObject()[QStringLiteral("total")].toInteger();
            cumulative[code] = row[QStringLiteral("cumulative")].toObject()[QStringLiteral("total")].toInteger();
            // The demo's periods are consecutive quarters from the project start.
            CHECK(sums[code] == cumulative[code]);
        }
    }
    CHECK(periods > 1);
}

TEST_CASE("report: HTML is a page with the indicator table and the participant flow", "[cli][report]")
{
    ReportFixture fixture;
    const QString html = fixture.out(QStringLiteral("report.html"));
    const Run run = runCli({QStringLiteral("report"), fixture.file(), QStringLiteral("--period"), QStringLiteral("2"),
                            QStringLiteral("-o"), html});
    REQUIRE(run.exitCode == 0);
    const QString text = QString::fromUtf8(readAll(html));
    CHECK(text.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(text.contains(QStringLiteral("Participants who started support")));
    CHECK(text.contains(QStringLiteral("Participant flow")));
    CHECK(text.contains(QStringLiteral("Europejskiego Funduszu Społecznego")));
    CHECK_FALSE(text.contains(QStringLiteral("[[figure:")));
}

TEST_CASE("report: XLSX holds the indicator table and the flow table", "[cli][report]")
{
    if (!osiedle::core::XlsxReader::available()) {
        WARN("this build has no .xlsx support");
        return;
    }
    ReportFixture fixture;
    const QString xlsx = fixture.out(QStringLiteral("report.xlsx"));
    const Run run = runCli({QStringLiteral("report"), fixture.file(), QStringLiteral("--period"), QStringLiteral("2"),
                            QStringLiteral("-o"), xlsx});
    REQUIRE(run.exitCode == 0);
    const auto table = osiedle::core::XlsxReader::readFile(xlsx);
    REQUIRE(table.ok());
    REQUIRE(table.value().rows.size() == 22); // the first sheet: one row per indicator
    CHECK(table.value().rows.first().field(0) == QStringLiteral("OSS_REGISTERED"));
}
