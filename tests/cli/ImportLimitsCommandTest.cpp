// Bad input that must be refused with a message, not crash or hang: spreadsheet bombs, amounts
// and dates out of any real range; and a name that begins with U+FEFF kept whole.

#include "support/CliProcess.h"
#include "support/DemoFiles.h"
#include "support/FileBytes.h"
#include "support/QtStringMakers.h"
#include "support/TableDump.h"
#include "support/TempProject.h"
#include "support/ZipBuilder.h"
#include "tests/core/DebtTestData.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace osiedle;
using test::runCli;

TEST_CASE("A spreadsheet bomb is refused at once, naming the limit", "[cli][limits]")
{
    QTemporaryDir dir;
    const QString project = test::demoCopy(1, dir.path());
    const QByteArray head = "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                            "spreadsheetml/2006/main\"><sheetData>";
    // 2,000 rows with a value in column XFD: padded rows once took gigabytes.
    QByteArray rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>first_name</t></is></c></row>";
    for (int r = 2; r <= 2000; ++r) {
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r) +
                "\" t=\"inlineStr\"><is><t>Jan</t></is></c><c r=\"XFD" + QByteArray::number(r) +
                "\" t=\"inlineStr\"><is><t>x</t></is></c></row>";
    }
    test::ZipBuilder wide;
    wide.add("xl/worksheets/sheet1.xml", head + rows + "</sheetData></worksheet>");
    test::writeFile(dir.filePath(QStringLiteral("szeroki.xlsx")), wide.bytes());
    // A workbook whose sheet unpacks to 1.5 GiB.
    test::ZipBuilder bomb;
    bomb.add("xl/worksheets/sheet1.xml", head + "</sheetData></worksheet>", qint64(1536) * 1024 * 1024);
    test::writeFile(dir.filePath(QStringLiteral("bomba.xlsx")), bomb.bytes());

    test::CliOptions quick;
    quick.timeoutMs = 20000;
    for (const auto& [file, limit] : {std::pair{QStringLiteral("szeroki.xlsx"), QStringLiteral("at most 256 columns")},
                                      std::pair{QStringLiteral("bomba.xlsx"), QStringLiteral("at most 256 MB")}}) {
        QElapsedTimer clock;
        clock.start();
        const auto run = runCli({QStringLiteral("import"), project, QStringLiteral("participants"), dir.filePath(file),
                                 QStringLiteral("--dry-run")},
                                quick);
        INFO(file.toStdString() + ": " + run.err.toStdString());
        CHECK_FALSE(run.crashed);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(limit));
    }
}

TEST_CASE("Amounts and dates beyond any real entry are refused by the ledger import", "[cli][limits][debts]")
{
    test::TempProject project;
    {
        test::DebtWorld world(project.db());
        world.tenant("Kowalska", test::d("2012-01-10"), test::zl(3000)); // account K/1
    }
    const QByteArray before = test::tableDump(project.db());
    project.close();
    const QString csv = project.dir() + QStringLiteral("/ksiega.csv");
    test::writeFile(csv, "Nr konta;Data;Rodzaj;Kwota;Uwagi\n"
                         "K/1;2012-02-01;naliczenie;1000000000000000;\n"
                         "K/1;0001-01-01;naliczenie;10,00;\n"
                         "K/1;9999-12-31;naliczenie;10,00;\n");
    const auto run = runCli({QStringLiteral("import"), project.path(), QStringLiteral("ledger"), csv});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("row 2, column")));
    CHECK(run.err.contains(QStringLiteral("the largest amount Osiedle accepts")));
    CHECK(run.err.contains(QStringLiteral("row 3, column")));
    CHECK(run.err.contains(QStringLiteral("row 4, column")));
    CHECK(run.err.count(QStringLiteral("01.01.1900–31.12.2099")) == 2);
    project.reopen();
    CHECK(test::tableDump(project.db()) == before);
}

TEST_CASE("A name that begins with U+FEFF keeps it through import and export", "[cli][import]")
{
    QTemporaryDir dir;
    const QString project = test::demoCopy(1, dir.path());
    const QString name = QChar(0xFEFF) + QStringLiteral("Zenobia");
    const QString input = dir.filePath(QStringLiteral("nowi.csv"));
    test::writeFile(input,
                    "\xEF\xBB\xBF" + QStringLiteral("first_name;last_name;pesel;recruited_on\n%1;Nowa;02211307589;"
                                                    "2011-03-01\n")
                                         .arg(name)
                                         .toUtf8());
    REQUIRE(runCli({QStringLiteral("import"), project, QStringLiteral("participants"), input}).exitCode == 0);
    const QString out = dir.filePath(QStringLiteral("uczestnicy.csv"));
    REQUIRE(runCli({QStringLiteral("export"), project, QStringLiteral("participants"), QStringLiteral("-o"), out})
                .exitCode == 0);
    const QString text = QString::fromUtf8(test::readFile(out));
    CHECK(text.contains(QLatin1Char(';') + name + QLatin1Char(';')));
}
