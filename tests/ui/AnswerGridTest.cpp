#include "ui/surveys/AnswerGrid.h"

#include "core/storage/SurveyRoundRepository.h"
#include "support/QtStringMakers.h"
#include "support/SurveyTestData.h"
#include "support/TestContext.h"
#include "ui/surveys/AnswerGridModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace osiedle;

namespace {

// The attitude questionnaire (1–5, 1–5 reversed, yes/no, yes/no reversed) given to participants
// 1, 2 and 3 (Nazwisko1 Osoba1 …).
struct GridFixture {
    test::TestContext t;
    test::SurveyTestData data;
    qint64 round = 0;

    GridFixture()
    {
        data = test::fillSurveyTestData(t.db());
        round = test::addSurveyRound(t.db(), data.attitude, "entry", "2011-01-10", {1, 2, 3});
    }

    std::optional<int> stored(qint64 participant, int item)
    {
        return core::SurveyRoundRepository(t.db()).answer(round, participant, data.attitudeItems[item - 1]);
    }
};

} // namespace

TEST_CASE("Paper forms are typed into the answers grid from the keyboard", "[surveys][grid][ui]")
{
    GridFixture f;
    ui::AnswerGrid grid(f.t.context);
    QAbstractItemModelTester tester(grid.gridModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    grid.setRound(f.round);
    grid.resize(700, 300);
    grid.show();
    grid.setFocus();
    QSignalSpy messages(&grid, &ui::AnswerGrid::message);
    auto* model = grid.gridModel();
    REQUIRE(model->respondentCount() == 3);
    REQUIRE(model->columnCount() == 5); // four items and the score on the scale
    CHECK(model->headerData(0, Qt::Vertical).toString() == QStringLiteral("Nazwisko1 Osoba1"));
    CHECK(model->headerData(4, Qt::Horizontal).toString() == QStringLiteral("Σ Postawy przedsiębiorcze"));

    // A form: each digit or letter records the answer and moves on; after the last item the
    // next form begins.
    QTest::keyClick(&grid, Qt::Key_4);
    QTest::keyClick(&grid, Qt::Key_2);
    QTest::keyClick(&grid, Qt::Key_T);
    QTest::keyClick(&grid, Qt::Key_N);
    CHECK(f.stored(1, 1) == 4);
    CHECK(f.stored(1, 2) == 2);
    CHECK(f.stored(1, 3) == 1);
    CHECK(f.stored(1, 4) == 0);
    CHECK(grid.currentIndex() == model->index(1, 0));
    CHECK(model->data(model->index(0, 2)).toString() == QStringLiteral("Y"));
    CHECK(model->data(model->index(0, 4)).toString() == QStringLiteral("10")); // 4 + (6 − 2) + 1 + (1 − 0)

    // An answer the item does not take is refused, and nothing moves.
    QTest::keyClick(&grid, Qt::Key_7);
    CHECK_FALSE(f.stored(2, 1).has_value());
    CHECK(grid.currentIndex() == model->index(1, 0));
    REQUIRE(messages.size() == 1);
    CHECK(messages.first().first().toString() == QStringLiteral("Item 1 takes 1–5."));

    // An unfinished form shows no score yet; Enter goes to the next form.
    QTest::keyClick(&grid, Qt::Key_5);
    CHECK(model->data(model->index(1, 4)).toString() == QStringLiteral("—"));
    QTest::keyClick(&grid, Qt::Key_Return);
    CHECK(grid.currentIndex() == model->index(2, 0));
    QTest::keyClick(&grid, Qt::Key_2, Qt::KeypadModifier); // the number pad too
    CHECK(f.stored(3, 1) == 2);

    // Delete clears, undo brings it back, redo clears again.
    grid.setCurrentIndex(model->index(0, 2));
    QTest::keyClick(&grid, Qt::Key_Delete);
    CHECK_FALSE(f.stored(1, 3).has_value());
    CHECK(grid.currentIndex() == model->index(0, 2));
    f.t.undo.undo();
    CHECK(f.stored(1, 3) == 1);
    CHECK(model->data(model->index(0, 2)).toString() == QStringLiteral("Y"));
    f.t.undo.redo();
    CHECK_FALSE(f.stored(1, 3).has_value());
    // Undo all the way: nothing typed is left.
    while (f.t.undo.canUndo()) {
        f.t.undo.undo();
    }
    CHECK(core::SurveyRoundRepository(f.t.db()).answerCount(f.round) == 0);
    CHECK(model->formsReturned() == 0);
}

TEST_CASE("The answers grid finds a form by code or name and takes a test's answers as letters", "[surveys][grid][ui]")
{
    GridFixture f;
    const qint64 test = test::addSurveyRound(f.t.db(), f.data.test, "entry", "2011-01-10", {1, 2, 3});
    f.t.db().exec("UPDATE survey_round SET anonymous = 1");
    ui::AnswerGrid grid(f.t.context);
    grid.setRound(test);
    grid.show();
    auto* model = grid.gridModel();
    CHECK(model->headerData(0, Qt::Vertical).toString() == QStringLiteral("K1  Nazwisko1 Osoba1"));
    REQUIRE(grid.findForm(QStringLiteral("k3")));
    CHECK(grid.currentIndex() == model->index(2, 0));
    QTest::keyClick(&grid, Qt::Key_B);
    QTest::keyClick(&grid, Qt::Key_3);
    QTest::keyClick(&grid, Qt::Key_D); // only a–c
    CHECK(core::SurveyRoundRepository(f.t.db()).answer(test, 3, f.data.testItems[0]) == 2);
    CHECK(core::SurveyRoundRepository(f.t.db()).answer(test, 3, f.data.testItems[1]) == 3);
    CHECK_FALSE(core::SurveyRoundRepository(f.t.db()).answer(test, 3, f.data.testItems[2]).has_value());
    CHECK(model->data(model->index(2, 0)).toString() == QStringLiteral("b"));
    CHECK(model->data(model->index(2, 3)).toString() == QStringLiteral("1")); // b is right, c is not (it is a)
    CHECK_FALSE(grid.findForm(QStringLiteral("Kowalski")));
}
