#include "core/storage/Database.h"
#include "support/QtStringMakers.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace osiedle;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args)
{
    QProcess process;
    // OSIEDLE_CLI names the binary; without it, the one built beside the tests.
    QString program = qEnvironmentVariable("OSIEDLE_CLI");
    if (program.isEmpty()) {
        program = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/osiedle-cli");
    }
    process.start(program, args);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

qint64 participants(const QString& path)
{
    auto db = core::Database::open(path);
    REQUIRE(db.ok());
    return (*db)->scalar("SELECT count(*) FROM participant");
}

} // namespace

TEST_CASE("osiedle-cli import participants lists problems with exit 1 and writes nothing, then dry run and import",
          "[cli][import]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.osiedle"));
    REQUIRE(cli({QStringLiteral("demo"), file}).exitCode == 0);
    const qint64 before = participants(file);

    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    writeFile(bad, "Imię;Nazwisko;PESEL;Data rekrutacji\n"
                   "Jan;Nowy;44051401358;2011-03-01\n"
                   "Ewa;Nowa;02211307589;2011-13-01\n");
    const Run refused = cli({QStringLiteral("import"), file, QStringLiteral("participants"), bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(
        QStringLiteral("row 2, column PESEL, value \"44051401358\": PESEL 44051401358: wrong check digit")));
    CHECK(refused.err.contains(
        QStringLiteral("row 3, column Data rekrutacji, value \"2011-13-01\": no such date")));
    CHECK(participants(file) == before);

    const QString good = dir.filePath(QStringLiteral("good.csv"));
    writeFile(good, "first_name,last_name,pesel,recruited_on\nJan,Nowy,44051401359,01.03.2011\n");
    const Run dry = cli({QStringLiteral("import"), file, QStringLiteral("participants"), good, QStringLiteral("--dry-run")});
    CHECK(dry.exitCode == 0);
    CHECK(participants(file) == before);
    const Run done = cli({QStringLiteral("import"), file, QStringLiteral("participants"), good});
    CHECK(done.exitCode == 0);
    CHECK(participants(file) == before + 1);

    CHECK(cli({QStringLiteral("import"), file, QStringLiteral("bogus"), good}).exitCode == 2);
    CHECK(cli({QStringLiteral("import"), file, QStringLiteral("participants")}).exitCode == 2);
}

TEST_CASE("osiedle-cli export participants to CSV and XLSX, all or by period", "[cli][export]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.osiedle"));
    REQUIRE(cli({QStringLiteral("demo"), file}).exitCode == 0);
    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    const Run all = cli({QStringLiteral("export"), file, QStringLiteral("participants"), QStringLiteral("--format"),
                         QStringLiteral("csv"), QStringLiteral("-o"), csv});
    REQUIRE(all.exitCode == 0);
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes);
    CHECK(text.contains(QStringLiteral("Kraj;Imię;Nazwisko;PESEL;")));
    CHECK(text.count(QStringLiteral("\r\n")) == participants(file) + 1);

    const QString xlsx = dir.filePath(QStringLiteral("out.xlsx"));
    const Run period = cli({QStringLiteral("export"), file, QStringLiteral("participants"), QStringLiteral("--format"),
                            QStringLiteral("xlsx"), QStringLiteral("-o"), xlsx, QStringLiteral("--period"),
                            QStringLiteral("2011-01-01..2011-03-31")});
    CHECK(period.exitCode == 0);
    CHECK(QFile::exists(xlsx));
    CHECK(cli({QStringLiteral("export"), file, QStringLiteral("participants"), QStringLiteral("--format"),
               QStringLiteral("pdf"), QStringLiteral("-o"), xlsx})
              .exitCode == 2);
    CHECK(cli({QStringLiteral("export"), file, QStringLiteral("participants"), QStringLiteral("-o"), xlsx,
               QStringLiteral("--period"), QStringLiteral("2011-05-01..2011-01-01")})
              .exitCode == 2);
}
