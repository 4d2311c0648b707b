// The change history as the office sees it: the History tab of each card, the whole file's
// history with its filters and export, and the person working in the status bar.

#include "core/common/SystemUser.h"
#include "core/io/CsvReader.h"
#include "core/io/DemoGenerator.h"
#include "core/services/ParticipantService.h"
#include "core/services/ProjectSettingsService.h"
#include "core/storage/Database.h"
#include "support/QtStringMakers.h"
#include "support/RecruitmentBuilders.h"
#include "support/TestContext.h"
#include "ui/common/AppSettings.h"
#include "ui/common/ListExport.h"
#include "ui/debts/TenantDebtPage.h"
#include "ui/history/ChangeHistoryDialog.h"
#include "ui/history/ChangeHistoryModel.h"
#include "ui/history/ChangeHistoryPanel.h"
#include "ui/history/WorkingPersonButton.h"
#include "ui/housingcoops/HousingCoopForm.h"
#include "ui/participants/ParticipantForm.h"
#include "ui/socialcoops/OptionalDateEdit.h"
#include "ui/socialcoops/SocialCoopCard.h"
#include "ui/workorders/WorkOrdersSection.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QMenu>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace osiedle;

namespace {

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

ui::ChangeHistoryPanel* panelOf(QWidget& card)
{
    auto* panel = card.findChild<ui::ChangeHistoryPanel*>();
    REQUIRE(panel != nullptr);
    return panel;
}

// The change shown for `record` ("Housing cooperative no. 1"), newest first; empty when none.
QString changeOf(const ui::ChangeHistoryModel& model, const QString& record)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (cell(model, row, ui::ChangeHistoryModel::Record) == record) {
            return cell(model, row, ui::ChangeHistoryModel::Change);
        }
    }
    return {};
}

// Shows the History tab of a card's tab widget (the panel reads when shown).
void showHistoryTab(QWidget& card, const char* tabsName)
{
    auto* tabs = card.findChild<QTabWidget*>(QString::fromLatin1(tabsName));
    REQUIRE(tabs != nullptr);
    const int index = tabs->indexOf(panelOf(card));
    REQUIRE(index >= 0);
    REQUIRE(tabs->isTabEnabled(index));
    tabs->setCurrentIndex(index);
}

} // namespace

TEST_CASE("An address changed on the card and undone: the card's History tab shows both", "[ui][history]")
{
    test::TestContext t;
    t.db().setWorkingPerson(QStringLiteral("Anna Nowak"));
    const auto id = core::ParticipantService(t.db(), t.changes).create(test::aParticipant());
    REQUIRE(id.ok());

    {
        ui::ParticipantForm form(t.context, *id);
        form.show();
        auto* street = form.findChild<QLineEdit*>(QStringLiteral("street"));
        REQUIRE(street != nullptr);
        street->setText(QStringLiteral("Krótka"));
        street->textEdited(street->text());
        REQUIRE(form.save());
    }
    REQUIRE(t.undo.canUndo());
    t.undo.undo();
    REQUIRE(core::ParticipantService(t.db(), t.changes).find(*id)->street == QStringLiteral("Lipowa"));

    ui::ParticipantForm card(t.context, *id);
    card.show();
    showHistoryTab(card, "cardTabs");
    ui::ChangeHistoryModel* model = panelOf(card)->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(model->rowCount() == 3); // added, edited, undone: newest first
    using C = ui::ChangeHistoryModel;
    CHECK(cell(*model, 0, C::Action) == QStringLiteral("Undo · Changed"));
    CHECK(cell(*model, 0, C::Change) == QStringLiteral("Street: Krótka → Lipowa"));
    CHECK(cell(*model, 0, C::Person) == QStringLiteral("Anna Nowak"));
    CHECK(cell(*model, 1, C::Action) == QStringLiteral("Edit · Changed"));
    CHECK(cell(*model, 1, C::Change) == QStringLiteral("Street: Lipowa → Krótka"));
    CHECK(cell(*model, 2, C::Action) == QStringLiteral("Edit · Added"));
    CHECK(cell(*model, 2, C::Record) == QStringLiteral("Participant no. %1").arg(*id));
    CHECK(cell(*model, 2, C::Change).contains(QStringLiteral("Arrears at entry: 2\u00a0500,00\u00a0zł")));
    CHECK(cell(*model, 2, C::Change).contains(QStringLiteral("Consent given on: 01.03.2011")));

    // Redone: a fourth row, shown at once on the open card.
    t.undo.redo();
    CHECK(model->rowCount() == 4);
    CHECK(cell(*model, 0, C::Action) == QStringLiteral("Redo · Changed"));

    // A new person has no history yet: the tab is there but off.
    ui::ParticipantForm fresh(t.context);
    auto* tabs = fresh.findChild<QTabWidget*>(QStringLiteral("cardTabs"));
    REQUIRE(tabs != nullptr);
    CHECK_FALSE(tabs->isTabEnabled(tabs->indexOf(panelOf(fresh))));
}

