#include "ui/main/StartSection.h"

#include "core/services/ProjectService.h"
#include "core/services/ProjectSettingsService.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "support/DemoFiles.h"
#include "support/QtStringMakers.h"
#include "support/ScriptedPrompt.h"
#include "support/TestContext.h"
#include "ui/common/AppSettings.h"
#include "ui/common/Navigator.h"
#include "ui/main/MainWindow.h"
#include "ui/main/ProjectSession.h"
#include "ui/settings/ProjectSettingsDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace osiedle;

namespace {

/// A Navigator that records where it was asked to go.
struct RecordingNavigator : ui::Navigator {
    QStringList visits;
    bool showSection(const QString& id) override
    {
        visits << QStringLiteral("section:") + id;
        return true;
    }
    void openProjectSettings(SettingsTab tab) override { visits << QStringLiteral("settings:%1").arg(int(tab)); }
};

void newProject(core::Database& db, const QDate& start, const QDate& end)
{
    core::ProjectDetails details;
    details.title = QStringLiteral("nowy");
    details.startDate = start;
    details.endDate = end;
    core::Transaction tx(db);
    core::ProjectService::writeStartingState(db, details);
    tx.commit();
}

QString tick(ui::StartSection& page, int step)
{
    auto* label = page.findChild<QLabel*>(QStringLiteral("step%1Tick").arg(step));
    REQUIRE(label != nullptr);
    return label->text();
}

QString summary(ui::StartSection& page, int step)
{
    return page.findChild<QLabel*>(QStringLiteral("step%1Summary").arg(step))->text();
}

const QString done = QStringLiteral("✔");
const QString open = QStringLiteral("○");

} // namespace

TEST_CASE("The start page's ticks follow the data, step by step", "[ui][start]")
{
    test::TestContext t;
    newProject(t.db(), QDate(2012, 1, 1), QDate(2014, 6, 30));
    ui::StartSection page(t.context);
    page.show();
    for (int step = 1; step <= 7; ++step) {
        CHECK(tick(page, step) == open);
    }
    CHECK(summary(page, 1) == QStringLiteral("Still to fill in: the contract number and the beneficiary."));
    CHECK(summary(page, 2) == QStringLiteral("no partners yet, no office staff yet"));

    core::ProjectSettingsService service(t.db(), &t.changes);
    core::Project p = *service.project();
    p.contractNumber = QStringLiteral("UDA-POKL.07.02.02-14-045/11");
    p.beneficiary = QStringLiteral("Fundacja Sąsiedzi");
    REQUIRE(service.update(p).ok());
    CHECK(tick(page, 1) == done);
    CHECK(summary(page, 1) == QStringLiteral("nowy, contract no. UDA-POKL.07.02.02-14-045/11"));

    REQUIRE(service.savePartner({0, QStringLiteral("Lider"), core::PartnerRole::Leader, {}, {}, {}, {}, {}, {}}).ok());
    CHECK(tick(page, 2) == open); // a partner, but nobody in the office yet
    REQUIRE(service.saveStaffMember({0, QStringLiteral("Anna Nowak"), core::StaffRole::Coordinator, {}}).ok());
    CHECK(tick(page, 2) == done);
    CHECK(summary(page, 2) == QStringLiteral("1 partner(s), 1 person(s) of the office"));
    REQUIRE(
        service.savePartner({0, QStringLiteral("SM Jary"), core::PartnerRole::Partner, {}, {}, {}, {}, {}, {}}).ok());
    REQUIRE(service.savePartner({0, QStringLiteral("OPS Mokotów"), core::PartnerRole::Partner, {}, {}, {}, {}, {}, {}})
                .ok());
    // The project's summary names the partnership as entered.
    CHECK(page.findChild<QLabel*>(QStringLiteral("startProject"))->text() ==
          QStringLiteral("nowy · contract no. UDA-POKL.07.02.02-14-045/11 · 01.01.2012 – 30.06.2014\n"
                         "Beneficiary: Fundacja Sąsiedzi\n"
                         "Leader: Lider\n"
                         "Partners: SM Jary; OPS Mokotów"));

    // Written around the services, as an import would: the page follows the change notice.
    t.db().exec("INSERT INTO housing_coop (name) VALUES ('SM Mokotów')");
    t.changes.notify(core::Topic::HousingCoops);
    CHECK(tick(page, 3) == open);
    t.db().exec("INSERT INTO institution (kind, name) VALUES ('ops', 'OPS Mokotów')");
    t.changes.notify(core::Topic::Institutions);
    CHECK(tick(page, 3) == done);
    t.db().exec("INSERT INTO participant (first_name, last_name) VALUES ('Anna', 'Kowalska')");
    t.changes.notify(core::Topic::Participants);
    CHECK(tick(page, 4) == done);
    CHECK(tick(page, 5) == open);
    CHECK(page.statusText() == QStringLiteral("Steps done: 4 of 7"));
    CHECK_FALSE(page.progress().complete());
}

