// osiedle-cli and questionnaires: the blank forms of a round, the answers imported, the
// indicators of the scales in the JSON report.

#include "core/storage/Database.h"
#include "core/storage/SurveyRoundRepository.h"
#include "support/CliProcess.h"
#include "support/DemoFiles.h"
#include "support/PdfText.h"
#include "support/QtStringMakers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace osiedle;
using test::runCli;

namespace {

// The demo's first entry round of a course and of an OSS (anonymous), with a respondent each.
struct DemoRounds {
    qint64 course = 0;
    int courseRespondents = 0;
    QString code;      ///< a respondent's code in the course round
    qint64 person = 0; ///< that respondent
    qint64 coop = 0;
    int coopRespondents = 0;
};

DemoRounds demoRounds(const QString& file)
{
    auto opened = core::Database::open(file);
    REQUIRE(opened.ok());
    core::SurveyRoundRepository rounds(**opened);
    DemoRounds found;
    for (const core::SurveyRoundSummary& s : rounds.list()) {
        if (s.round.kind != core::RoundKind::Entry) {
            continue;
        }
        if (s.round.courseId && found.course == 0 &&
            s.instrumentName == QStringLiteral("Ankieta postaw przedsiębiorczych")) {
            found.course = s.round.id;
            found.courseRespondents = s.respondents;
            found.code = rounds.respondents(s.round.id).first().code;
            found.person = rounds.respondents(s.round.id).first().participantId;
        }
        if (s.round.socialCoopId && found.coop == 0) {
            found.coop = s.round.id;
            found.coopRespondents = s.respondents;
        }
    }
    REQUIRE(found.course != 0);
    REQUIRE(found.coop != 0);
    return found;
}

} // namespace

TEST_CASE("osiedle-cli print questionnaires writes a blank form per respondent of a round", "[surveys][cli]")
{
    REQUIRE(test::hasPdfToText());
    QTemporaryDir dir;
    const QString file = test::demoCopy(1, dir.path());
    const DemoRounds r = demoRounds(file);

    const QString pdf = dir.filePath(QStringLiteral("ankiety.pdf"));
    const auto run = runCli({QStringLiteral("print"), file, QStringLiteral("questionnaires"), QStringLiteral("--round"),
                             QString::number(r.course), QStringLiteral("-o"), pdf});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("%1 pages").arg(r.courseRespondents)));
    const QString text = test::pdfText(pdf);
    CHECK(text.count(QStringLiteral("Ankieta postaw przedsiębiorczych")) >= r.courseRespondents);
    CHECK(text.count(QStringLiteral("Respondent:")) == r.courseRespondents);

    // The relations questionnaire is anonymous: codes, no names.
    const QString anonymous = dir.filePath(QStringLiteral("relacje.pdf"));
    const auto coop = runCli({QStringLiteral("print"), file, QStringLiteral("questionnaires"),
                              QStringLiteral("--round"), QString::number(r.coop), QStringLiteral("-o"), anonymous});
    REQUIRE(coop.exitCode == 0);
    const QString coopText = test::pdfText(anonymous);
    CHECK(coopText.count(QStringLiteral("Code:")) == r.coopRespondents);
    CHECK_FALSE(coopText.contains(QStringLiteral("Respondent:")));

    const auto missing = runCli({QStringLiteral("print"), file, QStringLiteral("questionnaires"),
                                 QStringLiteral("--round"), QStringLiteral("99999"), QStringLiteral("-o"), pdf});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("There is no round with id 99999.")));
    const auto noRound =
        runCli({QStringLiteral("print"), file, QStringLiteral("questionnaires"), QStringLiteral("-o"), pdf});
    CHECK(noRound.exitCode == 2);
    CHECK(noRound.err.contains(QStringLiteral("--round must be the id of a round")));
    const auto wrongOption = runCli({QStringLiteral("print"), file, QStringLiteral("certificates"),
                                     QStringLiteral("--round"), QStringLiteral("1"), QStringLiteral("-o"), pdf});
    CHECK(wrongOption.exitCode == 2);
}

