#include "ui/socialcoops/SocialCoopCard.h"

#include "core/services/ChangeNotifier.h"
#include "core/storage/BackgroundReader.h"
#include "core/storage/Database.h"
#include "support/QtStringMakers.h"
#include "support/ScriptedPrompt.h"
#include "support/TempProject.h"
#include "ui/common/AppContext.h"
#include "ui/socialcoops/AgreementTab.h"
#include "ui/socialcoops/CoopDetailsDialog.h"
#include "ui/socialcoops/FormDialog.h"
#include "ui/socialcoops/FoundingPathTab.h"
#include "ui/socialcoops/HealthPanel.h"
#include "ui/socialcoops/MembersTab.h"
#include "ui/socialcoops/OptionalDateEdit.h"
#include "ui/socialcoops/SocialCoopListSection.h"
#include "ui/workorders/WorkOrdersSection.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace osiedle;

namespace {

struct CardFixture {
    test::TempProject project;
    core::ChangeNotifier changes;
    QUndoStack undo;
    test::ScriptedPrompt prompt;
    ui::AppContext context{project.db(), changes, undo, prompt};

    CardFixture()
    {
        auto& db = project.db();
        db.exec("INSERT INTO project (id, title, start_date, end_date) VALUES (1, 'Partnerstwo', '2010-01-01', "
                "'2013-06-30')");
        db.exec("INSERT INTO housing_coop (id, name) VALUES (1, 'SM Przyszłość')");
        db.exec("INSERT INTO social_coop (id, name, housing_coop_id) VALUES (1, 'OSS Razem', 1), (2, 'OSS Druga', 1)");
        for (int i = 1; i <= 6; ++i) {
            db.exec(QStringLiteral("INSERT INTO participant (id, first_name, last_name) VALUES (%1, 'Osoba', 'Nr%1')")
                        .arg(i)
                        .toUtf8());
        }
    }

    template <typename T> T* dialog(QWidget* owner)
    {
        T* d = owner->findChild<T*>();
        REQUIRE(d);
        return d;
    }
};

} // namespace

