#include "ui/debts/DebtsSection.h"

#include "core/common/DisplayFormat.h"
#include "core/io/DemoGenerator.h"
#include "core/services/ArrearsOverview.h"
#include "core/storage/LedgerRepository.h"
#include "support/QtStringMakers.h"
#include "support/ScriptedPrompt.h"
#include "support/TempProject.h"
#include "support/TestContext.h"
#include "tests/core/DebtTestData.h"
#include "tests/ui/DebtsUiSupport.h"
#include "tests/ui/ExportSupport.h"
#include "ui/common/AppContext.h"
#include "ui/debts/DebtWatchDialog.h"
#include "ui/debts/DebtorsModel.h"
#include "ui/debts/DebtsFormat.h"
#include "ui/debts/LedgerModel.h"
#include "ui/debts/SignPlanDialog.h"
#include "ui/debts/WageDeductionDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace osiedle;
using core::DebtEntryKind;
using core::Money;
using test::child;
using test::d;
using test::shot;
using test::zl;

namespace {

void postThroughForm(QWidget& section, const QDate& date, DebtEntryKind kind, const QString& amount)
{
    child<QDateEdit>(section, "entryDate")->setDate(date);
    auto* kinds = child<QComboBox>(section, "entryKind");
    kinds->setCurrentIndex(kinds->findData(static_cast<int>(kind)));
    child<QLineEdit>(section, "entryAmount")->setText(amount);
    child<QPushButton>(section, "postEntry")->click();
    CHECK(child<QLabel>(section, "entryError")->text().isEmpty());
}

} // namespace

