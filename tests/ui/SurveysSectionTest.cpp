#include "ui/surveys/SurveysSection.h"

#include "core/storage/InstrumentRepository.h"
#include "core/storage/SurveyRoundRepository.h"
#include "support/PdfText.h"
#include "support/QtStringMakers.h"
#include "support/SurveyTestData.h"
#include "support/TestContext.h"
#include "ui/surveys/AnswerGrid.h"
#include "ui/surveys/AnswerGridModel.h"
#include "ui/surveys/AnswerImportDialog.h"
#include "ui/surveys/InstrumentEditor.h"
#include "ui/surveys/InstrumentsTab.h"
#include "ui/surveys/ItemDialog.h"
#include "ui/surveys/ResultsTab.h"
#include "ui/surveys/RoundDialog.h"
#include "ui/surveys/RoundsTab.h"

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace osiedle;

namespace {

struct SectionFixture {
    test::TestContext t;
    test::SurveyTestData data;
    SectionFixture() { data = test::fillSurveyTestData(t.db()); }
};

// Fills the round dialog: the instrument named, a round kind, the entry round (for an exit), the
// course, the date; then presses Save.
std::function<int(QDialog&)> roundFiller(const QString& instrument, const QString& kind, const QDate& date)
{
    return [=](QDialog& dialog) {
        auto* round = qobject_cast<ui::RoundDialog*>(&dialog);
        REQUIRE(round != nullptr);
        auto* instruments = dialog.findChild<QComboBox*>(QStringLiteral("roundInstrument"));
        instruments->setCurrentIndex(instruments->findText(instrument));
        auto* kinds = dialog.findChild<QComboBox*>(QStringLiteral("roundKind"));
        kinds->setCurrentIndex(kinds->findData(kind));
        dialog.findChild<QRadioButton*>(QStringLiteral("roundForCourse"))->setChecked(true);
        auto* courses = dialog.findChild<QComboBox*>(QStringLiteral("roundCourse"));
        courses->setCurrentIndex(courses->findText(QStringLiteral("Integracja")));
        dialog.findChild<QDateEdit*>(QStringLiteral("roundDate"))->setDate(date);
        dialog.findChild<QPushButton*>(QStringLiteral("save"))->click();
        return dialog.result();
    };
}

} // namespace

TEST_CASE("A questionnaire from a ready-made draft is changed, saved and undone; once in use its items stay",
          "[surveys][ui]")
{
    SectionFixture f;
    ui::SurveysSection section(f.t.context);
    ui::InstrumentsTab* tab = section.instruments();
    ui::InstrumentEditor* editor = tab->editor();
    QAbstractItemModelTester tester(tab->list()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    REQUIRE(tab->newFromDraft(0));
    const qint64 id = tab->currentInstrument();
    core::InstrumentRepository repo(f.t.db());
    REQUIRE(repo.find(id)->name == QStringLiteral("Ankieta postaw przedsiębiorczych"));
    CHECK(editor->findChild<QTableView*>(QStringLiteral("itemList"))->model()->rowCount() == 8);
    CHECK_FALSE(editor->findChild<QLabel*>(QStringLiteral("instrumentInUse"))->isVisibleTo(editor));

    editor->setDialogRunner([](QDialog& dialog) {
        REQUIRE(qobject_cast<ui::ItemDialog*>(&dialog) != nullptr);
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("itemText"))
            ->setPlainText(QStringLiteral("Chętnie uczę się nowych rzeczy."));
        return int(QDialog::Accepted);
    });
    editor->addItem();
    CHECK(editor->isDirty());
    REQUIRE(editor->save());
    CHECK(repo.find(id)->items.size() == 9);
    CHECK(repo.find(id)->items.last().text == QStringLiteral("Chętnie uczę się nowych rzeczy."));
    f.t.undo.undo();
    CHECK(repo.find(id)->items.size() == 8);
    f.t.undo.redo();
    CHECK(repo.find(id)->items.size() == 9);

    // In use: a round with a form; deleting an item is refused with the reason, nothing written.
    const core::Instrument stored = *repo.find(id);
    const qint64 round = test::addSurveyRound(f.t.db(), id, "entry", "2011-01-10", {1});
    test::answerForm(f.t.db(), round, 1, {stored.items[0].id}, {3});
    f.t.changes.notify(core::Topic::Surveys);
    REQUIRE(tab->selectInstrument(id));
    CHECK(editor->findChild<QLabel*>(QStringLiteral("instrumentInUse"))->isVisibleTo(editor));
    editor->findChild<QTableView*>(QStringLiteral("itemList"))
        ->setCurrentIndex(editor->findChild<QTableView*>(QStringLiteral("itemList"))->model()->index(2, 0));
    editor->removeItem();
    CHECK_FALSE(editor->save());
    CHECK(editor->findChild<QLabel*>(QStringLiteral("instrumentError"))
              ->text()
              .startsWith(QStringLiteral("Item 3 (“Potrafię pracować we wspólnym")));
    CHECK(repo.find(id)->items.size() == 9);
    editor->cancel();

    // A new version can change anything.
    tab->newVersion();
    const qint64 copy = tab->currentInstrument();
    CHECK(copy != id);
    CHECK(repo.find(copy)->name == QStringLiteral("Ankieta postaw przedsiębiorczych (version 2)"));
    CHECK_FALSE(editor->findChild<QLabel*>(QStringLiteral("instrumentInUse"))->isVisibleTo(editor));
}

