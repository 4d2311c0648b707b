#include "ui/settings/ProjectSettingsDialog.h"

#include "core/services/ProjectService.h"
#include "core/services/ProjectSettingsService.h"
#include "core/services/ReportingPeriodService.h"
#include "core/storage/Database.h"
#include "core/storage/ReportingPeriodRepository.h"
#include "core/storage/Transaction.h"
#include "support/IndicatorTestData.h"
#include "support/QtStringMakers.h"
#include "support/TestContext.h"
#include "ui/common/DateEdit.h"
#include "ui/settings/PartnersTab.h"
#include "ui/settings/PeriodsTab.h"
#include "ui/settings/PrintedIdentityTab.h"
#include "ui/settings/ProjectDetailsTab.h"
#include "ui/settings/RulesTab.h"
#include "ui/settings/StaffTab.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace osiedle;

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

/// A project as File > New leaves it: 01.01.2012 – 30.06.2014 in ten quarters.
void newProject(core::Database& db)
{
    core::ProjectDetails details;
    details.title = QStringLiteral("nowy");
    details.startDate = day("2012-01-01");
    details.endDate = day("2014-06-30");
    core::Transaction tx(db);
    core::ProjectService::writeStartingState(db, details);
    tx.commit();
}

template <typename T> T* child(QWidget& parent, const char* name)
{
    auto* found = parent.findChild<T*>(QString::fromLatin1(name));
    INFO("widget " << name);
    REQUIRE(found != nullptr);
    return found;
}

void type(QWidget& parent, const char* name, const QString& text)
{
    child<QLineEdit>(parent, name)->setText(text);
}

core::Project stored(core::Database& db)
{
    return *core::ProjectRepository(db).project();
}

} // namespace

TEST_CASE("Project settings dialog: every field of the project tab is saved, undone and redone", "[ui][settings]")
{
    test::TestContext t;
    newProject(t.db());
    ui::ProjectSettingsDialog dialog(t.context);
    ui::ProjectDetailsTab& tab = *dialog.projectTab();
    const core::Project before = stored(t.db());

    type(tab, "title", QStringLiteral("Osiedlowe spółdzielnie socjalne – Mokotów"));
    type(tab, "contract_number", QStringLiteral("UDA-POKL.07.02.02-14-045/11"));
    type(tab, "programme", QStringLiteral("PO KL"));
    type(tab, "priority", QStringLiteral("VII"));
    type(tab, "measure", QStringLiteral("7.2.2"));
    type(tab, "region", QStringLiteral("mazowieckie (Warszawa)"));
    type(tab, "beneficiary", QStringLiteral("Fundacja „Dobre Sąsiedztwo”"));
    type(tab, "beneficiary_address", QStringLiteral("ul. Puławska 101, 02-595 Warszawa"));
    type(tab, "beneficiary_nip", QStringLiteral("856-734-62-15"));
    type(tab, "beneficiary_regon", QStringLiteral("192598184"));
    type(tab, "place", QStringLiteral("Warszawa"));
    child<ui::DateEdit>(tab, "end_date")->setDate(day("2014-09-30"));
    CHECK(tab.isModified());
    QTest::mouseClick(child<QPushButton>(tab, "saveProject"), Qt::LeftButton);
    CHECK(t.prompt.shown.isEmpty()); // a quarter gained, nothing outside: no question

    const core::Project after = stored(t.db());
    CHECK(after.title == QStringLiteral("Osiedlowe spółdzielnie socjalne – Mokotów"));
    CHECK(after.contractNumber == QStringLiteral("UDA-POKL.07.02.02-14-045/11"));
    CHECK(after.programme == QStringLiteral("PO KL"));
    CHECK(after.priority == QStringLiteral("VII"));
    CHECK(after.measure == QStringLiteral("7.2.2"));
    CHECK(after.region == QStringLiteral("mazowieckie (Warszawa)"));
    CHECK(after.beneficiary == QStringLiteral("Fundacja „Dobre Sąsiedztwo”"));
    CHECK(after.beneficiaryAddress == QStringLiteral("ul. Puławska 101, 02-595 Warszawa"));
    CHECK(after.beneficiaryNip == QStringLiteral("8567346215"));
    CHECK(after.beneficiaryRegon == QStringLiteral("192598184"));
    CHECK(after.place == QStringLiteral("Warszawa"));
    CHECK(after.startDate == day("2012-01-01"));
    CHECK(after.endDate == day("2014-09-30"));
    CHECK(core::ReportingPeriodRepository(t.db()).all().size() == 11);
    CHECK_FALSE(tab.isModified());
    CHECK(child<QLineEdit>(tab, "beneficiary_nip")->text() == QStringLiteral("8567346215"));

    REQUIRE(t.undo.count() == 1);
    t.undo.undo();
    CHECK(stored(t.db()) == before);
    CHECK(core::ReportingPeriodRepository(t.db()).all().size() == 10);
    CHECK(child<QLineEdit>(tab, "title")->text() == QStringLiteral("nowy")); // the form follows the undo
    t.undo.redo();
    CHECK(stored(t.db()) == after);
    CHECK(core::ReportingPeriodRepository(t.db()).all().size() == 11);
}

