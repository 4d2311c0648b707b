#include "core/storage/Database.h"
#include "support/CliProcess.h"
#include "support/DemoFiles.h"
#include "support/FileBytes.h"
#include "support/PdfText.h"
#include "support/QtStringMakers.h"
#include "support/SevenZip.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace osiedle;
using test::runCli;

TEST_CASE("osiedle-cli person-data prints everything held about a person, as PDF and JSON", "[cli][privacy][access]")
{
    REQUIRE(test::hasPdfToText());
    QTemporaryDir dir;
    const QString project = test::demoCopy(1, dir.path());
    qint64 id = 0;
    QString lastName;
    QString course;
    QString pesel;
    {
        auto db = core::Database::open(project, core::Database::Mode::ReadOnly);
        REQUIRE(db.ok());
        id = (*db)->scalar("SELECT participant_id FROM enrolment e JOIN debt_account a USING (participant_id) "
                           "ORDER BY participant_id LIMIT 1");
        REQUIRE(id > 0);
        core::Statement st = (*db)->prepare("SELECT p.last_name, p.pesel, c.name FROM participant p "
                                            "JOIN enrolment e ON e.participant_id = p.id "
                                            "JOIN course c ON c.id = e.course_id WHERE p.id = ?1");
        st.bind(1, id);
        REQUIRE(st.step());
        lastName = st.text(0);
        pesel = st.text(1);
        course = st.text(2);
    }
    const QString pdf = dir.filePath(QStringLiteral("dane.pdf"));
    const auto printed = runCli({QStringLiteral("person-data"), project, QStringLiteral("--participant"),
                                 QString::number(id), QStringLiteral("-o"), pdf});
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    const QString text = test::pdfText(pdf);
    CHECK(text.contains(lastName));
    CHECK(text.contains(pesel));
    CHECK(text.contains(course));
    CHECK(text.contains(QStringLiteral("Debt accounts")));
    CHECK(text.contains(QStringLiteral("Change history of the records")));

    const QString json = dir.filePath(QStringLiteral("dane.json"));
    REQUIRE(runCli({QStringLiteral("person-data"), project, QStringLiteral("--participant"), QString::number(id),
                    QStringLiteral("-o"), json})
                .exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(test::readFile(json)).object();
    CHECK(root.value(QStringLiteral("format")).toString() == QStringLiteral("osiedle-person-data"));
    CHECK(root.value(QStringLiteral("participant_id")).toInteger() == id);

    // Sealed for handing over.
    const QString archive = dir.filePath(QStringLiteral("dane.zip"));
    test::CliOptions options;
    options.standardInput = "haslo-do-danych\n";
    REQUIRE(runCli({QStringLiteral("person-data"), project, QStringLiteral("--participant"), QString::number(id),
                    QStringLiteral("-o"), archive, QStringLiteral("--encrypt")},
                   options)
                .exitCode == 0);
    const QString out = dir.filePath(QStringLiteral("out"));
    REQUIRE(test::sevenZipExtract(archive, out, QStringLiteral("haslo-do-danych")).exitCode == 0);
    CHECK(test::pdfText(out + QStringLiteral("/dane.pdf")).contains(pesel));

    CHECK(runCli({QStringLiteral("person-data"), project, QStringLiteral("--participant"), QStringLiteral("999999"),
                  QStringLiteral("-o"), pdf})
              .exitCode == 1);
}

TEST_CASE("osiedle-cli anonymise and erase follow the archiving date", "[cli][privacy][anonymise]")
{
    QTemporaryDir dir;
    const QString project = test::demoCopy(1, dir.path());
    const auto refused = runCli({QStringLiteral("anonymise"), project});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("Keep documents until")));
    qint64 participant = 0;
    {
        auto db = core::Database::open(project, core::Database::Mode::ReadOnly);
        REQUIRE(db.ok());
        participant = (*db)->scalar("SELECT min(participant_id) FROM attendance WHERE status = 'present'");
    }
    const auto kept =
        runCli({QStringLiteral("erase"), project, QStringLiteral("--participant"), QString::number(participant)});
    CHECK(kept.exitCode == 1);
    CHECK(kept.err.contains(QStringLiteral("participant of the project")));

    REQUIRE(runCli({QStringLiteral("project"), project, QStringLiteral("set"),
                    QStringLiteral("keep_documents_until=2020-12-31"), QStringLiteral("--yes")})
                .exitCode == 0);
    const auto done = runCli({QStringLiteral("anonymise"), project});
    INFO(done.err.toStdString());
    REQUIRE(done.exitCode == 0);
    CHECK(done.out.contains(QStringLiteral("anonymised")));
    auto db = core::Database::open(project, core::Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    CHECK((*db)->scalar("SELECT count(*) FROM participant WHERE pesel IS NOT NULL OR first_name <> 'Osoba'") == 0);
}
