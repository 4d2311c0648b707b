#include "core/storage/Database.h"
#include "support/CliProcess.h"
#include "support/DemoFiles.h"
#include "support/PdfText.h"
#include "support/QtStringMakers.h"

#include <QTemporaryDir>

using namespace osiedle;
using test::runCli;

namespace {

QString printed(const QString& file, QStringList args, const QString& pdf)
{
    const auto run = runCli(QStringList{QStringLiteral("print"), file} + args + QStringList{QStringLiteral("-o"), pdf});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    if (!test::hasPdfToText()) {
        FAIL("pdftotext (poppler-utils, installed by scripts/deps) is needed to read the printed document");
    }
    return test::pdfText(pdf);
}

qint64 scalar(const QString& file, const QByteArray& sql)
{
    auto db = core::Database::open(file);
    REQUIRE(db.ok());
    return db.value()->scalar(sql);
}

} // namespace

TEST_CASE("osiedle-cli print dates a finished project's documents on its last day, not today", "[cli][project]")
{
    QTemporaryDir dir;
    const QString demo = test::demoCopy(1, dir.path()); // the demo project ended on 30.06.2013
    const QString timeline = printed(demo, {QStringLiteral("timeline")}, dir.filePath(QStringLiteral("t.pdf")));
    CHECK(timeline.contains(QStringLiteral("State on 30.06.2013")));
    const QString coop = QString::number(scalar(demo, "SELECT min(id) FROM social_coop"));
    const QString report = printed(demo, {QStringLiteral("coop-report"), QStringLiteral("--coop"), coop},
                                   dir.filePath(QStringLiteral("c.pdf")));
    CHECK(report.contains(QStringLiteral("to 30.06.2013")));
    CHECK_FALSE(report.contains(QDate::currentDate().toString(QStringLiteral("dd.MM.yyyy"))));
}

TEST_CASE("osiedle-cli print signs certificates and protocols by the office's staff", "[cli][project]")
{
    QTemporaryDir dir;
    const QString demo = test::demoCopy(1, dir.path());
    const QString course =
        QString::number(scalar(demo, "SELECT min(course_id) FROM enrolment WHERE certificate_number IS NOT NULL"));
    const QString order = QString::number(scalar(demo, "SELECT min(id) FROM work_order WHERE accepted_on IS NOT NULL"));

    // By default the project's signatory, the demo's coordinator.
    const QString certificates = printed(demo, {QStringLiteral("certificates"), QStringLiteral("--course"), course},
                                         dir.filePath(QStringLiteral("cert.pdf")));
    CHECK(certificates.contains(QStringLiteral("Katarzyna Wiśniewska Koordynatorka projektu")));
    CHECK(certificates.contains(QStringLiteral("contract no. POKL.07.02.02-14-123/10")));

    const QString protocol = printed(demo,
                                     {QStringLiteral("protocol"), QStringLiteral("--order"), order,
                                      QStringLiteral("--signed-by"), QStringLiteral("marek zieliński")},
                                     dir.filePath(QStringLiteral("protocol.pdf")));
    CHECK(protocol.contains(QStringLiteral("Confirmed for the project office: Marek Zieliński Specjalista ds. "
                                           "rozliczeń")));
    CHECK(protocol.contains(QStringLiteral("contract no. POKL.07.02.02-14-123/10")));

    const auto nobody = runCli({QStringLiteral("print"), demo, QStringLiteral("protocol"), QStringLiteral("--order"),
                                order, QStringLiteral("--signed-by"), QStringLiteral("Jan Nikt"), QStringLiteral("-o"),
                                dir.filePath(QStringLiteral("x.pdf"))});
    CHECK(nobody.exitCode == 1);
    CHECK(nobody.err.contains(QStringLiteral("--signed-by: \"Jan Nikt\" is not among the office staff.")));
    const auto wrong = runCli({QStringLiteral("print"), demo, QStringLiteral("timeline"), QStringLiteral("--signed-by"),
                               QStringLiteral("Jan"), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.pdf"))});
    CHECK(wrong.exitCode == 2);
}