TEST_CASE("The debts section takes a tenant through an agreement, payments, wages and an early warning", "[debts][ui]")
{
    test::TempProject project;
    test::DebtWorld world(project.db());
    qint64 anna = 0;
    const qint64 account = world.tenant("Kowalska", d("2012-01-10"), zl(3000), &anna);
    world.tenant("Nowak", d("2012-01-10"), zl(800));
    world.member(anna, 1200, "percent", 1000, d("2012-02-01")); // 12 zł/h, 10 % to the arrears
    for (int day = 1; day <= 5; ++day) {
        world.hours(anna, QDate(2012, 2, day), 120);      // 10 h in February
        world.hours(anna, QDate(2012, 3, 12 + day), 120); // 10 h in March
    }
    world.hours(anna, d("2012-04-20"), 60); // 1 h in April

    QUndoStack undo;
    test::ScriptedPrompt prompt;
    ui::AppContext context{project.db(), world.changes(), undo, prompt};
    ui::DebtsSection section(context);
    section.resize(1280, 760);
    section.show();
    section.setAsOf(d("2012-02-01"));
    test::settle(context);

    auto* view = child<QTableView>(section, "debtorsView");
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(view->model()->rowCount() == 2);
    child<QLineEdit>(section, "debtSearch")->setText(QStringLiteral("kowal"));
    test::settle(context);
    REQUIRE(view->model()->rowCount() == 1);
    CHECK(view->model()->index(0, ui::DebtorsModel::AtEntry).data().toString() == zl(3000).format());
    shot(section, "01-list");

    section.openAccount(account);
    CHECK(child<QStackedWidget>(section, "debtPages")->currentWidget() == child<QWidget>(section, "tenantPage"));
    CHECK(child<QLabel>(section, "figureAtEntry")->text() == zl(3000).format());
    CHECK(child<QLabel>(section, "figureBalance")->text() == zl(3000).format());

    // sign a 12-instalment agreement of 1 200 zł from 15 February
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<ui::SignPlanDialog*>(QApplication::activeModalWidget());
        if (dialog == nullptr) {
            return;
        }
        dialog->findChild<QLineEdit*>(QStringLiteral("total"))->setText(QStringLiteral("1200"));
        dialog->findChild<QSpinBox*>(QStringLiteral("count"))->setValue(12);
        dialog->findChild<QDateEdit*>(QStringLiteral("firstDue"))->setDate(QDate(2012, 2, 15));
        dialog->recalculate();
        dialog->accept();
    });
    child<QPushButton>(section, "signPlan")->click();
    CHECK(project.db().scalar("SELECT count(*) FROM instalment WHERE amount = 10000") == 12);
    CHECK(child<QTableWidget>(section, "scheduleTable")->rowCount() == 12);

    // three months of charges and payments through the entry form
    for (int month = 2; month <= 4; ++month) {
        postThroughForm(section, QDate(2012, month, 1), DebtEntryKind::Charge, QStringLiteral("400,00"));
    }
    postThroughForm(section, d("2012-02-10"), DebtEntryKind::Payment, QStringLiteral("100"));
    postThroughForm(section, d("2012-03-10"), DebtEntryKind::Payment, QStringLiteral("100"));
    // a correction without a note is refused next to the field
    child<QComboBox>(section, "entryKind")
        ->setCurrentIndex(
            child<QComboBox>(section, "entryKind")->findData(static_cast<int>(DebtEntryKind::Correction)));
    child<QLineEdit>(section, "entryAmount")->setText(QStringLiteral("-5"));
    child<QPushButton>(section, "postEntry")->click();
    CHECK(child<QLabel>(section, "entryError")->text().contains(QStringLiteral("note")));

    // the wage deductions of February, March and April, reviewed then posted
    for (int month = 2; month <= 4; ++month) {
        ui::WageDeductionDialog wages(context, QDate(2012, month, 1), &section);
        REQUIRE(wages.run().countToPost() == 1);
        if (month == 3) {
            shot(wages, "04-wage-deduction");
        }
        child<QPushButton>(wages, "post")->click();
        CHECK(wages.run().countToPost() == 0); // recomputed: already posted
    }
    CHECK(prompt.informations().size() == 3);
    {
        // running March again posts nothing
        ui::WageDeductionDialog again(context, QDate(2012, 3, 1), &section);
        CHECK(again.run().countToPost() == 0);
        CHECK_FALSE(child<QPushButton>(again, "post")->isEnabled());
    }
    core::LedgerRepository ledger(project.db());
    CHECK(ledger.wageEntry(account, QStringLiteral("2012-02"))->amount == zl(-12));
    CHECK(ledger.wageEntry(account, QStringLiteral("2012-04"))->amount == zl(-1.20));

    // on 10 May the April instalment is 74,80 zł short, 25 days overdue
    section.setAsOf(d("2012-05-10"));
    const Money expected = zl(3000 + 1200 - 200 - 12 - 12 - 1.20);
    CHECK(child<QLabel>(section, "figureBalance")->text() == expected.format());
    CHECK(child<QLabel>(section, "figureChange")->text() == (expected - zl(3000)).format());
    CHECK(child<QLabel>(section, "figureMonths")->text().startsWith(QStringLiteral("9 months")));
    CHECK(child<QLabel>(section, "figureWages")->text().startsWith(zl(25.20).format()));
    auto* schedule = child<QTableWidget>(section, "scheduleTable");
    CHECK(schedule->item(2, 3)->text() == zl(25.20).format());
    CHECK(schedule->item(2, 6)->text() == QStringLiteral("25 days"));
    CHECK(schedule->item(1, 6)->text().isEmpty());
    CHECK(child<QLabel>(section, "planSummary")->text().contains(QStringLiteral("Overdue, still kept")));
    auto* tabs = child<QTabWidget>(section, "tenantTabs");
    shot(section, "02-tenant-ledger");
    tabs->setCurrentIndex(1);
    shot(section, "03-tenant-agreement");
    tabs->setCurrentIndex(3);
    CHECK(child<QTableWidget>(section, "workTable")->rowCount() == 3);
    shot(section, "05-tenant-work");
    tabs->setCurrentIndex(4);
    shot(section, "06-tenant-chart");

    // plans at risk and the early-warning list (hours fell from 10 h to 1 h)
    std::unique_ptr<ui::DebtWatchDialog> atRisk(section.createPlansAtRiskDialog());
    CHECK(atRisk->rowCount() == 1);
    std::unique_ptr<ui::DebtWatchDialog> warnings(section.createEarlyWarningDialog());
    REQUIRE(warnings->rowCount() == 1);
    auto* warningTable = child<QTableWidget>(*warnings, "watchTable");
    CHECK(warningTable->item(0, 0)->text() == QStringLiteral("Kowalska Anna"));
    CHECK(warningTable->item(0, 3)->text() == QStringLiteral("hours worked fell from 10\u00A0h to 1\u00A0h"));
    warnings->resize(900, 300);
    shot(*warnings, "07-early-warnings");
    {
        // the early warnings and the schedule are exported as shown
        const auto written = test::exportedTable(prompt, *warnings, QStringLiteral("exportList"),
                                                 QDir(project.dir()).filePath(QStringLiteral("warnings.csv")));
        CHECK(written.header.value(3) == QStringLiteral("What fell"));
        REQUIRE(written.rows.size() == 1);
        CHECK(written.rows.first().fields.value(0) == QStringLiteral("Kowalska Anna"));

        const auto instalments = test::exportedTable(prompt, section, QStringLiteral("exportSchedule"),
                                                     QDir(project.dir()).filePath(QStringLiteral("schedule.csv")));
        CHECK(instalments.rows.size() == schedule->rowCount());
        CHECK(instalments.rows.value(2).fields.value(3) == zl(25.20).format());
        CHECK(prompt.errors().isEmpty());
    }
    warningTable->setCurrentCell(0, 0);
    warnings->openSelected();
    CHECK(warnings->chosenAccount() == account);

    // the schedule as PDF
    const QString pdf = QDir(project.dir()).filePath(QStringLiteral("schedule.pdf"));
    prompt.saveFileAnswers.enqueue(pdf);
    tabs->setCurrentIndex(1);
    child<QPushButton>(section, "schedulePdf")->click();
    CHECK(prompt.errors().isEmpty());
    CHECK(QFileInfo(pdf).size() > 1000);
    if (!qEnvironmentVariable("OSIEDLE_DEBT_SHOTS").isEmpty()) {
        QFile::copy(pdf, QDir(qEnvironmentVariable("OSIEDLE_DEBT_SHOTS")).filePath(QStringLiteral("schedule.pdf")));
    }

    // undo takes back the April wage deduction, redo posts it again
    undo.undo();
    CHECK_FALSE(ledger.wageEntry(account, QStringLiteral("2012-04")).has_value());
    CHECK(child<QLabel>(section, "figureBalance")->text() == (expected + zl(1.20)).format());
    undo.redo();
    CHECK(ledger.wageEntry(account, QStringLiteral("2012-04")).has_value());
}