TEST_CASE("The start page of the demo has every step ticked", "[ui][start]")
{
    QTemporaryDir dir;
    auto opened = core::Database::open(test::demoCopy(1, dir.path()));
    REQUIRE(opened.ok());
    core::ChangeNotifier changes;
    QUndoStack undo;
    test::ScriptedPrompt prompt;
    ui::AppContext context{*opened.value(), changes, undo, prompt};
    ui::StartSection page(context);
    for (int step = 1; step <= 7; ++step) {
        INFO("step " << step);
        CHECK(tick(page, step) == done);
    }
    CHECK(page.progress().complete());
}

TEST_CASE("The start page's buttons lead to the sections and the settings' tabs", "[ui][start]")
{
    test::TestContext t;
    newProject(t.db(), QDate(2012, 1, 1), QDate(2014, 6, 30));
    RecordingNavigator navigator;
    t.context.navigator = &navigator;
    ui::StartSection page(t.context);
    for (const char* button : {"go_settings", "go_staff", "go_housing-coops", "go_training", "go_debts"}) {
        auto* b = page.findChild<QPushButton*>(QString::fromLatin1(button));
        INFO(button);
        REQUIRE(b != nullptr);
        QTest::mouseClick(b, Qt::LeftButton);
    }
    CHECK(navigator.visits == QStringList{QStringLiteral("settings:0"), QStringLiteral("settings:2"),
                                          QStringLiteral("section:housing-coops"), QStringLiteral("section:training"),
                                          QStringLiteral("section:debts")});
}

TEST_CASE("The start page's buttons of one step stand apart", "[ui][start]")
{
    test::TestContext t;
    newProject(t.db(), QDate(2012, 1, 1), QDate(2014, 6, 30));
    ui::StartSection page(t.context);
    page.resize(1100, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    // Step 1 offers the settings and the periods, step 7 the orders and the debts, side by side.
    for (const auto& [left, right] :
         {std::pair{"go_settings", "go_periods"}, std::pair{"go_work-orders", "go_debts"}}) {
        INFO(left << " / " << right);
        auto* a = page.findChild<QPushButton*>(QString::fromLatin1(left));
        auto* b = page.findChild<QPushButton*>(QString::fromLatin1(right));
        REQUIRE(a != nullptr);
        REQUIRE(b != nullptr);
        CHECK(b->geometry().left() - a->geometry().right() > 4);
    }
}

TEST_CASE("The main window goes where the start page sends it and shows the reference day", "[ui][start][mainwindow]")
{
    QTemporaryDir dir;
    ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    test::ScriptedPrompt prompt;
    ui::MainWindow window(settings, prompt);
    window.show();
    const QString file = dir.filePath(QStringLiteral("projekt.osiedle"));
    {
        auto db = core::Database::open(file, core::Database::Mode::CreateNew);
        REQUIRE(db.ok());
        newProject(*db.value(), QDate(2010, 10, 1), QDate(2013, 6, 30));
    }
    QList<int> tabsShown;
    window.setDialogRunner([&tabsShown](QDialog& dialog) {
        auto* settingsDialog = qobject_cast<ui::ProjectSettingsDialog*>(&dialog);
        REQUIRE(settingsDialog != nullptr);
        tabsShown << settingsDialog->findChild<QTabWidget*>(QStringLiteral("settingsTabs"))->currentIndex();
        return int(QDialog::Rejected);
    });
    REQUIRE(window.openFile(file));
    CHECK(window.currentSectionId() == QStringLiteral("start"));
    // The project ended in 2013: documents and defaults are dated on its last day.
    CHECK(window.referenceDayText() == QStringLiteral("Reference day: 30.06.2013 (the project has ended)"));

    auto* page = window.sectionWidget(QStringLiteral("start"));
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("go_partners")), Qt::LeftButton);
    CHECK(tabsShown == QList<int>{int(ui::Navigator::SettingsTab::Partners)});
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("go_participants")), Qt::LeftButton);
    CHECK(window.currentSectionId() == QStringLiteral("participants"));

    // A project that runs until after today is dated today.
    core::ProjectSettingsService service(window.session()->db(), &window.session()->changes());
    core::Project p = *service.project();
    p.endDate = QDate::currentDate().addYears(1);
    REQUIRE(service.update(p).ok());
    CHECK(window.referenceDayText() ==
          QStringLiteral("Reference day: %1 (today)").arg(QDate::currentDate().toString(QStringLiteral("dd.MM.yyyy"))));
}
