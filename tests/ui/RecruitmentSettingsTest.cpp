#include "core/services/ChangeNotifier.h"
#include "core/services/HousingCoopService.h"
#include "core/services/ParticipantService.h"
#include "core/services/RecruitmentService.h"
#include "core/storage/Database.h"
#include "support/QtStringMakers.h"
#include "support/RecruitmentBuilders.h"
#include "support/ScriptedPrompt.h"
#include "support/TempProject.h"
#include "ui/common/AppContext.h"
#include "ui/participants/ParticipantForm.h"
#include "ui/participants/RecruitmentPipelineView.h"
#include "ui/participants/RecruitmentSettingsDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace osiedle;
using S = core::RecruitmentStatus;
using Move = ui::RecruitmentPipelineView::Move;

namespace {

struct Fixture {
    test::TempProject project;
    core::ChangeNotifier changes;
    QUndoStack undo;
    test::ScriptedPrompt prompt;
    ui::AppContext context{project.db(), changes, undo, prompt};
    core::ParticipantService participants{project.db(), changes};
    core::RecruitmentService recruitment{project.db(), changes};
    qint64 coop = 0;

    Fixture()
    {
        project.db().exec("INSERT INTO project (id, title, start_date, end_date) "
                          "VALUES (1, 'Osiedle', '2010-10-01', '2013-09-30')");
        coop = core::HousingCoopService(project.db(), changes).create(test::aHousingCoop()).value();
    }

    qint64 add(const QString& pesel, int arrearsZloty)
    {
        core::Participant p = test::aParticipant(pesel);
        p.housingCoopId = coop;
        p.arrearsAtEntry = core::Money::fromZloty(arrearsZloty);
        return participants.create(p).value();
    }
    std::optional<int> score(qint64 id) { return participants.find(id)->score; }
};

template <typename W> W* child(QWidget& parent, const QString& name)
{
    auto* w = parent.findChild<W*>(name);
    REQUIRE(w != nullptr);
    return w;
}

} // namespace

TEST_CASE("Score weights dialog: refuses no points at all, saves, re-scores, undo and redo", "[ui][recruitment]")
{
    Fixture f;
    const qint64 a = f.add(QStringLiteral("44051401359"), 2500);
    const qint64 b = f.add(QStringLiteral("44051401458"), 500);
    for (const qint64 id : {a, b}) {
        REQUIRE(f.recruitment.assess(id, QDate(2011, 3, 10)).ok());
        REQUIRE(f.recruitment.scoreCandidate(id, QDate(2011, 3, 10)).ok());
    }
    REQUIRE(f.recruitment.putOnReserve(b, QDate(2011, 3, 10)).ok());
    CHECK(f.score(a) == 7);
    CHECK(f.score(b) == 5);

    // reached from the recruitment window
    ui::RecruitmentPipelineView view(f.context);
    bool opened = false;
    QTimer::singleShot(0, [&opened] {
        auto* dialog = qobject_cast<ui::RecruitmentSettingsDialog*>(QApplication::activeModalWidget());
        opened = dialog != nullptr;
        if (dialog != nullptr) {
            dialog->reject();
        }
    });
    QTest::mouseClick(child<QPushButton>(view, QStringLiteral("settings")), Qt::LeftButton);
    CHECK(opened);

    ui::RecruitmentSettingsDialog dialog(f.context);
    CHECK(child<QSpinBox>(dialog, QStringLiteral("arrears"))->value() == 3);
    CHECK(child<QSpinBox>(dialog, QStringLiteral("eviction_risk"))->value() == 3);
    CHECK(child<QLabel>(dialog, QStringLiteral("rescoreNote"))->text() ==
          QStringLiteral("New points re-score the 2 person(s) already scored or on the reserve list."));
    for (const core::ScoreCriterion& c : core::RecruitmentService::scoreCriteria()) {
        dialog.weightField(c.key)->setValue(0);
    }
    CHECK(!dialog.save());
    CHECK(child<QLabel>(dialog, QStringLiteral("generalError"))->text() ==
          QStringLiteral("At least one criterion must give points, or every candidate scores 0."));
    CHECK(f.recruitment.scoreWeights() == core::ScoreWeights{});
    CHECK(f.undo.count() == 0);

    auto* arrears = child<QSpinBox>(dialog, QStringLiteral("arrears"));
    arrears->setFocus();
    arrears->selectAll();
    QTest::keyClicks(arrears, QStringLiteral("10"));
    CHECK(arrears->value() == 10);
    child<QSpinBox>(dialog, QStringLiteral("long_term_unemployed"))->setValue(1);
    REQUIRE(dialog.save());
    core::ScoreWeights expected{10, 0, 0, 1, 0, 0};
    CHECK(f.recruitment.scoreWeights() == expected);
    CHECK(f.score(a) == 11);
    CHECK(f.score(b) == 11);
    REQUIRE(f.undo.count() == 1);
    CHECK(f.undo.undoText() == QStringLiteral("Change the recruitment settings"));

    f.undo.undo();
    CHECK(f.recruitment.scoreWeights() == core::ScoreWeights{});
    CHECK(f.score(a) == 7);
    CHECK(f.score(b) == 5);
    f.undo.redo();
    CHECK(f.recruitment.scoreWeights() == expected);
    CHECK(f.score(a) == 11);
    CHECK(f.prompt.errors().isEmpty());
}