TEST_CASE("An OSS is taken from its founding group to registration and its agreement on the card", "[coops-ui]")
{
    CardFixture f;
    ui::SocialCoopCard card(f.context, 1, QDate(2012, 3, 31));
    card.show();
    CHECK(card.figure(QStringLiteral("stage")).startsWith(QStringLiteral("Being founded — 0 of 12")));

    // founders: five participants, two of them from outside the eligible groups
    auto* members = card.membersTab();
    for (int i = 1; i <= 5; ++i) {
        members->editMember(-1);
        auto* dialog = f.dialog<ui::FormDialog>(members);
        auto* person = dialog->findChild<QComboBox*>(QStringLiteral("memberParticipant"));
        person->setCurrentIndex(person->findData(qint64(i)));
        auto* role = dialog->findChild<QComboBox*>(QStringLiteral("memberRole"));
        role->setCurrentIndex(role->findData(int(core::MembershipRole::Founder)));
        dialog->findChild<QDateEdit*>(QStringLiteral("memberFrom"))->setDate(QDate(2011, 3, 1));
        dialog->findChild<QCheckBox*>(QStringLiteral("memberEligible"))->setChecked(i < 4);
        dialog->submit();
        delete dialog;
    }
    CHECK(members->members()->rowCount() == 5);
    CHECK(f.prompt.informations().isEmpty());
    CHECK(card.figure(QStringLiteral("members")) == "5 (from outside the eligible groups: 2)");

    auto* founding = card.foundingTab();
    const auto record = [&](core::FoundingStep kind, const QDate& date) {
        founding->editStep(int(kind));
        auto* dialog = f.dialog<ui::FormDialog>(founding);
        dialog->findChild<QDateEdit*>(QStringLiteral("stepDate"))->setDate(date);
        if (kind == core::FoundingStep::Registered) {
            dialog->findChild<QLineEdit*>(QStringLiteral("stepKrs"))->setText(QStringLiteral("0000413516"));
        }
        dialog->submit();
        const QString error = dialog->errorLabel()->text();
        delete dialog;
        return error;
    };
    CHECK(record(core::FoundingStep::FoundingGroup, QDate(2011, 3, 1)).isEmpty());
    CHECK(record(core::FoundingStep::BusinessIdea, QDate(2011, 3, 10)).isEmpty());
    CHECK(record(core::FoundingStep::StatuteDrafted, QDate(2011, 3, 9)) ==
          "Statute drafted (09.03.2011) cannot be dated before Business idea prepared (10.03.2011), which it needs");
    CHECK(record(core::FoundingStep::StatuteDrafted, QDate(2011, 3, 20)).isEmpty());
    CHECK(record(core::FoundingStep::FoundingMeeting, QDate(2011, 4, 2)).isEmpty());
    CHECK(record(core::FoundingStep::KrsFiled, QDate(2011, 4, 20)).isEmpty());
    CHECK(record(core::FoundingStep::Registered, QDate(2011, 6, 1)).isEmpty());
    CHECK(f.project.db().scalar("SELECT count(*) FROM social_coop WHERE krs = '0000413516'") == 1);
    CHECK(card.figure(QStringLiteral("stage")).startsWith(QStringLiteral("Registered — 6 of 12")));
    CHECK(founding->table()->item(int(core::FoundingStep::Registered), 1)->text() == "01.06.2011");
    f.undo.undo();
    CHECK(card.figure(QStringLiteral("stage")).startsWith(QStringLiteral("Being founded — 5 of 12")));
    CHECK(f.project.db().scalar("SELECT count(*) FROM social_coop WHERE krs IS NULL AND id = 1") == 1);
    f.undo.redo();
    CHECK(card.figure(QStringLiteral("stage")).startsWith(QStringLiteral("Registered")));

    // the agreement makes it operating
    auto* agreement = card.agreementTab();
    agreement->editAgreement(-1);
    auto* dialog = f.dialog<ui::FormDialog>(agreement);
    dialog->findChild<QDateEdit*>(QStringLiteral("agreementSigned"))->setDate(QDate(2011, 7, 1));
    dialog->findChild<QLineEdit*>(QStringLiteral("agreementNumber"))->setText(QStringLiteral("1/2011"));
    dialog->submit();
    CHECK(dialog->errorLabel()->text().isEmpty());
    delete dialog;
    CHECK(card.figure(QStringLiteral("stage")).startsWith(QStringLiteral("Operating — 7 of 12")));
    CHECK(card.figure(QStringLiteral("agreement")) == "signed 01.07.2011, work inaugurated not yet");

    // a sixth member from outside the eligible groups: 3 of 6 is fine, a seventh tips it
    for (int i : {6}) {
        members->editMember(-1);
        auto* d = f.dialog<ui::FormDialog>(members);
        auto* person = d->findChild<QComboBox*>(QStringLiteral("memberParticipant"));
        person->setCurrentIndex(person->findData(qint64(i)));
        d->findChild<QCheckBox*>(QStringLiteral("memberEligible"))->setChecked(false);
        d->submit();
        delete d;
    }
    CHECK(f.prompt.informations().isEmpty());
    members->editMember(-1);
    auto* outsider = f.dialog<ui::FormDialog>(members);
    outsider->findChild<QLineEdit*>(QStringLiteral("memberName"))->setText(QStringLiteral("Jan Spoza"));
    outsider->findChild<QCheckBox*>(QStringLiteral("memberEligible"))->setChecked(false);
    outsider->submit();
    delete outsider;
    REQUIRE(f.prompt.informations().size() == 1);
    CHECK(f.prompt.informations().last() ==
          "4 of 7 members are from outside the eligible groups: they may not exceed half of the members");
    CHECK(members->warning()->isVisibleTo(members));

    // the charts exist and cover 18 months
    REQUIRE(card.ordersChart()->chart());
    CHECK(card.ordersChart()->chart()->series().size() == 1);
    CHECK(card.employedChart()->chart()->series().size() == 1);
}

