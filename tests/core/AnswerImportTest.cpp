#include "core/io/AnswerImport.h"

#include "core/io/CsvReader.h"
#include "core/io/XlsxWriter.h"
#include "core/storage/Database.h"
#include "core/storage/SurveyRoundRepository.h"
#include "support/QtStringMakers.h"
#include "support/SurveyTestData.h"
#include "support/TempProject.h"

#include <QTemporaryDir>

using namespace osiedle;

namespace {

// The attitude questionnaire (items 1–5 scale, 2 reversed, 3 yes/no, 4 yes/no reversed) given
// to participants 1 (Osoba1 Nazwisko1, PESEL 70010100001), 2 and 3, codes K1, K2, K3.
struct ImportFixture {
    test::TempProject project;
    test::SurveyTestData data;
    qint64 round = 0;
    qint64 testRound = 0;

    ImportFixture()
    {
        data = test::fillSurveyTestData(project.db());
        round = test::addSurveyRound(project.db(), data.attitude, "entry", "2011-01-10", {1, 2, 3});
        testRound = test::addSurveyRound(project.db(), data.test, "entry", "2011-01-10", {1, 2, 3});
    }

    core::AnswerImportReport import(const QByteArray& csv, bool dryRun = false, qint64 which = 0)
    {
        const auto table = core::CsvReader::parse(csv);
        REQUIRE(table.ok());
        return core::AnswerImport::run(project.db(), which ? which : round, *table, dryRun);
    }

    std::optional<int> answer(qint64 participant, int item, qint64 which = 0)
    {
        const QList<qint64>& items = which == testRound ? data.testItems : data.attitudeItems;
        return core::SurveyRoundRepository(project.db()).answer(which ? which : round, participant, items[item - 1]);
    }

    int answerCount() { return core::SurveyRoundRepository(project.db()).answerCount(round); }
};

QStringList texts(const core::AnswerImportReport& report)
{
    QStringList list;
    for (const auto& p : report.problems) {
        list << p.text();
    }
    return list;
}

} // namespace

TEST_CASE("Answers come in by code, with items by number and the scale's words", "[surveys][import]")
{
    ImportFixture f;
    const auto report = f.import("Sygnatura czasowa;Kod;1;2;3;4\n"
                                 "2011-01-10 10:02;K1;4;raczej się nie zgadzam;tak;nie\n"
                                 "2011-01-10 10:05;k2;5 - zdecydowanie się zgadzam;1;1;0\n");
    INFO(texts(report).join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.problems.isEmpty());
    CHECK(report.written);
    CHECK(report.rows == 2);
    CHECK(report.forms == 2);
    CHECK(report.answers == 8);
    CHECK(report.replaced == 0);
    CHECK(report.ignoredColumns == QStringList{QStringLiteral("Sygnatura czasowa")});
    CHECK(f.answer(1, 1) == 4);
    CHECK(f.answer(1, 2) == 2);
    CHECK(f.answer(1, 3) == 1);
    CHECK(f.answer(1, 4) == 0);
    CHECK(f.answer(2, 1) == 5);
    CHECK_FALSE(f.answer(3, 1).has_value());
}

TEST_CASE("Answers come in by PESEL or name, with items by text; a blank cell is no answer", "[surveys][import]")
{
    ImportFixture f;
    const auto report = f.import("PESEL,Imię i nazwisko,Pytanie 1,Pyt. 2,P3,Q4\n"
                                 "70010100001,,3,,T,N\n"
                                 ",Nazwisko2 Osoba2,2,4,nie,tak\n"
                                 ",osoba3   nazwisko3,1,1,0,\n");
    INFO(texts(report).join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.problems.isEmpty());
    CHECK(report.forms == 3);
    CHECK(f.answer(1, 1) == 3);
    CHECK_FALSE(f.answer(1, 2).has_value());
    CHECK(f.answer(1, 3) == 1);
    CHECK(f.answer(2, 2) == 4);
    CHECK(f.answer(3, 3) == 0);
    CHECK_FALSE(f.answer(3, 4).has_value());
}