TEST_CASE("Participant card shows disability, minority and migrant only when the project collects them",
          "[ui][participants]")
{
    Fixture f;
    const qint64 id = f.add(QStringLiteral("44051401359"), 2500);
    {
        ui::ParticipantForm form(f.context, id);
        form.show();
        CHECK(!child<QComboBox>(form, QStringLiteral("disability"))->isVisible());
        CHECK(!child<QComboBox>(form, QStringLiteral("minority"))->isVisible());
        CHECK(!child<QComboBox>(form, QStringLiteral("migrant"))->isVisible());
    }

    // switched on in the settings (undoable)
    ui::RecruitmentSettingsDialog dialog(f.context);
    QTest::mouseClick(child<QCheckBox>(dialog, QStringLiteral("collectDisability")), Qt::LeftButton);
    QTest::mouseClick(child<QCheckBox>(dialog, QStringLiteral("collectMigrant")), Qt::LeftButton);
    REQUIRE(dialog.save());
    CHECK(f.participants.optionalData() == core::OptionalMonitoringData{true, false, true});

    {
        ui::ParticipantForm form(f.context, id);
        form.show();
        auto* disability = child<QComboBox>(form, QStringLiteral("disability"));
        CHECK(disability->isVisible());
        CHECK(!child<QComboBox>(form, QStringLiteral("minority"))->isVisible());
        CHECK(child<QComboBox>(form, QStringLiteral("migrant"))->isVisible());
        CHECK(disability->currentText() == QStringLiteral("not given"));
        disability->setCurrentIndex(disability->findText(QStringLiteral("yes")));
        CHECK(form.isDirty());
        REQUIRE(form.save());
    }
    const auto stored = f.participants.find(id);
    CHECK(stored->disability == std::optional<bool>(true));
    CHECK(stored->migrant == std::nullopt);  // collected but not given: saved as not given, not as "no"
    CHECK(stored->minority == std::nullopt); // not collected: left as it was
    {
        // a card opened again shows what was stored, and "no" is kept as no
        ui::ParticipantForm form(f.context, id);
        form.show();
        CHECK(child<QComboBox>(form, QStringLiteral("disability"))->currentText() == QStringLiteral("yes"));
        auto* migrant = child<QComboBox>(form, QStringLiteral("migrant"));
        CHECK(migrant->currentText() == QStringLiteral("not given"));
        migrant->setCurrentIndex(migrant->findText(QStringLiteral("no")));
        REQUIRE(form.save());
        CHECK(f.participants.find(id)->migrant == std::optional<bool>(false));
        f.undo.undo(); // that edit
    }

    f.undo.undo(); // the card's edit
    f.undo.undo(); // the settings
    CHECK(f.participants.find(id)->disability == std::nullopt);
    CHECK(f.participants.optionalData() == core::OptionalMonitoringData{});
}

TEST_CASE("Recruitment decisions carry the date of the window, not before the recruitment", "[ui][recruitment]")
{
    Fixture f;
    const qint64 id = f.add(QStringLiteral("44051401359"), 2500); // recruited 01.03.2011
    ui::RecruitmentPipelineView view(f.context);
    auto* date = child<QDateEdit>(view, QStringLiteral("decisionDate"));
    // The project ended on 30.09.2013: decisions are dated on its last day unless changed.
    CHECK(date->date() == QDate(2013, 9, 30));

    view.showStatus(S::Candidate);
    view.setDecisionDate(QDate(2011, 2, 15));
    view.select({id});
    QTest::mouseClick(child<QPushButton>(view, QStringLiteral("assess")), Qt::LeftButton);
    REQUIRE(f.prompt.errors().size() == 1);
    CHECK(f.prompt.errors().first() ==
          QStringLiteral(
              "The decision on Kowalski Jan cannot be dated 15.02.2011, before the recruitment on 01.03.2011."));
    CHECK(f.participants.find(id)->status == S::Candidate);

    date->setDate(QDate(2011, 3, 4));
    view.select({id});
    view.apply(Move::Assess);
    CHECK(f.participants.find(id)->status == S::Eligible);
    CHECK(f.participants.find(id)->statusOn == QDate(2011, 3, 4));
    view.showStatus(S::Eligible);
    view.select({id});
    view.apply(Move::Score);
    view.showStatus(S::Scored);
    view.select({id});
    view.apply(Move::Reserve);
    date->setDate(QDate(2011, 3, 20));
    view.qualifyNext();
    CHECK(f.participants.find(id)->status == S::Qualified);
    CHECK(f.participants.find(id)->statusOn == QDate(2011, 3, 20));
}