TEST_CASE("The card's and the health panel's figures match the data", "[coops-ui]")
{
    CardFixture f;
    auto& db = f.project.db();
    db.exec(
        "INSERT INTO employment (participant_id, social_coop_id, contract, start_date) VALUES (1, 1, 'cooperative', "
        "'2011-08-01'), (2, 1, 'cooperative', '2012-01-01')");
    db.exec("INSERT INTO work_order (housing_coop_id, social_coop_id, year, seq, kind, status, ordered_on, due_on, "
            "net_amount, paid_on) VALUES "
            "(1, 1, 2012, 1, 'cleaning', 'paid', '2012-03-02', '2012-03-09', 100000, '2012-03-20'), "
            "(1, 1, 2012, 2, 'cleaning', 'ordered', '2012-03-05', '2012-03-12', 25050, NULL), "
            "(1, 1, 2012, 3, 'greenery', 'invoiced', '2012-01-15', '2012-01-30', 40000, NULL), "
            "(1, 2, 2012, 4, 'greenery', 'ordered', '2012-03-15', '2012-04-30', 99900, NULL)");
    db.exec("INSERT INTO work_hours (work_order_id, participant_id, date, minutes) VALUES (1, 1, '2012-03-03', 240), "
            "(1, 2, '2012-03-03', 180), (3, 1, '2012-01-16', 90)");
    db.exec("INSERT INTO service_point (social_coop_id, opened_on) VALUES (1, '2012-02-01')");
    db.exec("INSERT INTO service_sale (social_coop_id, date, client_kind, service, amount) VALUES "
            "(1, '2012-03-10', 'resident', 'Pranie', 4550), (1, '2012-02-10', 'business', 'Sprzątanie', 10000)");

    ui::SocialCoopCard card(f.context, 1, QDate(2012, 3, 31));
    const auto nb = [](QString s) { return s.replace(QChar(0xa0), QLatin1Char(' ')); };
    CHECK(card.figure(QStringLiteral("employed")) == "2");
    CHECK(nb(card.figure(QStringLiteral("ordersMonth"))) ==
          "2 orders, 1 250,50 zł net; paid 1 000,00 zł, unpaid 250,50 zł");
    CHECK(nb(card.figure(QStringLiteral("ordersYear"))) ==
          "3 orders, 1 650,50 zł net; paid 1 000,00 zł, unpaid 650,50 zł");
    CHECK(card.figure(QStringLiteral("overdue")) == "1");
    CHECK(nb(card.figure(QStringLiteral("sales"))) ==
          "this month 45,50 zł, this year 145,50 zł (open since 01.02.2012)");
    CHECK(card.figure(QStringLiteral("hours")) == "this month 7 h, this year 8.5 h");
    auto* hoursByMember = card.findChild<QTableWidget*>(QStringLiteral("hoursByMember"));
    REQUIRE(hoursByMember->rowCount() == 2);
    CHECK(hoursByMember->item(0, 1)->text() == "5.5");

    card.setDay(QDate(2012, 1, 31));
    CHECK(card.figure(QStringLiteral("employed")) == "2");
    CHECK(nb(card.figure(QStringLiteral("ordersMonth"))) == "1 orders, 400,00 zł net; paid 0,00 zł, unpaid 400,00 zł");

    ui::HealthPanel panel(f.context, QDate(2012, 3, 31));
    REQUIRE(f.context.reads().waitIdle()); // read off the window's thread
    auto* table = panel.table();
    REQUIRE(table->rowCount() == 2);
    table->sortItems(ui::HealthPanel::Name);
    CHECK(table->item(0, ui::HealthPanel::Name)->text() == "OSS Druga");
    CHECK(table->item(0, ui::HealthPanel::OrdersMonth)->text() == "1");
    CHECK(table->item(1, ui::HealthPanel::Name)->text() == "OSS Razem");
    CHECK(table->item(1, ui::HealthPanel::OrdersYear)->text() == "3");
    CHECK(nb(table->item(1, ui::HealthPanel::Unpaid)->text()) == "650,50");
    CHECK(table->item(1, ui::HealthPanel::Employed)->text() == "2");
    CHECK(table->item(1, ui::HealthPanel::HoursYear)->text() == "8.5");
    CHECK(table->item(1, ui::HealthPanel::Stage)->text() == "Being founded");

    // a new order appears on the card without reopening it
    db.exec("INSERT INTO work_order (housing_coop_id, social_coop_id, year, seq, kind, status, ordered_on, net_amount) "
            "VALUES (1, 1, 2012, 5, 'other', 'ordered', '2012-03-20', 1000)");
    card.setDay(QDate(2012, 3, 31));
    f.changes.notify(core::Topic::WorkOrders);
    CHECK(card.figure(QStringLiteral("ordersMonth")).startsWith(QStringLiteral("3 orders")));
    REQUIRE(f.context.reads().waitIdle());
    CHECK(table->item(1, ui::HealthPanel::OrdersMonth)->text() == "3");
}

