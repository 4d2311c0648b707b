#include "core/domain/SurveyScoring.h"

#include "core/storage/Database.h"
#include "core/storage/SurveyScores.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"

using namespace osiedle;
using core::InstrumentItem;
using core::ItemKind;
using core::SurveyScoring;

namespace {

InstrumentItem item(qint64 id, ItemKind kind, qint64 scale, bool reversed = false)
{
    InstrumentItem i;
    i.id = id;
    i.position = int(id);
    i.text = QStringLiteral("Pytanie %1").arg(id);
    i.kind = kind;
    i.scaleId = scale;
    i.reversed = reversed;
    if (kind == ItemKind::Choice) {
        i.options = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
        i.correct = 3;
    }
    return i;
}

} // namespace

TEST_CASE("Each kind of item scores its answers, reversed items turned round", "[surveys]")
{
    const InstrumentItem likert = item(1, ItemKind::Likert, 1);
    const InstrumentItem likertReversed = item(2, ItemKind::Likert, 1, true);
    const InstrumentItem yesNo = item(3, ItemKind::YesNo, 1);
    const InstrumentItem yesNoReversed = item(4, ItemKind::YesNo, 1, true);
    const InstrumentItem choice = item(5, ItemKind::Choice, 2);

    CHECK(SurveyScoring::points(likert, 1) == 1);
    CHECK(SurveyScoring::points(likert, 4) == 4);
    CHECK(SurveyScoring::points(likertReversed, 1) == 5);
    CHECK(SurveyScoring::points(likertReversed, 4) == 2);
    CHECK(SurveyScoring::points(yesNo, 1) == 1);
    CHECK(SurveyScoring::points(yesNo, 0) == 0);
    CHECK(SurveyScoring::points(yesNoReversed, 1) == 0);
    CHECK(SurveyScoring::points(yesNoReversed, 0) == 1);
    CHECK(SurveyScoring::points(choice, 3) == 1);
    CHECK(SurveyScoring::points(choice, 2) == 0);

    CHECK(SurveyScoring::accepts(likert, 5));
    CHECK_FALSE(SurveyScoring::accepts(likert, 0));
    CHECK_FALSE(SurveyScoring::accepts(likert, 6));
    CHECK(SurveyScoring::accepts(yesNo, 0));
    CHECK_FALSE(SurveyScoring::accepts(yesNo, 2));
    CHECK(SurveyScoring::accepts(choice, 4));
    CHECK_FALSE(SurveyScoring::accepts(choice, 5));
    CHECK(SurveyScoring::acceptedAnswers(likert) == QStringLiteral("1–5"));
    CHECK(SurveyScoring::acceptedAnswers(choice) == QStringLiteral("1–4"));
}

TEST_CASE("A form scores on a scale only when every opinion of it is answered; a blank test answer is wrong",
          "[surveys]")
{
    core::Instrument n;
    n.items = {item(1, ItemKind::Likert, 1), item(2, ItemKind::Likert, 1, true), item(3, ItemKind::YesNo, 1),
               item(4, ItemKind::Choice, 2), item(5, ItemKind::Choice, 2)};
    // Scale 1: 1–5 + 1–5 + 0–1 → 2..11; scale 2: two questions → 0..2.
    const auto full = SurveyScoring::score(n, 1, {{1, 4}, {2, 2}, {3, 1}, {4, 3}, {5, 1}});
    CHECK(full.points == 4 + 4 + 1);
    CHECK(full.minPoints == 2);
    CHECK(full.maxPoints == 11);
    CHECK(full.complete());
    const auto test = SurveyScoring::score(n, 2, {{1, 4}, {4, 3}});
    CHECK(test.points == 1);
    CHECK(test.complete()); // question 5 left blank: wrong, not missing
    const auto missing = SurveyScoring::score(n, 1, {{1, 4}, {3, 1}});
    CHECK_FALSE(missing.complete());
    CHECK(missing.unanswered == QList<int>{2});
    CHECK_FALSE(SurveyScoring::score(n, 2, {{1, 4}}).complete()); // nothing of the test answered
    // An answer the item does not take counts as none.
    CHECK_FALSE(SurveyScoring::score(n, 1, {{1, 9}, {2, 2}, {3, 1}}).complete());
}

TEST_CASE("Improved means a rise by at least the minimal change", "[surveys]")
{
    CHECK(SurveyScoring::improved(7, 9, 2));
    CHECK_FALSE(SurveyScoring::improved(7, 8, 2));
    CHECK(SurveyScoring::improved(7, 8, 1));
    CHECK_FALSE(SurveyScoring::improved(7, 7, 1));
    CHECK_FALSE(SurveyScoring::improved(9, 7, 1));
}

TEST_CASE("The report's SQL gives every answer the points SurveyScoring gives it", "[surveys]")
{
    test::TempProject project;
    core::Database& db = project.db();
    core::Statement st =
        db.prepare("SELECT " + core::SurveyScores::pointsSql() +
                   " FROM (SELECT ?1 AS kind, ?2 AS reversed, ?3 AS correct) i, (SELECT ?4 AS value) a");
    struct Case {
        ItemKind kind;
        bool reversed;
        int low;
        int high;
    };
    for (const Case c :
         {Case{ItemKind::Likert, false, 1, 5}, Case{ItemKind::Likert, true, 1, 5}, Case{ItemKind::YesNo, false, 0, 1},
          Case{ItemKind::YesNo, true, 0, 1}, Case{ItemKind::Choice, false, 1, 4}}) {
        const InstrumentItem i = item(1, c.kind, 1, c.reversed);
        for (int value = c.low; value <= c.high; ++value) {
            INFO(core::key(c.kind).toStdString() << (c.reversed ? " reversed" : "") << " answer " << value);
            st.bind(1, core::key(c.kind)).bind(2, c.reversed).bind(3, i.correct).bind(4, value);
            REQUIRE(st.step());
            CHECK(st.integer(0) == SurveyScoring::points(i, value));
            st.reset();
        }
    }
}
