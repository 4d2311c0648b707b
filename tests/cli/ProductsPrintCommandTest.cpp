#include "support/CliProcess.h"
#include "support/PdfText.h"
#include "support/TempProject.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace osiedle;

namespace {

// A competition with three jurors scoring two OSS (a tie is impossible: 9 against 7 points), a
// study trip with a traveller and a conference with a participant and two guests.
void fillProducts(core::Database& db)
{
    db.exec("INSERT INTO housing_coop (id, name) VALUES (1, 'SM Wola');"
            "INSERT INTO social_coop (id, name, housing_coop_id) VALUES (1, 'OSS Wola Pracy', 1),"
            " (2, 'OSS Zielony Skwer', 1);"
            "INSERT INTO participant (id, first_name, last_name, sex, recruited_on) VALUES"
            " (1, 'Anna', 'Kowalska', 'F', '2010-11-02');"
            "INSERT INTO competition (id, name, year) VALUES (1, 'Konkurs dobrych praktyk', 2013);"
            "INSERT INTO competition_category (id, competition_id, kind, name, awards) VALUES"
            " (1, 1, 'social_coop', 'Najlepsza OSS', 1);"
            "INSERT INTO competition_criterion (id, competition_id, name, max_points, weight) VALUES"
            " (1, 1, 'Trwałość', 10, 1);"
            "INSERT INTO juror (id, competition_id, name, institution) VALUES (1, 1, 'Ewa Nowak', 'ROPS'),"
            " (2, 1, 'Jan Lis', 'PUP'), (3, 1, 'Olga Bąk', 'OPS');"
            "INSERT INTO nomination (id, category_id, social_coop_id, justification, award) VALUES"
            " (1, 1, 1, '', 'Nagroda główna'), (2, 1, 2, '', '');"
            "INSERT INTO jury_score (nomination_id, juror_id, criterion_id, points) VALUES"
            " (1, 1, 1, 3), (1, 2, 1, 3), (1, 3, 1, 3), (2, 1, 1, 2), (2, 2, 1, 2), (2, 3, 1, 3);"
            "INSERT INTO event (id, kind, name, start_date, end_date, place) VALUES"
            " (1, 'study_trip', 'Wizyta w Trentino', '2012-06-04', '2012-06-08', 'Trento'),"
            " (2, 'conference', 'Konferencja końcowa', '2013-06-11', '2013-06-11', 'Warszawa');"
            "INSERT INTO event_attendee (event_id, participant_id, name, institution, role, cost, attended) VALUES"
            " (1, 1, '', '', 'participant', 420000, 1),"
            " (2, 1, '', '', 'participant', 15000, 1),"
            " (2, NULL, 'Piotr Sadowski', 'PUP w Otwocku', 'guest', 15000, 1),"
            " (2, NULL, 'Ewa Chmielewska', 'MCPS', 'guest', 15000, 1);");
}

test::CliRun print(const test::TempProject& project, QStringList args)
{
    return test::runCli(QStringList{QStringLiteral("print"), project.path()} + args);
}

} // namespace

TEST_CASE("print writes the competition results, the jury sheet, the event lists and the timeline", "[cli][products]")
{
    test::TempProject project;
    fillProducts(project.db());
    project.close();
    struct Case {
        QStringList args;
        QStringList expected;
    };
    const QList<Case> cases = {
        {{QStringLiteral("competition-results"), QStringLiteral("--competition"), QStringLiteral("1")},
         {QStringLiteral("Competition results"), QStringLiteral("OSS Wola Pracy"), QStringLiteral("9"),
          QStringLiteral("OSS Zielony Skwer"), QStringLiteral("7"), QStringLiteral("Nagroda główna")}},
        {{QStringLiteral("jury-sheet"), QStringLiteral("--competition"), QStringLiteral("1")},
         {QStringLiteral("Juror: Ewa Nowak (ROPS)"), QStringLiteral("Juror: Jan Lis (PUP)"),
          QStringLiteral("Juror: Olga Bąk (OPS)"), QStringLiteral("Trwałość")}},
        {{QStringLiteral("event-list"), QStringLiteral("--event"), QStringLiteral("1")},
         {QStringLiteral("Wizyta w Trentino"), QStringLiteral("Kowalska Anna")}},
        {{QStringLiteral("event-list"), QStringLiteral("--event"), QStringLiteral("2")},
         {QStringLiteral("Konferencja końcowa"), QStringLiteral("Piotr Sadowski"), QStringLiteral("PUP w Otwocku"),
          QStringLiteral("Ewa Chmielewska")}},
        {{QStringLiteral("timeline"), QStringLiteral("--to"), QStringLiteral("2013-01-31")},
         {QStringLiteral("Project timeline"), QStringLiteral("State on 31.01.2013")}},
    };
    for (const Case& c : cases) {
        INFO(c.args.join(QLatin1Char(' ')).toStdString());
        const QString pdf = project.dir() + QStringLiteral("/out.pdf");
        QFile::remove(pdf);
        const test::CliRun run = print(project, c.args + QStringList{QStringLiteral("-o"), pdf});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        QFile file(pdf);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.read(5) == "%PDF-");
        if (!test::hasPdfToText()) {
            WARN("pdftotext is not installed: the PDF's text is not checked");
            continue;
        }
        const QString text = test::pdfText(pdf);
        for (const QString& expected : c.expected) {
            INFO(expected.toStdString());
            CHECK(text.contains(expected));
        }
    }
}

TEST_CASE("print names an unknown competition or event and an option the document does not take", "[cli][products]")
{
    test::TempProject project;
    fillProducts(project.db());
    project.close();
    const QString pdf = project.dir() + QStringLiteral("/out.pdf");
    test::CliRun run = print(project, {QStringLiteral("jury-sheet"), QStringLiteral("--competition"),
                                       QStringLiteral("7"), QStringLiteral("-o"), pdf});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("There is no competition with id 7.")));
    run = print(project, {QStringLiteral("event-list"), QStringLiteral("--event"), QStringLiteral("3"),
                          QStringLiteral("-o"), pdf});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("There is no study trip or conference with id 3.")));
    run = print(project, {QStringLiteral("event-list"), QStringLiteral("--event"), QStringLiteral("x"),
                          QStringLiteral("-o"), pdf});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("--event must be the id of a study trip or conference, not \"x\".")));
    run = print(project, {QStringLiteral("timeline"), QStringLiteral("--course"), QStringLiteral("1"),
                          QStringLiteral("-o"), pdf});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("--course is not an option of the timeline document.")));
    run = print(project, {QStringLiteral("timeline"), QStringLiteral("--from"), QStringLiteral("2012-01-01"),
                          QStringLiteral("-o"), pdf});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("--from is not an option of the timeline document.")));
    CHECK_FALSE(QFile::exists(pdf));
}