TEST_CASE("A course's rounds: blank forms printed, answers typed and imported, results with their chart",
          "[surveys][ui]")
{
    REQUIRE(test::hasPdfToText());
    SectionFixture f;
    ui::SurveysSection section(f.t.context);
    ui::RoundsTab* rounds = section.rounds();

    rounds->setDialogRunner(roundFiller(QStringLiteral("Postawy"), QStringLiteral("entry"), QDate(2011, 1, 10)));
    rounds->newRound();
    const qint64 entry = rounds->currentRound();
    REQUIRE(entry != 0);
    CHECK(core::SurveyRoundRepository(f.t.db()).respondents(entry).size() == 9);
    rounds->setDialogRunner(roundFiller(QStringLiteral("Postawy"), QStringLiteral("exit"), QDate(2011, 3, 15)));
    rounds->newRound();
    const qint64 exit = rounds->currentRound();
    REQUIRE(exit != entry);
    CHECK(core::SurveyRoundRepository(f.t.db()).find(exit)->entryRoundId == entry);

    // The blank forms: one page per respondent, with the name (the round is not anonymous).
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("ankiety.pdf"));
    REQUIRE(rounds->printForms(true, pdf));
    const QString text = test::pdfText(pdf);
    CHECK(text.count(QStringLiteral("Postawy")) >= 9);
    CHECK(text.contains(QStringLiteral("Respondent: Osoba1 Nazwisko1")));
    CHECK(text.contains(QStringLiteral("Respondent: Zofia Żak")));
    CHECK(text.contains(QStringLiteral("Pytanie 4")));
    CHECK(text.contains(QStringLiteral("Projekt współfinansowany ze środków Unii Europejskiej")));

    // Entry forms typed in the grid (the exit round is chosen: go back to the entry round).
    REQUIRE(rounds->selectRound(entry));
    ui::AnswerGrid* grid = rounds->grid();
    grid->setFocus();
    grid->setCurrentIndex(grid->gridModel()->index(0, 0));
    for (const Qt::Key key : {Qt::Key_2, Qt::Key_4, Qt::Key_N, Qt::Key_T,    // 1: 2 + 2 + 0 + 0 = 4
                              Qt::Key_3, Qt::Key_3, Qt::Key_N, Qt::Key_N}) { // 2: 3 + 3 + 0 + 1 = 7
        QTest::keyClick(grid, key);
    }
    CHECK(grid->gridModel()->formsReturned() == 2);

    // Exit forms imported from a file, then undone and redone.
    const QString csv = dir.filePath(QStringLiteral("wyniki.csv"));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Kod;1;2;3;4\nK1;4;2;tak;nie\nK2;4;3;nie;nie\n");
    file.close();
    core::SurveyRoundRepository repo(f.t.db());
    f.t.db().exec(QStringLiteral("UPDATE survey_respondent SET code = 'K' || participant_id WHERE round_id = %1")
                      .arg(exit)
                      .toUtf8());
    ui::AnswerImportDialog import(f.t.context, exit);
    import.openFile(csv);
    REQUIRE(import.report().problems.isEmpty());
    import.importFile();
    CHECK(repo.answerCount(exit) == 8);
    f.t.undo.undo();
    CHECK(repo.answerCount(exit) == 0);
    f.t.undo.redo();
    CHECK(repo.answerCount(exit) == 8);

    // Results: 1 rose from 4 to 10 (improved), 2 from 7 to 8 (not by the 2 points asked).
    rounds->selectRound(exit);
    section.tabs()->setCurrentWidget(section.results());
    REQUIRE(section.results()->showRound(exit));
    QStandardItemModel* summary = section.results()->summaryModel();
    REQUIRE(summary->rowCount() == 1);
    CHECK(summary->item(0, 0)->text() == QStringLiteral("Postawy przedsiębiorcze"));
    CHECK(summary->item(0, 7)->text() == QStringLiteral("2 (W 1, M 1)"));
    CHECK(summary->item(0, 8)->text() == QStringLiteral("1 (W 1, M 0)"));
    // Of the women 1 of 1 improved, of the men 0 of 1.
    CHECK(summary->item(0, 9)->text() == QStringLiteral("50.0\u00A0% (W 100.0\u00A0%, M 0.0\u00A0%)"));
    QChart* chart = section.results()->chartView()->chart();
    REQUIRE(chart->series().size() == 1);
    auto* bars = qobject_cast<QBarSeries*>(chart->series().first());
    REQUIRE(bars != nullptr);
    REQUIRE(bars->barSets().size() == 2);
    // Entry mean 5.5 and exit mean 9 of 2..12: 35 % and 70 % of the scale.
    CHECK(bars->barSets()[0]->at(0) == Approx(35.0));
    CHECK(bars->barSets()[1]->at(0) == Approx(70.0));
    CHECK(section.results()->notCountedModel()->rowCount() == 7); // the other seven returned no form
}