TEST_CASE("The debtors list is read off the window's thread and shows a change once read", "[debts][ui]")
{
    test::TempProject project;
    test::DebtWorld world(project.db());
    world.tenant("Kowalska", d("2012-01-10"), zl(3000));
    world.tenant("Nowak", d("2012-01-10"), zl(800));
    QUndoStack undo;
    test::ScriptedPrompt prompt;
    ui::AppContext context{project.db(), world.changes(), undo, prompt};
    ui::DebtsSection section(context);
    section.resize(1280, 760);
    section.show();
    section.setAsOf(d("2012-02-01"));
    test::settle(context);

    auto* view = child<QTableView>(section, "debtorsView");
    auto* totals = child<QLabel>(section, "debtTotals");
    REQUIRE(view->model()->rowCount() == 2);
    CHECK(totals->text().startsWith(QStringLiteral("Tenants: 2; arrears at entry %1,").arg(zl(3800).format())));

    world.tenant("Zielińska", d("2012-01-20"), zl(500));
    world.changes().notify(core::Topic::Debts);
    // Until the read comes back the list of the data before the change stays.
    CHECK(view->model()->rowCount() == 2);
    test::settle(context);
    REQUIRE(view->model()->rowCount() == 3);
    CHECK(totals->text().startsWith(QStringLiteral("Tenants: 3; arrears at entry %1,").arg(zl(4300).format())));
    CHECK(section.statusText().endsWith(zl(4300).format()));

    // Typing in the search box asks again for every letter; only the last answer is shown.
    auto* search = child<QLineEdit>(section, "debtSearch");
    for (const QString& typed : {QStringLiteral("z"), QStringLiteral("zi"), QStringLiteral("zie")}) {
        search->setText(typed);
    }
    test::settle(context);
    REQUIRE(view->model()->rowCount() == 1);
    CHECK(view->model()->index(0, ui::DebtorsModel::AtEntry).data().toString() == zl(500).format());
}