// Screenshots of the card, the health panel and the work orders on a demo file:
// OSIEDLE_DEMO=file.osiedle OSIEDLE_SHOTS=dir osiedle_ui_tests "[.shots]"
TEST_CASE("Screenshots of the OSS card and the health panel", "[.shots]")
{
    const QString demo = qEnvironmentVariable("OSIEDLE_DEMO");
    const QString out = qEnvironmentVariable("OSIEDLE_SHOTS");
    REQUIRE(!demo.isEmpty());
    auto db = core::Database::open(demo);
    REQUIRE(db.ok());
    core::ChangeNotifier changes;
    QUndoStack undo;
    test::ScriptedPrompt prompt;
    ui::AppContext context{**db, changes, undo, prompt};
    ui::SocialCoopListSection section(context);
    section.resize(1200, 700);
    section.show();
    qint64 operating = 1;
    for (const auto& s : core::SocialCoopOverview(**db).all(QDate(2013, 6, 30))) {
        if (s.stage == core::SocialCoopStatus::ServicePointOpen) {
            operating = s.id;
            break;
        }
    }
    auto* card = section.openCard(operating);
    card->resize(1280, 860);
    QApplication::processEvents();
    card->grab().save(QDir(out).filePath(QStringLiteral("card-overview.png")));
    for (int tab = 1; tab < card->tabs()->count(); ++tab) {
        card->tabs()->setCurrentIndex(tab);
        QApplication::processEvents();
        card->grab().save(QDir(out).filePath(QStringLiteral("card-tab%1.png").arg(tab)));
    }
    auto* panel = section.openHealthPanel();
    panel->resize(1360, 420);
    REQUIRE(context.reads().waitIdle());
    QApplication::processEvents();
    panel->grab().save(QDir(out).filePath(QStringLiteral("health.png")));
    section.grab().save(QDir(out).filePath(QStringLiteral("list.png")));
}

TEST_CASE("The forms of the card start from sensible values and keep their fields in place", "[coops-ui]")
{
    CardFixture f;
    ui::SocialCoopCard card(f.context, 1, QDate(2013, 6, 30));
    card.show();

    // the OSS's own data: its SM and address, identifiers checked, one undo step
    auto* details = ui::CoopDetailsDialog::open(f.context, 1, &card);
    REQUIRE(details);
    auto* sm = details->findChild<QComboBox*>(QStringLiteral("coopHousingCoop"));
    CHECK(sm->currentData().toLongLong() == 1);
    details->findChild<QLineEdit*>(QStringLiteral("coopLocality"))->setText(QStringLiteral("Pruszków"));
    details->findChild<QLineEdit*>(QStringLiteral("coopNip"))->setText(QStringLiteral("1234567890"));
    details->submit();
    CHECK(details->errorLabel()->text().contains(QStringLiteral("1234567890")));
    CHECK(f.project.db().scalar("SELECT count(*) FROM social_coop WHERE id = 1 AND locality = 'Pruszków'") == 0);
    details->findChild<QLineEdit*>(QStringLiteral("coopNip"))->setText(QStringLiteral("856-734-62-15"));
    details->submit();
    CHECK(details->errorLabel()->text().isEmpty());
    CHECK(f.project.db().scalar("SELECT count(*) FROM social_coop WHERE id = 1 AND locality = 'Pruszków' AND "
                                "housing_coop_id = 1 AND nip = '8567346215'") == 1);
    CHECK(card.findChild<QLabel*>(QStringLiteral("cardHeading"))->text().contains(QStringLiteral("SM Przyszłość")));
    f.undo.undo();
    CHECK(f.project.db().scalar("SELECT count(*) FROM social_coop WHERE id = 1 AND coalesce(nip, '') = '' AND "
                                "coalesce(locality, '') = ''") == 1);

    // before the founding group is formed, a new member is a founder
    card.membersTab()->editMember(-1);
    auto* member = f.dialog<ui::FormDialog>(card.membersTab());
    auto* role = member->findChild<QComboBox*>(QStringLiteral("memberRole"));
    CHECK(role->currentData().toInt() == int(core::MembershipRole::Founder));
    delete member;

    // a step's form shows only its own fields and starts on the day the card is read for
    // (the project is over: its last day), never before the step it needs
    auto* founding = card.foundingTab();
    founding->editStep(int(core::FoundingStep::FoundingGroup));
    auto* step = f.dialog<ui::FormDialog>(founding);
    CHECK(step->findChild<QDateEdit*>(QStringLiteral("stepDate"))->date() == QDate(2013, 6, 30));
    step->show();
    for (const char* name : {"stepAmount", "stepKrs", "stepNip", "stepRegon"}) {
        INFO(name);
        CHECK_FALSE(step->findChild<QLineEdit*>(QLatin1String(name))->isVisible());
    }
    delete step;
    f.project.db().exec("INSERT INTO founding_step (social_coop_id, step, done_on) VALUES (1, 'founding_group', "
                        "'2013-08-01')");
    founding->reload();
    founding->editStep(int(core::FoundingStep::BusinessIdea));
    step = f.dialog<ui::FormDialog>(founding);
    CHECK(step->findChild<QDateEdit*>(QStringLiteral("stepDate"))->date() == QDate(2013, 8, 1));
    delete step;
    founding->editStep(int(core::FoundingStep::GrantApplied));
    step = f.dialog<ui::FormDialog>(founding);
    step->show();
    CHECK(step->findChild<QLineEdit*>(QStringLiteral("stepAmount"))->isVisible());
    CHECK_FALSE(step->findChild<QLineEdit*>(QStringLiteral("stepKrs"))->isVisible());
    delete step;

    // the agreement's other dates follow its signing date until they are set
    card.agreementTab()->editAgreement(-1);
    auto* agreement = f.dialog<ui::FormDialog>(card.agreementTab());
    auto* signedOn = agreement->findChild<QDateEdit*>(QStringLiteral("agreementSigned"));
    CHECK(signedOn->date() == QDate(2013, 6, 30));
    signedOn->setDate(QDate(2013, 6, 10));
    auto* inaugurated = agreement->findChild<ui::OptionalDateEdit*>(QStringLiteral("agreementInaugurated"));
    CHECK(inaugurated->dateEdit()->date() == QDate(2013, 6, 10));
    inaugurated->checkBox()->setChecked(true);
    inaugurated->dateEdit()->setDate(QDate(2013, 6, 17));
    signedOn->setDate(QDate(2013, 6, 11));
    CHECK(inaugurated->value() == QDate(2013, 6, 17));
    delete agreement;
}