TEST_CASE("A new exit round takes the group and the anonymity of the entry round it is compared with", "[ui][surveys]")
{
    SectionFixture f;
    // The only entry round of "Postawy": anonymous, given to OSS 2.
    f.t.db().exec("INSERT INTO survey_round (id, instrument_id, kind, date, social_coop_id, anonymous) "
                  "VALUES (50, 1, 'entry', '2011-02-01', 2, 1)");
    core::SurveyRound round;
    round.instrumentId = f.data.attitude;
    round.courseId = f.data.course;
    ui::RoundDialog dialog(f.t.db(), round, [](const core::SurveyRound&) { return core::Status{}; });
    auto* forCoop = dialog.findChild<QRadioButton*>(QStringLiteral("roundForCoop"));
    auto* coops = dialog.findChild<QComboBox*>(QStringLiteral("roundCoop"));
    auto* anonymous = dialog.findChild<QCheckBox*>(QStringLiteral("roundAnonymous"));
    // An entry round stays as it was set up: for the course, named.
    CHECK_FALSE(forCoop->isChecked());
    CHECK_FALSE(anonymous->isChecked());

    auto* kinds = dialog.findChild<QComboBox*>(QStringLiteral("roundKind"));
    kinds->setCurrentIndex(kinds->findData(QStringLiteral("exit")));
    CHECK(dialog.findChild<QComboBox*>(QStringLiteral("roundEntry"))->currentData().toLongLong() == 50);
    CHECK(forCoop->isChecked());
    CHECK(coops->currentData().toLongLong() == 2);
    CHECK(anonymous->isChecked());
}
