#include "core/services/ChangeNotifier.h"
#include "core/services/HousingCoopService.h"
#include "core/services/ParticipantService.h"
#include "core/storage/Database.h"
#include "support/QtStringMakers.h"
#include "support/RecruitmentBuilders.h"
#include "support/ScriptedPrompt.h"
#include "support/TempProject.h"
#include "ui/common/AppContext.h"
#include "ui/housingcoops/HousingCoopForm.h"
#include "ui/participants/RecruitmentPipelineView.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace osiedle;
using S = core::RecruitmentStatus;
using Move = ui::RecruitmentPipelineView::Move;

TEST_CASE("Recruitment view: assess, score, qualify, reserve by score, qualify next, refusals shown, undo",
          "[ui][recruitment]")
{
    test::TempProject project;
    core::ChangeNotifier changes;
    QUndoStack undo;
    test::ScriptedPrompt prompt;
    ui::AppContext context{project.db(), changes, undo, prompt};
    core::HousingCoopService coops(project.db(), changes);
    const qint64 coop = coops.create(test::aHousingCoop()).value();
    core::ParticipantService participants(project.db(), changes);
    QList<qint64> ids;
    const QStringList pesels{QStringLiteral("44051401359"), QStringLiteral("44051401458"), QStringLiteral("02211307589")};
    for (int i = 0; i < pesels.size(); ++i) {
        core::Participant p = test::aParticipant(pesels.at(i));
        p.lastName = QStringLiteral("Osoba%1").arg(i);
        p.housingCoopId = coop;
        p.arrearsAtEntry = core::Money::fromZloty(1000 * (i + 1));
        ids.append(participants.create(p).value());
    }
    ui::RecruitmentPipelineView view(context);
    view.showStatus(S::Candidate);
    CHECK(view.shownIds().size() == 3);

    // a refused move is explained
    view.select({ids[0]});
    view.apply(Move::Qualify);
    REQUIRE(prompt.errors().size() == 1);
    CHECK(prompt.errors().first() == QStringLiteral("Osoba0 Jan is \"Candidate\" and cannot be moved to \"Qualified\"."));

    view.select(ids);
    view.apply(Move::Assess);
    view.showStatus(S::Eligible);
    view.select(view.shownIds());
    view.apply(Move::Score);
    view.showStatus(S::Scored);
    view.select(view.shownIds());
    view.apply(Move::Reserve);
    view.showStatus(S::Reserve);
    CHECK(view.shownIds() == QList<qint64>{ids[2], ids[1], ids[0]}); // by score: more arrears first

    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("qualifyNext")), Qt::LeftButton);
    CHECK(participants.find(ids[2])->status == S::Qualified);
    CHECK(view.shownIds() == QList<qint64>{ids[1], ids[0]});
    undo.undo();
    CHECK(participants.find(ids[2])->status == S::Reserve);
    undo.redo();
    CHECK(participants.find(ids[2])->status == S::Qualified);
}

TEST_CASE("Housing cooperative card: an OPS added from the card serves the SM", "[ui][housingcoops]")
{
    test::TempProject project;
    core::ChangeNotifier changes;
    QUndoStack undo;
    test::ScriptedPrompt prompt;
    ui::AppContext context{project.db(), changes, undo, prompt};
    ui::HousingCoopForm form(context);
    form.findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("SM Zacisze"));
    prompt.textAnswers.enqueue(QStringLiteral("MOPS Wołomin"));
    QTest::mouseClick(form.findChild<QPushButton*>(QStringLiteral("addOps")), Qt::LeftButton);
    REQUIRE(form.findChild<QListWidget*>(QStringLiteral("institutions"))->count() == 1);
    REQUIRE(form.save());
    const auto stored = core::HousingCoopService(project.db(), changes).find(form.housingCoopId());
    REQUIRE(stored);
    CHECK(stored->institutionIds.size() == 1);
    undo.undo();
    CHECK(!core::HousingCoopService(project.db(), changes).find(form.housingCoopId()));
}