TEST_CASE("Project settings dialog: bad values are shown under their fields and nothing is written", "[ui][settings]")
{
    test::TestContext t;
    newProject(t.db());
    ui::ProjectSettingsDialog dialog(t.context);
    ui::ProjectDetailsTab& tab = *dialog.projectTab();
    const core::Project before = stored(t.db());
    type(tab, "title", QString());
    type(tab, "beneficiary_nip", QStringLiteral("8567346216"));
    type(tab, "beneficiary_regon", QStringLiteral("123"));
    child<ui::DateEdit>(tab, "end_date")->setDate(day("2011-12-31"));
    CHECK_FALSE(tab.save());
    CHECK_FALSE(child<QLabel>(tab, "titleError")->text().isEmpty());
    CHECK(child<QLabel>(tab, "beneficiary_nipError")->text().contains(QStringLiteral("8567346216")));
    CHECK_FALSE(child<QLabel>(tab, "beneficiary_regonError")->text().isEmpty());
    CHECK(child<QLabel>(tab, "end_dateError")->text().contains(QStringLiteral("31.12.2011")));
    CHECK(stored(t.db()) == before);
    CHECK(t.undo.count() == 0);

    // Closing with the edits asks; "Cancel" keeps the dialog, "Discard" closes it unsaved.
    t.prompt.saveAnswers.enqueue(ui::UserPrompt::SaveChoice::Cancel);
    dialog.open();
    dialog.reject();
    CHECK(dialog.isVisible());
    t.prompt.saveAnswers.enqueue(ui::UserPrompt::SaveChoice::Discard);
    dialog.reject();
    CHECK_FALSE(dialog.isVisible());
    CHECK(stored(t.db()) == before);
}

TEST_CASE("Project settings dialog: a change of dates names what falls outside and asks", "[ui][settings]")
{
    test::TestContext t;
    test::fillIndicatorTestData(t.db()); // 01.10.2010 – 30.06.2013, periods 1..3, two participants started in 2010
    ui::ProjectSettingsDialog dialog(t.context);
    ui::ProjectDetailsTab& tab = *dialog.projectTab();
    const core::Project before = stored(t.db());
    child<ui::DateEdit>(tab, "start_date")->setDate(day("2011-01-01"));

    t.prompt.confirmAnswers.enqueue(false);
    CHECK_FALSE(tab.save());
    REQUIRE(t.prompt.shown.size() == 1);
    const QString question = t.prompt.shown.first().text;
    CHECK(question.contains(QStringLiteral("participants who started support: 2, e.g. Nazwisko1 Osoba1 (15.11.2010)")));
    CHECK(question.contains(QStringLiteral("founding steps of social cooperatives: 2")));
    CHECK(question.contains(QStringLiteral("period no. 1 (01.10.2010 – 31.12.2010) is removed")));
    CHECK(stored(t.db()) == before);

    t.prompt.confirmAnswers.enqueue(true);
    CHECK(tab.save());
    CHECK(stored(t.db()).startDate == day("2011-01-01"));
    CHECK(core::ReportingPeriodRepository(t.db()).all().size() == 2);
    t.undo.undo();
    CHECK(stored(t.db()) == before);
    CHECK(core::ReportingPeriodRepository(t.db()).all().size() == 3);

    SECTION("refused while a locked period would move")
    {
        REQUIRE(core::ReportingPeriodService(t.db()).lock(1, QStringLiteral("Anna")).ok());
        t.prompt.clear();
        child<ui::DateEdit>(tab, "start_date")->setDate(day("2011-01-01"));
        CHECK_FALSE(tab.save());
        CHECK(t.prompt.shown.isEmpty());
        CHECK(child<QLabel>(tab, "end_dateError")->text().contains(QStringLiteral("locked")));
        CHECK(stored(t.db()) == before);
    }
}