TEST_CASE("The SM, OSS, debt account and work order cards each show their record's history", "[ui][history]")
{
    test::TestContext t;
    core::DemoGenerator::write(t.db(), {1, 7});
    t.db().setWorkingPerson(QStringLiteral("Beata Lis"));
    const qint64 account = t.db().scalar("SELECT min(id) FROM debt_account");
    t.db().exec("UPDATE housing_coop SET phone = '22 111 22 33' WHERE id = 1");
    t.db().exec("UPDATE social_coop SET business_idea = 'Sprzątanie klatek' WHERE id = 1");
    t.db().exec("UPDATE debt_account SET flat = '7A' WHERE id = " + QByteArray::number(account));

    SECTION("housing cooperative")
    {
        ui::HousingCoopForm form(t.context, 1);
        form.show();
        showHistoryTab(form, "cardTabs");
        ui::ChangeHistoryModel* model = panelOf(form)->model();
        const QString change = changeOf(*model, QStringLiteral("Housing cooperative no. 1"));
        CHECK(change.startsWith(QStringLiteral("Phone: ")));
        CHECK(change.endsWith(QStringLiteral(" → 22 111 22 33")));
        // What belongs to the SM shows too: its OSS, changed in the same run.
        CHECK(changeOf(*model, QStringLiteral("Social cooperative no. 1"))
                  .endsWith(QStringLiteral(" → Sprzątanie klatek")));
        CHECK(cell(*model, 0, ui::ChangeHistoryModel::Person) == QStringLiteral("Beata Lis"));
    }
    SECTION("social cooperative")
    {
        ui::SocialCoopCard card(t.context, 1, QDate(2012, 3, 31));
        card.show();
        showHistoryTab(card, "cardTabs");
        ui::ChangeHistoryModel* model = panelOf(card)->model();
        CHECK(changeOf(*model, QStringLiteral("Social cooperative no. 1"))
                  .endsWith(QStringLiteral(" → Sprzątanie klatek")));
    }
    SECTION("debt account")
    {
        ui::TenantDebtPage page(t.context);
        page.show();
        page.showAccount(account, QDate(2012, 3, 31));
        showHistoryTab(page, "tenantTabs");
        ui::ChangeHistoryModel* model = panelOf(page)->model();
        CHECK(panelOf(page)->recordId() == account);
        CHECK(changeOf(*model, QStringLiteral("Debt account no. %1").arg(account)).endsWith(QStringLiteral(" → 7A")));
    }
    SECTION("work order")
    {
        ui::WorkOrdersSection section(t.context);
        section.show();
        test::settle(t.context); // the orders are read off the window's thread
        auto* table = section.findChild<QTableView*>(QStringLiteral("orderTable"));
        REQUIRE(table != nullptr);
        REQUIRE(table->model()->rowCount() > 0);
        table->setCurrentIndex(table->model()->index(0, 0)); // the order selected shows its history
        const qint64 shown = panelOf(section)->recordId();
        REQUIRE(shown > 0);
        t.db().exec("UPDATE work_order SET estate = 'Osiedle Słoneczne' WHERE id = " + QByteArray::number(shown));
        showHistoryTab(section, "orderTabs");
        ui::ChangeHistoryModel* model = panelOf(section)->model();
        CHECK(changeOf(*model, QStringLiteral("Work order no. %1").arg(shown))
                  .endsWith(QStringLiteral(" → Osiedle Słoneczne")));
    }
}

