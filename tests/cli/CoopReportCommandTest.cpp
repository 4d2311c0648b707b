#include "support/CliProcess.h"
#include "support/CoopReportTestData.h"
#include "support/PdfText.h"
#include "support/TempProject.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace osiedle;

TEST_CASE("print coop-report writes the OSS's report as PDF with its figures and members", "[cli][coopreport]")
{
    test::TempProject project;
    test::fillCoopReportTestData(project.db());
    project.close();
    const QString pdf = project.dir() + QStringLiteral("/coop.pdf");
    const test::CliRun run =
        test::runCli({QStringLiteral("print"), project.path(), QStringLiteral("coop-report"), QStringLiteral("--coop"),
                      QStringLiteral("1"), QStringLiteral("--from"), QStringLiteral("2011-01-01"),
                      QStringLiteral("--to"), QStringLiteral("2011-06-30"), QStringLiteral("-o"), pdf});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("pages")));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    if (!test::hasPdfToText()) {
        WARN("pdftotext is not installed: the PDF's text is not checked");
        return;
    }
    const QString text = test::pdfText(pdf);
    for (const char* expected :
         {"OSS Zacisze", "0000123456", "SM Zacisze", "Kowalska Anna", "Nowak Jan", "Zielińska Ewa",
          "Stowarzyszenie Osiedle", "1 / 1 / 1", "2, net 1 500,00 zł", "1, net 1 000,00 zł", "1, net 500,00 zł",
          "2, total 170,00 zł", "4 000,00 zł", "3 700,00 zł", "-300,00 zł", "Europejskiego Funduszu Społecznego",
          "Page 1 of 2", "Page 2 of 2"}) {
        INFO(expected);
        CHECK(text.contains(QString::fromUtf8(expected)));
    }
    CHECK_FALSE(text.contains(QStringLiteral("Wiśniewski")));
}

TEST_CASE("print coop-report refuses a missing or unknown cooperative and a bad date", "[cli][coopreport]")
{
    test::TempProject project;
    test::fillCoopReportTestData(project.db());
    project.close();
    const QString pdf = project.dir() + QStringLiteral("/coop.pdf");
    test::CliRun run = test::runCli(
        {QStringLiteral("print"), project.path(), QStringLiteral("coop-report"), QStringLiteral("-o"), pdf});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("--coop")));
    run = test::runCli({QStringLiteral("print"), project.path(), QStringLiteral("coop-report"),
                        QStringLiteral("--coop"), QStringLiteral("7"), QStringLiteral("-o"), pdf});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("7")));
    run = test::runCli({QStringLiteral("print"), project.path(), QStringLiteral("coop-report"),
                        QStringLiteral("--coop"), QStringLiteral("1"), QStringLiteral("--to"),
                        QStringLiteral("2011-02-30"), QStringLiteral("-o"), pdf});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("2011-02-30")));
    CHECK_FALSE(QFile::exists(pdf));
}