TEST_CASE("osiedle-cli import answers checks everything first, names every problem, writes all or nothing",
          "[surveys][cli]")
{
    QTemporaryDir dir;
    const QString file = test::demoCopy(1, dir.path());
    const DemoRounds r = demoRounds(file);
    auto answers = [&] {
        auto opened = core::Database::open(file);
        REQUIRE(opened.ok());
        QList<int> values;
        for (const core::SurveyAnswer& a : core::SurveyRoundRepository(**opened).answersOf(r.course, r.person)) {
            values << a.value;
        }
        std::sort(values.begin(), values.end());
        return values;
    };
    const QList<int> before = answers();

    const QString bad = dir.filePath(QStringLiteral("zle.csv"));
    QFile badFile(bad);
    REQUIRE(badFile.open(QIODevice::WriteOnly));
    badFile.write(QStringLiteral("Kod;1;2\n%1;9;2\nXXXX;1;1\n").arg(r.code).toUtf8());
    badFile.close();
    const auto refused = runCli({QStringLiteral("import"), file, QStringLiteral("answers"), QStringLiteral("--round"),
                                 QString::number(r.course), bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("nothing imported, 2 problem(s)")));
    CHECK(refused.err.contains(QStringLiteral("row 2, column 1: “9” is not an answer of item 1 (1–5)")));
    CHECK(refused.err.contains(QStringLiteral("row 3, column Kod: no respondent of this round has the code XXXX")));
    CHECK(answers() == before);

    const QString good = dir.filePath(QStringLiteral("dobre.csv"));
    QFile goodFile(good);
    REQUIRE(goodFile.open(QIODevice::WriteOnly));
    goodFile.write(
        QStringLiteral("Sygnatura czasowa;Kod;1;2;3;4;5;6;7;8\n2011-02-01;%1;5;4;4;5;1;4;4;1\n").arg(r.code).toUtf8());
    goodFile.close();
    const auto dry = runCli({QStringLiteral("import"), file, QStringLiteral("answers"), QStringLiteral("--round"),
                             QString::number(r.course), good, QStringLiteral("--dry-run")});
    INFO(dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("Columns not imported: Sygnatura czasowa")));
    CHECK(dry.out.contains(QStringLiteral("1 rows checked: 1 form(s) would be imported")));
    CHECK(answers() == before);
    const auto done = runCli({QStringLiteral("import"), file, QStringLiteral("answers"), QStringLiteral("--round"),
                              QString::number(r.course), good});
    REQUIRE(done.exitCode == 0);
    CHECK(done.out.contains(QStringLiteral("1 form(s) imported")));
    CHECK(answers() == QList<int>{1, 1, 4, 4, 4, 4, 5, 5});

    const auto noRound = runCli({QStringLiteral("import"), file, QStringLiteral("answers"), good});
    CHECK(noRound.exitCode == 2);
    CHECK(noRound.err.contains(QStringLiteral("Give the round the answers belong to with --round ID.")));
    const auto roundElsewhere = runCli({QStringLiteral("import"), file, QStringLiteral("participants"),
                                        QStringLiteral("--round"), QStringLiteral("1"), good});
    CHECK(roundElsewhere.exitCode == 2);
    CHECK(roundElsewhere.err.contains(QStringLiteral("--round is an option of the answers import only.")));
    const auto notNumber = runCli({QStringLiteral("import"), file, QStringLiteral("answers"), QStringLiteral("--round"),
                                   QStringLiteral("pierwsza"), good});
    CHECK(notNumber.exitCode == 2);
}

TEST_CASE("osiedle-cli report JSON has the indicators of the three scales", "[surveys][cli]")
{
    QTemporaryDir dir;
    const QString file = test::demoCopy(1, dir.path());
    const QString json = dir.filePath(QStringLiteral("raport.json"));
    const auto run =
        runCli({QStringLiteral("report"), file, QStringLiteral("--period"), QStringLiteral("2010-10-01..2013-06-30"),
                QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), json});
    REQUIRE(run.exitCode == 0);
    QFile in(json);
    REQUIRE(in.open(QIODevice::ReadOnly));
    const QJsonArray indicators =
        QJsonDocument::fromJson(in.readAll()).object()[QStringLiteral("indicators")].toArray();
    QStringList found;
    for (const QJsonValue& value : indicators) {
        const QJsonObject row = value.toObject();
        const QString code = row[QStringLiteral("code")].toString();
        if (!code.startsWith(QLatin1String("IMPROVED_"))) {
            continue;
        }
        found << code;
        INFO(code.toStdString());
        CHECK(row[QStringLiteral("kind")].toString() == QStringLiteral("result"));
        const QJsonObject cumulative = row[QStringLiteral("cumulative")].toObject();
        CHECK(cumulative[QStringLiteral("total")].toInteger() > 0);
        CHECK(cumulative[QStringLiteral("women")].toInteger() + cumulative[QStringLiteral("men")].toInteger() ==
              cumulative[QStringLiteral("total")].toInteger());
        CHECK(row[QStringLiteral("target")].toObject()[QStringLiteral("total")].toInteger() > 0);
    }
    CHECK(found == QStringList{"IMPROVED_ATTITUDE", "IMPROVED_KNOWLEDGE", "IMPROVED_RELATIONS"});
}