TEST_CASE("The eviction tab offers only the stages that follow and shows the winter protection", "[debts][ui]")
{
    test::TempProject project;
    test::DebtWorld world(project.db());
    const qint64 account = world.tenant("Lis", d("2012-01-10"), zl(9000));
    QUndoStack undo;
    test::ScriptedPrompt prompt;
    ui::AppContext context{project.db(), world.changes(), undo, prompt};
    ui::DebtsSection section(context);
    section.resize(1280, 760);
    section.show();
    section.setAsOf(d("2012-06-01"));
    section.openAccount(account);
    child<QTabWidget>(section, "tenantTabs")->setCurrentIndex(2);
    child<QPushButton>(section, "openCase")->click();
    auto* next = child<QComboBox>(section, "nextStage");
    REQUIRE(next->count() == 2); // demand letter or instalment agreement
    child<QDateEdit>(section, "stageDate")->setDate(d("2012-02-01"));
    next->setCurrentIndex(0);
    child<QPushButton>(section, "addStage")->click();
    CHECK(child<QTableWidget>(section, "stagesTable")->rowCount() == 1);
    // a stage dated before the last one is refused with the reason
    child<QDateEdit>(section, "stageDate")->setDate(d("2012-01-15"));
    child<QPushButton>(section, "addStage")->click();
    CHECK(child<QLabel>(section, "stageError")->text().contains(QStringLiteral("before the previous stage")));
    CHECK(child<QTableWidget>(section, "stagesTable")->rowCount() == 1);

    child<QCheckBox>(section, "hasEvictionDate")->setChecked(true);
    child<QDateEdit>(section, "evictionOn")->setDate(d("2012-12-03"));
    CHECK(child<QLabel>(section, "winterNotice")->text().contains(QStringLiteral("winter protection")));
    child<QDateEdit>(section, "evictionOn")->setDate(d("2013-04-03"));
    CHECK(child<QLabel>(section, "winterNotice")->text().isEmpty());
    child<QDateEdit>(section, "evictionOn")->setDate(d("2012-12-03"));
    child<QLineEdit>(section, "court")->setText(QStringLiteral("Sąd Rejonowy w Płocku"));
    child<QPushButton>(section, "saveCase")->click();
    CHECK(core::ArrearsOverview(project.db()).evictionCase(1).value()->evictionOn == d("2012-12-03"));
    shot(section, "08-eviction");
    undo.undo(); // the edit
    CHECK_FALSE(core::ArrearsOverview(project.db()).evictionCase(1).value()->evictionOn.isValid());
}

