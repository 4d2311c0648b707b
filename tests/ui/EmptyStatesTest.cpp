#include "core/services/ProjectService.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "support/QtStringMakers.h"
#include "support/TestContext.h"
#include "ui/common/EmptyListHint.h"
#include "ui/common/Navigator.h"
#include "ui/debts/DebtsSection.h"
#include "ui/housingcoops/HousingCoopListSection.h"
#include "ui/participants/ParticipantListSection.h"
#include "ui/training/TrainingSection.h"
#include "ui/workorders/WorkOrdersSection.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

using namespace osiedle;

namespace {

struct RecordingNavigator : ui::Navigator {
    QStringList sections;
    bool showSection(const QString& id) override
    {
        sections << id;
        return true;
    }
    void openProjectSettings(SettingsTab) override {}
};

/// A new, empty project with a navigator that records where it is sent.
struct EmptyProject {
    test::TestContext t;
    RecordingNavigator navigator;

    EmptyProject()
    {
        core::ProjectDetails details;
        details.title = QStringLiteral("nowy");
        details.startDate = QDate(2012, 1, 1);
        details.endDate = QDate(2014, 6, 30);
        core::Transaction tx(t.db());
        core::ProjectService::writeStartingState(t.db(), details);
        tx.commit();
        t.context.navigator = &navigator;
    }
};

ui::EmptyListHint* hintOf(QWidget& section)
{
    auto* hint = section.findChild<ui::EmptyListHint*>(QStringLiteral("emptyHint"));
    REQUIRE(hint != nullptr);
    return hint;
}

} // namespace

TEST_CASE("An empty list says what it will hold and offers what fills it; a search matching nothing says so",
          "[ui][empty]")
{
    EmptyProject p;
    ui::HousingCoopListSection section(p.t.context);
    section.show();
    ui::EmptyListHint* hint = hintOf(section);
    CHECK(hint->text().startsWith(QStringLiteral("The housing cooperatives (SM) that apply to join the project")));
    auto* add = hint->findChild<QPushButton*>(QStringLiteral("emptyHint_newHousingCoop"));
    REQUIRE(add != nullptr);
    CHECK(add->text() == QStringLiteral("Add a housing cooperative…"));
    CHECK(add->isVisibleTo(hint));
    CHECK(hint->findChild<QPushButton*>(QStringLiteral("emptyHint_institutions")) != nullptr);

    p.t.db().exec("INSERT INTO housing_coop (name, locality) VALUES ('SM Mokotów', 'Warszawa')");
    p.t.changes.notify(core::Topic::HousingCoops);
    QTest::qWait(400); // the list reloads, the hint follows
    CHECK(hint->text().isEmpty());

    section.searchField()->setText(QStringLiteral("Gdańsk"));
    QTest::keyClick(section.searchField(), Qt::Key_Return);
    QTest::qWait(50);
    CHECK(hint->text() == QStringLiteral("Nothing matches the search or the filters."));
    CHECK_FALSE(add->isVisibleTo(hint));
}

TEST_CASE("Every main list of a new project has its empty hint", "[ui][empty]")
{
    EmptyProject p;
    ui::ParticipantListSection participants(p.t.context);
    CHECK(hintOf(participants)->findChild<QPushButton*>(QStringLiteral("emptyHint_importParticipants")) != nullptr);
    ui::TrainingSection training(p.t.context);
    CHECK(hintOf(training)->text().contains(QStringLiteral("classes, training and courses")));
    ui::WorkOrdersSection orders(p.t.context);
    CHECK(hintOf(orders)->findChild<QPushButton*>(QStringLiteral("emptyHint_recurringOrder")) != nullptr);
    ui::DebtsSection debts(p.t.context);
    CHECK(hintOf(debts)->text().contains(QStringLiteral("debt accounts")));
}

TEST_CASE("A new work order without cooperatives says which is missing and offers to go there", "[ui][empty]")
{
    EmptyProject p;
    ui::WorkOrdersSection orders(p.t.context);
    orders.show();

    // The empty list's button asks the same as the toolbar's.
    p.t.prompt.confirmAnswers.enqueue(true);
    QTest::mouseClick(hintOf(orders)->findChild<QPushButton*>(QStringLiteral("emptyHint_newOrder")), Qt::LeftButton);
    REQUIRE(p.t.prompt.shown.size() == 1);
    CHECK(p.t.prompt.shown.first().text.startsWith(
        QStringLiteral("A work order is given by a housing cooperative, and the project has none yet.")));
    CHECK(p.t.prompt.shown.first().text.endsWith(QStringLiteral("Go to Housing cooperatives now?")));
    CHECK(p.navigator.sections == QStringList{QStringLiteral("housing-coops")});
    CHECK(orders.findChildren<QDialog*>().isEmpty()); // no form with empty choices

    p.t.db().exec("INSERT INTO housing_coop (name) VALUES ('SM Mokotów')");
    p.t.changes.notify(core::Topic::HousingCoops);
    p.t.prompt.clear();
    p.t.prompt.confirmAnswers.enqueue(false); // "not now": stays here
    orders.newRecurringOrder();
    REQUIRE(p.t.prompt.shown.size() == 1);
    CHECK(p.t.prompt.shown.first().text.contains(QStringLiteral("carried out by a social cooperative")));
    CHECK(p.navigator.sections.size() == 1);
}

TEST_CASE("Opening a debt account or enrolling without participants says so and offers to go there", "[ui][empty]")
{
    EmptyProject p;
    ui::DebtsSection debts(p.t.context);
    p.t.prompt.confirmAnswers.enqueue(true);
    QTest::mouseClick(debts.findChild<QPushButton*>(QStringLiteral("openDebtAccount")), Qt::LeftButton);
    REQUIRE(p.t.prompt.shown.size() == 1);
    CHECK(p.t.prompt.shown.first().text.contains(QStringLiteral("kept at a housing cooperative")));
    CHECK(p.navigator.sections == QStringList{QStringLiteral("housing-coops")});

    p.t.db().exec("INSERT INTO housing_coop (name) VALUES ('SM Mokotów');"
                  "INSERT INTO course (id, support_form_id, name, planned_minutes) "
                  "SELECT 1, id, 'Zajęcia integracyjne', 2400 FROM support_form WHERE kind = 'integration'");
    p.t.prompt.clear();
    p.t.prompt.confirmAnswers.enqueue(true);
    QTest::mouseClick(debts.findChild<QPushButton*>(QStringLiteral("openDebtAccount")), Qt::LeftButton);
    REQUIRE(p.t.prompt.shown.size() == 1);
    CHECK(p.t.prompt.shown.first().text.contains(QStringLiteral("belongs to a participant")));
    CHECK(p.navigator.sections.last() == QStringLiteral("participants"));

    ui::TrainingSection training(p.t.context);
    test::settle(p.t.context);
    REQUIRE(training.selectCourse(1));
    p.t.prompt.clear();
    p.t.prompt.confirmAnswers.enqueue(false);
    int dialogs = 0;
    training.setDialogRunner([&dialogs](QDialog&) {
        ++dialogs;
        return int(QDialog::Rejected);
    });
    training.enrol();
    CHECK(dialogs == 0);
    REQUIRE(p.t.prompt.shown.size() == 1);
    CHECK(p.t.prompt.shown.first().text.contains(QStringLiteral("there are none yet")));
}