TEST_CASE("Project settings dialog: partners and office staff, the default signatory, each undone", "[ui][settings]")
{
    test::TestContext t;
    newProject(t.db());
    ui::ProjectSettingsDialog dialog(t.context);
    core::ProjectRepository repo(t.db());

    ui::PartnersTab& partners = *dialog.partnersTab();
    type(partners, "partnerName", QStringLiteral("Mazowiecki Związek Rewizyjny"));
    auto* role = child<QComboBox>(partners, "partnerRole");
    role->setCurrentIndex(role->findData(QStringLiteral("partner")));
    type(partners, "partnerNip", QStringLiteral("856-734-62-15"));
    type(partners, "partnerResponsibility", QStringLiteral("Rekrutacja spółdzielni mieszkaniowych"));
    QTest::mouseClick(child<QPushButton>(partners, "partnerSave"), Qt::LeftButton);
    REQUIRE(repo.partners().size() == 1);
    CHECK(repo.partners().first().nip == QStringLiteral("8567346215"));
    CHECK(repo.partners().first().role == core::PartnerRole::Partner);
    CHECK(child<QTableWidget>(partners, "partnerTable")->rowCount() == 1);

    type(partners, "partnerKrs", QStringLiteral("12a"));
    QTest::mouseClick(child<QPushButton>(partners, "partnerSave"), Qt::LeftButton);
    CHECK_FALSE(child<QLabel>(partners, "krsError")->text().isEmpty());
    CHECK(repo.partners().first().krs.isEmpty());

    ui::StaffTab& staff = *dialog.staffTab();
    for (const auto& [name, roleKey] : {std::pair{QStringLiteral("Anna Nowak"), QStringLiteral("coordinator")},
                                        std::pair{QStringLiteral("Beata Lis"), QStringLiteral("trainer")}}) {
        QTest::mouseClick(child<QPushButton>(staff, "staffNew"), Qt::LeftButton);
        type(staff, "staffName", name);
        auto* staffRole = child<QComboBox>(staff, "staffRole");
        staffRole->setCurrentIndex(staffRole->findData(roleKey));
        QTest::mouseClick(child<QPushButton>(staff, "staffSave"), Qt::LeftButton);
    }
    REQUIRE(repo.staff().size() == 2);
    CHECK(repo.defaultSignatory()->name == QStringLiteral("Anna Nowak"));
    qint64 beata = 0;
    for (const auto& m : repo.staff()) {
        beata = m.name == QStringLiteral("Beata Lis") ? m.id : beata;
    }
    REQUIRE(staff.setSignatory(beata));
    CHECK(repo.project()->signatoryId == beata);
    CHECK(child<QComboBox>(staff, "signatory")->currentData().toLongLong() == beata);

    // Four changes, undone one by one from the last.
    REQUIRE(t.undo.count() == 4);
    t.undo.undo();
    CHECK_FALSE(repo.project()->signatoryId.has_value());
    t.undo.undo();
    CHECK(repo.staff().size() == 1);
    t.undo.undo();
    CHECK(repo.staff().isEmpty());
    t.undo.undo();
    CHECK(repo.partners().isEmpty());
    CHECK(child<QTableWidget>(partners, "partnerTable")->rowCount() == 0);
    t.undo.redo();
    CHECK(repo.partners().size() == 1);
}