TEST_CASE("The whole file's history filters by person, record and days, and exports as shown", "[ui][history]")
{
    test::TestContext t;
    core::ParticipantService people(t.db(), t.changes);
    t.db().setWorkingPerson(QStringLiteral("Anna Nowak"));
    REQUIRE(people.create(test::aParticipant()).ok());
    REQUIRE(people.create(test::aParticipant(QStringLiteral("02211307589"))).ok());
    t.db().setWorkingPerson(QStringLiteral("Beata Lis"));
    REQUIRE(core::ProjectSettingsService(t.db())
                .saveStaffMember({0, QStringLiteral("Celina Wrona"), core::StaffRole::Adviser, {}})
                .ok());

    ui::ChangeHistoryDialog dialog(t.context);
    ui::ChangeHistoryModel* model = dialog.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(model->rowCount() == 3);
    dialog.personFilter()->setCurrentIndex(dialog.personFilter()->findText(QStringLiteral("Anna Nowak")));
    CHECK(model->rowCount() == 2);
    dialog.personFilter()->setCurrentIndex(0);
    dialog.kindFilter()->setCurrentIndex(dialog.kindFilter()->findText(QStringLiteral("Office staff member")));
    REQUIRE(model->rowCount() == 1);
    CHECK(cell(*model, 0, ui::ChangeHistoryModel::Action) == QStringLiteral("Settings · Added"));
    dialog.kindFilter()->setCurrentIndex(0);
    // Up to yesterday: nothing (everything happened today).
    dialog.toFilter()->setValue(QDate::currentDate().addDays(-1));
    CHECK(model->rowCount() == 0);
    dialog.toFilter()->setValue(QDate::currentDate());
    dialog.fromFilter()->setValue(QDate::currentDate());
    CHECK(model->rowCount() == 3);

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("historia.csv"));
    const auto written = ui::ListExport::write(*dialog.table(), csv);
    REQUIRE(written.ok());
    CHECK(*written == 3);
    const auto table = core::CsvReader::readFile(csv);
    REQUIRE(table.ok());
    CHECK(table->header.contains(QStringLiteral("Who")));
    QStringList who;
    for (const auto& r : table->rows) {
        who << r.fields.at(1);
    }
    CHECK(who == QStringList{QStringLiteral("Beata Lis"), QStringLiteral("Anna Nowak"), QStringLiteral("Anna Nowak")});
}

TEST_CASE("The person working is chosen in the status bar from the office staff and remembered", "[ui][history]")
{
    test::TestContext t;
    REQUIRE(core::ProjectSettingsService(t.db())
                .saveStaffMember({0, QStringLiteral("Anna Nowak"), core::StaffRole::Coordinator, {}})
                .ok());
    QTemporaryDir dir;
    ui::AppSettings settings(dir.filePath(QStringLiteral("osiedle.ini")));
    ui::WorkingPersonButton button(settings);
    button.setDatabase(&t.db());
    CHECK(t.db().workingPerson() == core::SystemUser::name()); // nobody chosen yet
    CHECK(button.text() == QStringLiteral("Working: %1").arg(core::SystemUser::name()));

    emit button.menu()->aboutToShow();
    QStringList offered;
    for (QAction* action : button.menu()->actions()) {
        if (!action->isSeparator()) {
            offered << action->text();
        }
    }
    CHECK(offered == QStringList{QStringLiteral("Anna Nowak, Project coordinator"),
                                 QStringLiteral("System user (%1)").arg(core::SystemUser::name())});
    button.menu()->actions().first()->trigger();
    CHECK(t.db().workingPerson() == QStringLiteral("Anna Nowak"));
    CHECK(button.text() == QStringLiteral("Working: Anna Nowak"));
    CHECK(settings.workingPerson() == QStringLiteral("Anna Nowak"));

    // The next start takes the person remembered.
    test::TestContext next;
    ui::WorkingPersonButton again(settings);
    again.setDatabase(&next.db());
    CHECK(next.db().workingPerson() == QStringLiteral("Anna Nowak"));
    again.choose(QString());
    CHECK(next.db().workingPerson() == core::SystemUser::name());
}