TEST_CASE("A test's answers come in as numbers, letters or the answer's text", "[surveys][import]")
{
    ImportFixture f;
    const auto report = f.import("kod;1;2;3\nK1;b;1;c)\nK2;2;A;a\n", false, f.testRound);
    INFO(texts(report).join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.problems.isEmpty());
    CHECK(f.answer(1, 1, f.testRound) == 2);
    CHECK(f.answer(1, 3, f.testRound) == 3);
    CHECK(f.answer(2, 2, f.testRound) == 1);
    CHECK(f.answer(2, 3, f.testRound) == 1);
}

TEST_CASE("A bad file is refused whole, every problem named by row and column", "[surveys][import]")
{
    ImportFixture f;
    test::answerForm(f.project.db(), f.round, 3, f.data.attitudeItems, {1, 1, 1, 1});
    const auto report = f.import("Kod;1;2;3;4\n"
                                 "K1;7;2;1;0\n"    // row 2: 7 is no answer of a 1–5 item
                                 "ZZZZ;1;2;1;0\n"  // row 3: no such code
                                 "K2;1;2;może;0\n" // row 4: not yes or no
                                 "K1;1;2;1;0\n"    // row 5: right (row 2 of K1 was refused)
                                 "K3;;;;\n"        // row 6: nothing answered
                                 ";1;2;1;0\n");    // row 7: whose?
    CHECK(texts(report) == QStringList{
                               QStringLiteral("row 2, column 1: “7” is not an answer of item 1 (1–5)"),
                               QStringLiteral("row 3, column Kod: no respondent of this round has the code ZZZZ"),
                               QStringLiteral("row 4, column 3: “może” is not an answer of item 3 (1 (yes) or 0 (no))"),
                               QStringLiteral("row 6: the row has no answers"),
                               QStringLiteral("row 7: the row does not say whose form it is: give the code, PESEL or "
                                              "name"),
                           });
    CHECK_FALSE(report.written);
    CHECK(f.answerCount() == 4); // only what was there

    const auto twice = f.import("Kod;1\nK1;1\nK1;2\n");
    CHECK(texts(twice) == QStringList{QStringLiteral("row 3: the same person as row 2")});

    const auto header = f.import("Nazwa;9;2\nK1;1;2\n");
    CHECK(texts(header) ==
          QStringList{QStringLiteral("column 9: the questionnaire has no item 9 (it has 4 item(s))"),
                      QStringLiteral("the file needs a column that names the person: “code” (kod), “pesel”, “name” "
                                     "(imię i nazwisko), or “first name” and “last name”")});
    CHECK(f.answerCount() == 4);
}

TEST_CASE("A dry run writes nothing; importing again replaces the forms", "[surveys][import]")
{
    ImportFixture f;
    const QByteArray csv = "kod;1;2;3;4\nK1;4;2;1;0\nK2;5;1;1;0\n";
    const auto dry = f.import(csv, true);
    REQUIRE(dry.problems.isEmpty());
    CHECK(dry.forms == 2);
    CHECK_FALSE(dry.written);
    CHECK(f.answerCount() == 0);
    REQUIRE(f.import(csv).written);
    CHECK(f.answerCount() == 8);
    const auto again = f.import("kod;1\nK1;3\n");
    REQUIRE(again.written);
    CHECK(again.replaced == 1);
    CHECK(f.answer(1, 1) == 3);
    CHECK_FALSE(f.answer(1, 2).has_value()); // the form in the file is the whole form
    CHECK(again.previousForms.value(1).size() == 4);
}

TEST_CASE("Answers come in from an XLSX sheet too", "[surveys][import]")
{
    REQUIRE(core::XlsxWriter::available());
    ImportFixture f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ankiety.xlsx"));
    core::XlsxWriter writer(path);
    writer.addSheet(QStringLiteral("Odpowiedzi"));
    writer.writeHeader(
        {QStringLiteral("Kod"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")});
    writer.writeRow({QStringLiteral("K1"), qint64(4), qint64(2), QStringLiteral("tak"), qint64(0)});
    REQUIRE(writer.finish().ok());
    const auto report = core::AnswerImport::runFile(f.project.db(), f.round, path, false);
    INFO(texts(report).join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.written);
    CHECK(f.answer(1, 1) == 4);
    CHECK(f.answer(1, 3) == 1);
}