TEST_CASE("Project settings dialog: rules and days off take effect at once and are undone", "[ui][settings]")
{
    test::TestContext t;
    newProject(t.db());
    ui::ProjectSettingsDialog dialog(t.context);
    ui::RulesTab& rules = *dialog.rulesTab();
    core::ProjectRepository repo(t.db());

    QTest::mouseClick(child<QRadioButton>(rules, "rules2018"), Qt::LeftButton);
    CHECK(repo.project()->foundingRules == core::FoundingRules::Rules2018);
    QTest::mouseClick(child<QCheckBox>(rules, "collectDisability"), Qt::LeftButton);
    CHECK(repo.project()->collected.disability);

    child<ui::DateEdit>(rules, "dayOffDate")->setDate(day("2012-05-02"));
    type(rules, "dayOffReason", QStringLiteral("Biuro nieczynne"));
    QTest::mouseClick(child<QPushButton>(rules, "dayOffSave"), Qt::LeftButton);
    REQUIRE(repo.daysOff().size() == 1);
    CHECK(repo.daysOff().first().reason == QStringLiteral("Biuro nieczynne"));

    t.undo.undo();
    CHECK(repo.daysOff().isEmpty());
    t.undo.undo();
    CHECK_FALSE(repo.project()->collected.disability);
    CHECK_FALSE(child<QCheckBox>(rules, "collectDisability")->isChecked());
    t.undo.undo();
    CHECK(repo.project()->foundingRules == core::FoundingRules::Rules2009);
    CHECK(child<QRadioButton>(rules, "rules2009")->isChecked());
}

TEST_CASE("Project settings dialog: periods generated with claim numbers, and undone", "[ui][settings]")
{
    test::TestContext t;
    newProject(t.db());
    ui::ProjectSettingsDialog dialog(t.context);
    ui::PeriodsTab& periods = *dialog.periodsTab();
    core::ReportingPeriodRepository repo(t.db());
    child<QSpinBox>(periods, "periodMonths")->setValue(6);
    type(periods, "claimPattern", QStringLiteral("WNP/{n}/2012"));

    t.prompt.confirmAnswers.enqueue(false);
    QTest::mouseClick(child<QPushButton>(periods, "generatePeriods"), Qt::LeftButton);
    CHECK(repo.all().size() == 10);
    REQUIRE(t.prompt.shown.size() == 1);
    CHECK(t.prompt.shown.first().text.contains(QStringLiteral("period no. 10 (01.04.2014 – 30.06.2014) is removed")));

    t.prompt.confirmAnswers.enqueue(true);
    QTest::mouseClick(child<QPushButton>(periods, "generatePeriods"), Qt::LeftButton);
    REQUIRE(repo.all().size() == 5);
    CHECK(repo.all().last().claimNumber == QStringLiteral("WNP/5/2012"));
    CHECK(child<QTableWidget>(periods, "periodTable")->rowCount() == 5);
    t.undo.undo();
    CHECK(repo.all().size() == 10);
    CHECK(child<QTableWidget>(periods, "periodTable")->rowCount() == 10);
}

TEST_CASE("Project settings dialog: the logo strip is loaded, refused when it is no image, and undone",
          "[ui][settings][logo]")
{
    test::TestContext t;
    newProject(t.db());
    ui::ProjectSettingsDialog dialog(t.context);
    ui::PrintedIdentityTab& identity = *dialog.identityTab();
    core::ProjectRepository repo(t.db());

    const QString text = t.project.dir() + QStringLiteral("/notes.png");
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not an image");
    }
    CHECK_FALSE(identity.loadFrom(text));
    CHECK(child<QLabel>(identity, "logoMessage")->text().contains(QStringLiteral("is not a PNG, JPEG or SVG image")));
    CHECK_FALSE(repo.logo().has_value());

    const QString png = t.project.dir() + QStringLiteral("/pasek.png");
    QImage image(600, 60, QImage::Format_RGB32);
    image.fill(Qt::blue);
    REQUIRE(image.save(png));
    t.prompt.openFileAnswers.enqueue(png);
    QTest::mouseClick(child<QPushButton>(identity, "loadLogo"), Qt::LeftButton);
    REQUIRE(repo.logo().has_value());
    CHECK(repo.logo()->format == core::LogoFormat::Png);
    CHECK_FALSE(child<QLabel>(identity, "logoPreview")->pixmap().isNull());
    CHECK(child<QPushButton>(identity, "removeLogo")->isEnabled());

    t.undo.undo();
    CHECK_FALSE(repo.logo().has_value());
    CHECK_FALSE(child<QPushButton>(identity, "removeLogo")->isEnabled());
    t.undo.redo();
    CHECK(repo.logo().has_value());
    QTest::mouseClick(child<QPushButton>(identity, "removeLogo"), Qt::LeftButton);
    CHECK_FALSE(repo.logo().has_value());
}