TEST_CASE("The tenant page's figures agree with the ledger of a demo project", "[debts][ui][demo]")
{
    test::TempProject project;
    core::DemoGenerator::write(project.db(), {1, 7});
    core::Database& db = project.db();
    core::ChangeNotifier changes;
    QUndoStack undo;
    test::ScriptedPrompt prompt;
    ui::AppContext context{db, changes, undo, prompt};
    ui::DebtsSection section(context);
    section.resize(1280, 760);
    section.show();

    const auto sum = [&](const QByteArray& where, qint64 account, const QDate& on) {
        core::Statement st =
            db.prepare("SELECT coalesce(sum(amount), 0) FROM debt_entry WHERE account_id = ? AND date <= ? " + where);
        st.bind(1, account).bind(2, on);
        st.step();
        return Money::fromGrosze(st.int64(0));
    };
    // The accounts with the most wage deductions, the most entries, and a plan.
    QList<qint64> accounts;
    for (const char* sql : {"SELECT account_id FROM debt_entry WHERE kind = 'wage_payment' GROUP BY account_id "
                            "ORDER BY count(*) DESC, account_id LIMIT 1",
                            "SELECT account_id FROM debt_entry GROUP BY account_id ORDER BY count(*) DESC, account_id "
                            "LIMIT 1",
                            "SELECT account_id FROM instalment_plan ORDER BY id LIMIT 1"}) {
        accounts.append(db.scalar(sql));
    }
    REQUIRE(accounts.count(0) == 0);
    core::Statement latest = db.prepare("SELECT max(date) FROM debt_entry");
    latest.step();
    const QDate last = latest.date(0);
    REQUIRE(last.isValid());
    for (const QDate& on : {last.addMonths(-7), last}) {
        section.setAsOf(on);
        for (const qint64 account : accounts) {
            INFO("account " << account << " on " << on.toString(Qt::ISODate).toStdString());
            section.openAccount(account);
            const Money atEntry = sum("AND kind = 'opening'", account, QDate(9999, 12, 31));
            const Money balance = sum({}, account, on);
            CHECK(child<QLabel>(section, "figureAtEntry")->text() == atEntry.format());
            CHECK(child<QLabel>(section, "figureBalance")->text() == balance.format());
            CHECK(child<QLabel>(section, "figureChange")->text() == (balance - atEntry).format());
            // what wage deductions dated up to the day repaid, for the hours worked up to it
            core::Statement worked =
                db.prepare("SELECT coalesce(sum(w.minutes), 0) FROM work_hours w JOIN debt_account a "
                           "ON a.participant_id = w.participant_id WHERE a.id = ? AND w.date <= ?");
            worked.bind(1, account).bind(2, on);
            worked.step();
            CHECK(child<QLabel>(section, "figureWages")->text() ==
                  QStringLiteral("%1 for %2")
                      .arg((-sum("AND kind = 'wage_payment'", account, on)).format(),
                           core::shown::hoursWithUnit(worked.int64(0))));
            // months in arrears: the balance over the charges of the latest charged month
            core::Statement month = db.prepare("SELECT substr(max(date), 1, 7) FROM debt_entry WHERE account_id = ? "
                                               "AND kind = 'charge' AND date <= ?");
            month.bind(1, account).bind(2, on);
            month.step();
            const Money charge =
                sum("AND kind = 'charge' AND substr(date, 1, 7) = '" + month.text(0).toLatin1() + "'", account, on);
            if (charge.grosze() > 0) {
                const qint64 months = balance.grosze() > 0 ? balance.grosze() / charge.grosze() : 0;
                CHECK(child<QLabel>(section, "figureMonths")->text() ==
                      (months == 1 ? QStringLiteral("1 month") : QStringLiteral("%1 months").arg(months)));
            }
            // the ledger lists every entry (the first page of 200), the newest with the balance after all
            auto* ledger = child<QTableView>(section, "ledgerView")->model();
            const qint64 entries =
                db.scalar("SELECT count(*) FROM debt_entry WHERE account_id = " + QByteArray::number(account));
            CHECK(ledger->rowCount() == std::min<qint64>(entries, ui::LedgerModel::PageSize));
            CHECK(ledger->index(0, ui::LedgerModel::BalanceAfter).data().toString() ==
                  sum({}, account, QDate(9999, 12, 31)).format());
            // the agreement's schedule has one row per instalment of the latest plan
            const qint64 instalments =
                db.scalar("SELECT count(*) FROM instalment WHERE plan_id = (SELECT id FROM "
                          "instalment_plan WHERE account_id = " +
                          QByteArray::number(account) + " ORDER BY signed_on DESC, id DESC LIMIT 1)");
            CHECK(child<QTableWidget>(section, "scheduleTable")->rowCount() == instalments);
        }
    }
}

TEST_CASE("A ledger entry date typed from left to right over a June date is posted as typed", "[debts][ui]")
{
    test::TempProject project;
    test::DebtWorld world(project.db());
    const qint64 account = world.tenant("Kowalska", d("2012-01-10"), zl(3000));
    QUndoStack undo;
    test::ScriptedPrompt prompt;
    ui::AppContext context{project.db(), world.changes(), undo, prompt};
    ui::DebtsSection section(context);
    section.show();
    section.openAccount(account);
    auto* date = child<QDateEdit>(section, "entryDate");
    // over 30.06.2012 a plain QDateEdit made "31052012" into 30.05.2012 (June has no 31st)
    date->setDate(d("2012-06-30"));
    date->setFocus();
    date->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(date, QStringLiteral("31052012"));
    CHECK(date->text() == QStringLiteral("31.05.2012"));
    auto* kinds = child<QComboBox>(section, "entryKind");
    kinds->setCurrentIndex(kinds->findData(static_cast<int>(DebtEntryKind::Payment)));
    child<QLineEdit>(section, "entryAmount")->setText(QStringLiteral("100"));
    child<QPushButton>(section, "postEntry")->click();
    CHECK(child<QLabel>(section, "entryError")->text().isEmpty());
    CHECK(project.db().scalar("SELECT count(*) FROM debt_entry WHERE date = '2012-05-31' AND kind = 'payment'") == 1);
}