TEST_CASE("A date typed from left to right is stored as typed, also the 31st and the 29th of February", "[coops-ui]")
{
    CardFixture f;
    ui::SocialCoopCard card(f.context, 1, QDate(2013, 6, 30));
    card.show();
    // over 30.06.2013 a plain QDateEdit turns "31052013" into 30.05.2013 (June has no 31st)
    for (auto [keys, expected] : {std::pair{"31052013", QDate(2013, 5, 31)},
                                  {"29.02.2012", QDate(2012, 2, 29)},
                                  {"01032013", QDate(2013, 3, 1)}}) {
        INFO(keys);
        card.membersTab()->editMember(-1);
        auto* dialog = f.dialog<ui::FormDialog>(card.membersTab());
        auto* from = dialog->findChild<QDateEdit*>(QStringLiteral("memberFrom"));
        REQUIRE(from->date() == QDate(2013, 6, 30));
        from->setFocus();
        from->setSelectedSection(QDateTimeEdit::DaySection);
        QTest::keyClicks(from, QLatin1String(keys));
        CHECK(from->date() == expected);
        delete dialog;
    }
}

TEST_CASE("A new OSS opens its card with the form of its data, to give its SM and address", "[coops-ui]")
{
    CardFixture f;
    ui::SocialCoopListSection section(f.context);
    f.prompt.textAnswers.enqueue(QStringLiteral("Spółdzielnia Socjalna „Nowa Szansa”"));
    const qint64 id = section.newSocialCoop();
    REQUIRE(id > 0);
    auto* card = section.findChild<ui::SocialCoopCard*>();
    REQUIRE(card);
    auto* details = f.dialog<ui::FormDialog>(card);
    CHECK(details->objectName() == "coopDetailsDialog");
    auto* sm = details->findChild<QComboBox*>(QStringLiteral("coopHousingCoop"));
    sm->setCurrentIndex(sm->findData(qint64(1)));
    details->findChild<QLineEdit*>(QStringLiteral("coopLocality"))->setText(QStringLiteral("Pruszków"));
    details->submit();
    CHECK(details->errorLabel()->text().isEmpty());
    CHECK(f.project.db().scalar(QByteArray("SELECT count(*) FROM social_coop WHERE housing_coop_id = 1 AND locality = "
                                           "'Pruszków' AND id = ") +
                                QByteArray::number(id)) == 1);
}

TEST_CASE("Esc closes the OSS card and the health panel, as it closes a dialog", "[coops-ui]")
{
    CardFixture f;
    ui::SocialCoopListSection section(f.context);
    section.show();
    QPointer<ui::SocialCoopCard> card = section.openCard(1);
    REQUIRE(QTest::qWaitForWindowExposed(card));
    QTest::keyClick(card, Qt::Key_Escape);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(card.isNull()); // closed and deleted

    QPointer<ui::HealthPanel> panel = section.openHealthPanel();
    REQUIRE(QTest::qWaitForWindowExposed(panel));
    QTest::keyClick(panel, Qt::Key_Escape);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(panel.isNull());
}
