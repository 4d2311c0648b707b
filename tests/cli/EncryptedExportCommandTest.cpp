#include "core/storage/Database.h"
#include "support/CliProcess.h"
#include "support/DemoFiles.h"
#include "support/FileBytes.h"
#include "support/PrivacyChecks.h"
#include "support/QtStringMakers.h"
#include "support/SevenZip.h"
#include "support/TableDump.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace osiedle;
using test::runCli;

namespace {

const QString kPassword = QStringLiteral("Hasło-dla-OPS-2011");

QString passwordFile(const QTemporaryDir& dir, const QByteArray& line)
{
    const QString path = dir.filePath(QStringLiteral("haslo.txt"));
    test::writeFile(path, line);
    return path;
}

} // namespace

TEST_CASE("osiedle-cli export --encrypt writes the monitoring file in an AES-256 archive that 7-Zip opens",
          "[cli][privacy][archive]")
{
    QTemporaryDir dir;
    const QString project = test::demoCopy(1, dir.path());
    const QString plain = dir.filePath(QStringLiteral("uczestnicy.csv"));
    REQUIRE(runCli({QStringLiteral("export"), project, QStringLiteral("participants"), QStringLiteral("-o"), plain})
                .exitCode == 0);
    const QByteArray expected = test::readFile(plain);
    REQUIRE(expected.contains("PESEL"));

    const QString archive = dir.filePath(QStringLiteral("monitoring.zip"));
    test::CliRun run;
    SECTION("password from a file")
    {
        run = runCli({QStringLiteral("export"), project, QStringLiteral("participants"), QStringLiteral("--format"),
                      QStringLiteral("csv"), QStringLiteral("-o"), archive, QStringLiteral("--encrypt"),
                      QStringLiteral("--password-file"), passwordFile(dir, kPassword.toUtf8() + "\r\n")},
                     test::CliOptions{});
    }
    SECTION("password from standard input")
    {
        test::CliOptions options;
        options.standardInput = kPassword.toUtf8() + "\n";
        run = runCli({QStringLiteral("export"), project, QStringLiteral("participants"), QStringLiteral("--format"),
                      QStringLiteral("csv"), QStringLiteral("-o"), archive, QStringLiteral("--encrypt")},
                     options);
    }
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("AES-256")));
    CHECK_FALSE(run.out.contains(kPassword));
    CHECK_FALSE(test::readFile(archive).contains("PESEL"));
    const QString out = dir.filePath(QStringLiteral("rozpakowane"));
    const test::SevenZipRun opened = test::sevenZipExtract(archive, out, kPassword);
    INFO(opened.output.toStdString());
    REQUIRE(opened.exitCode == 0);
    CHECK(test::filesIn(out) == QStringList{QStringLiteral("monitoring.csv")});
    CHECK(test::readFile(out + QStringLiteral("/monitoring.csv")) == expected);
    CHECK(test::sevenZipExtract(archive, dir.filePath(QStringLiteral("zle")), QStringLiteral("Haslo-dla-OPS-2011"))
              .exitCode != 0);
}

TEST_CASE("osiedle-cli backup --encrypt seals a copy that restores exactly the data", "[cli][privacy][archive]")
{
    QTemporaryDir dir;
    const QString project = test::demoCopy(1, dir.path());
    const QString archive = dir.filePath(QStringLiteral("kopia.zip"));
    const auto run =
        runCli({QStringLiteral("backup"), project, QStringLiteral("-o"), archive, QStringLiteral("--encrypt"),
                QStringLiteral("--password-file"), passwordFile(dir, kPassword.toUtf8())});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString out = dir.filePath(QStringLiteral("rozpakowane"));
    REQUIRE(test::sevenZipExtract(archive, out, kPassword).exitCode == 0);
    REQUIRE(test::filesIn(out) == QStringList{QStringLiteral("kopia.osiedle")});
    auto original = core::Database::open(project, core::Database::Mode::ReadOnly);
    auto copy = core::Database::open(out + QStringLiteral("/kopia.osiedle"), core::Database::Mode::ReadOnly);
    REQUIRE(original.ok());
    REQUIRE(copy.ok());
    CHECK(test::tableDump(*original.value()) == test::tableDump(*copy.value()));
}

TEST_CASE("osiedle-cli --encrypt refuses a weak or missing password and never takes one on the command line",
          "[cli][privacy][archive]")
{
    QTemporaryDir dir;
    const QString project = test::demoCopy(1, dir.path());
    const QString archive = dir.filePath(QStringLiteral("monitoring.zip"));
    const QStringList base{QStringLiteral("export"), project, QStringLiteral("participants"),
                           QStringLiteral("-o"),     archive, QStringLiteral("--encrypt")};
    SECTION("nothing on standard input")
    {
        const auto run = runCli(base, test::CliOptions{});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("The password is empty")));
        CHECK(run.err.contains(QStringLiteral("standard input")));
    }
    SECTION("too short")
    {
        const auto run = runCli(base + QStringList{QStringLiteral("--password-file"), passwordFile(dir, "krotkie")});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("at least 8 characters")));
    }
    SECTION("a missing password file")
    {
        const auto run =
            runCli(base + QStringList{QStringLiteral("--password-file"), dir.filePath(QStringLiteral("brak.txt"))});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("Cannot read the password file")));
    }
    SECTION("on the command line")
    {
        const auto run = runCli(base + QStringList{QStringLiteral("--password"), kPassword});
        CHECK(run.exitCode == 2);
    }
    SECTION("a password file without --encrypt")
    {
        const auto run =
            runCli({QStringLiteral("export"), project, QStringLiteral("participants"), QStringLiteral("-o"), archive,
                    QStringLiteral("--password-file"), passwordFile(dir, kPassword.toUtf8())});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("add --encrypt")));
    }
    SECTION("an encrypted copy into the backup folder")
    {
        const auto run = runCli({QStringLiteral("backup"), project, QStringLiteral("--encrypt")});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("--encrypt needs -o OUT")));
    }
    CHECK_FALSE(QFileInfo::exists(archive));
}

TEST_CASE("Every kind of file the commands write is readable by its owner only", "[cli][privacy][files]")
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("nowy.osiedle"));
    REQUIRE(runCli({QStringLiteral("demo"), project}).exitCode == 0);
    QStringList written{project};
    const auto writeWith = [&](const QStringList& args, const QString& output) {
        const auto run = runCli(args);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        written << output;
    };
    const QString csv = dir.filePath(QStringLiteral("uczestnicy.csv"));
    writeWith({QStringLiteral("export"), project, QStringLiteral("participants"), QStringLiteral("-o"), csv}, csv);
    const QString xlsx = dir.filePath(QStringLiteral("uczestnicy.xlsx"));
    writeWith({QStringLiteral("export"), project, QStringLiteral("participants"), QStringLiteral("-o"), xlsx}, xlsx);
    const QString json = dir.filePath(QStringLiteral("raport.json"));
    writeWith({QStringLiteral("report"), project, QStringLiteral("--period"), QStringLiteral("1"),
               QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), json},
              json);
    const QString pdf = dir.filePath(QStringLiteral("raport.pdf"));
    writeWith({QStringLiteral("report"), project, QStringLiteral("--period"), QStringLiteral("1"),
               QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf},
              pdf);
    const QString timeline = dir.filePath(QStringLiteral("harmonogram.pdf"));
    writeWith({QStringLiteral("print"), project, QStringLiteral("timeline"), QStringLiteral("-o"), timeline}, timeline);
    const QString copy = dir.filePath(QStringLiteral("kopia.osiedle"));
    writeWith({QStringLiteral("backup"), project, QStringLiteral("-o"), copy}, copy);
    const QString archive = dir.filePath(QStringLiteral("kopia.zip"));
    writeWith({QStringLiteral("backup"), project, QStringLiteral("-o"), archive, QStringLiteral("--encrypt"),
               QStringLiteral("--password-file"), passwordFile(dir, kPassword.toUtf8())},
              archive);
    // The automatic copy in the backup folder.
    const auto made = runCli({QStringLiteral("backup"), project});
    REQUIRE(made.exitCode == 0);
    const QString folder = QFileInfo(project).dir().filePath(QStringLiteral("Kopie zapasowe"));
    const QStringList copies = QDir(folder).entryList(QDir::Files);
    REQUIRE(copies.size() == 1);
    written << QDir(folder).filePath(copies.first());

    for (const QString& path : written) {
        test::checkOwnerOnly(path);
    }
}
