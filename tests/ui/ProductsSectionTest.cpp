#include "ui/products/ProductsSection.h"

#include "core/services/DeliverableService.h"
#include "core/storage/CompetitionRepository.h"
#include "core/storage/Database.h"
#include "core/storage/EventRepository.h"
#include "support/QtStringMakers.h"
#include "support/TestContext.h"
#include "tests/ui/ExportSupport.h"
#include "ui/common/DocumentPrinter.h"
#include "ui/products/CompetitionTab.h"
#include "ui/products/DeliverablesTab.h"
#include "ui/products/EventsTab.h"
#include "ui/products/ProductsDocuments.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace osiedle;

namespace {

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* widget = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

void click(QWidget* parent, const char* name)
{
    child<QPushButton>(parent, name)->click();
}

QStringList column(QTableWidget* table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row) {
        texts << table->item(row, column)->text();
    }
    return texts;
}

struct CompetitionData {
    qint64 competitionId = 0;
    qint64 categoryId = 0;
};

/// One category with one award, one juror, one criterion and three nominations.
CompetitionData addCompetition(core::Database& db)
{
    core::CompetitionRepository repo(db);
    CompetitionData data;
    data.competitionId = repo.insert({0, QStringLiteral("Konkurs Dobre Praktyki"), 2012, {}, {}, {}});
    data.categoryId = repo.insertCategory(
        {0, data.competitionId, core::CompetitionCategoryKind::Resident, QStringLiteral("Aktywny mieszkaniec"), 1});
    repo.insertCriterion({0, data.competitionId, QStringLiteral("Zaangażowanie"), 10, 1});
    repo.insertJuror({0, data.competitionId, QStringLiteral("Ewa Lis"), QStringLiteral("MGOPS")});
    for (const char* name : {"Adam Wolski", "Beata Zięba", "Cezary Kot"}) {
        core::Nomination n;
        n.categoryId = data.categoryId;
        n.personName = QString::fromUtf8(name);
        repo.insertNomination(n);
    }
    return data;
}

} // namespace

TEST_CASE("Deliverables tab adds a deliverable and distributes copies, refusing more than printed", "[products]")
{
    test::TestContext t;
    ui::ProductsSection section(t.context);
    test::settle(t.context);
    section.show();
    ui::DeliverablesTab* tab = section.deliverables();
    auto* table = child<QTableWidget>(tab, "deliverableTable");
    REQUIRE(table->rowCount() == 0);

    SECTION("a missing title is shown next to the field")
    {
        click(tab, "newDeliverable");
        CHECK_FALSE(tab->save());
        CHECK(child<QLabel>(tab, "titleError")->text() == QStringLiteral("The title is required."));
        CHECK(table->rowCount() == 0);
    }

    click(tab, "newDeliverable");
    child<QLineEdit>(tab, "deliverableTitle")->setText(QStringLiteral("Broszura o spółdzielniach socjalnych"));
    auto* status = child<QComboBox>(tab, "deliverableStatus");
    status->setCurrentIndex(status->findText(core::label(core::DeliverableStatus::Done)));
    child<QLineEdit>(tab, "deliverableDone")->setText(QStringLiteral("15.05.2012"));
    child<QSpinBox>(tab, "copiesPrinted")->setValue(100);
    click(tab, "saveDeliverable");
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, ui::DeliverablesTab::Title)->text() == QStringLiteral("Broszura o spółdzielniach socjalnych"));
    CHECK(table->item(0, ui::DeliverablesTab::CopiesPrinted)->text() == QStringLiteral("100"));

    auto* log = child<QTableWidget>(tab, "distributionTable");
    child<QLineEdit>(tab, "distributionDate")->setText(QStringLiteral("20.05.2012"));
    child<QLineEdit>(tab, "distributionRecipient")->setText(QStringLiteral("SM Przyszłość"));
    child<QSpinBox>(tab, "distributionCopies")->setValue(30);
    click(tab, "addDistribution");
    CHECK(t.prompt.errors().isEmpty());
    REQUIRE(log->rowCount() == 1);
    CHECK(log->item(0, 1)->text() == QStringLiteral("SM Przyszłość"));
    CHECK(table->item(0, ui::DeliverablesTab::CopiesDistributed)->text() == QStringLiteral("30"));

    SECTION("more copies than are left are refused, with the service's message")
    {
        child<QLineEdit>(tab, "distributionRecipient")->setText(QStringLiteral("MGOPS"));
        child<QSpinBox>(tab, "distributionCopies")->setValue(80);
        click(tab, "addDistribution");
        REQUIRE(t.prompt.errors().size() == 1);
        CHECK(t.prompt.errors().first().contains(QStringLiteral("Only 70 of the 100")));
        CHECK(log->rowCount() == 1);
    }

    SECTION("the distribution is undone and redone")
    {
        t.undo.undo();
        CHECK(log->rowCount() == 0);
        CHECK(table->item(0, ui::DeliverablesTab::CopiesDistributed)->text() == QStringLiteral("0"));
        t.undo.redo();
        CHECK(log->rowCount() == 1);
    }

    SECTION("an evidence file is attached through the prompt")
    {
        t.prompt.openFileAnswers.enqueue(QStringLiteral("/archiwum/broszura.pdf"));
        click(tab, "attachFile");
        CHECK(child<QListWidget>(tab, "evidenceList")->count() == 1);
    }
}

TEST_CASE("Competition tab: points typed in the grid give a ranking with ties shown", "[products]")
{
    test::TestContext t;
    const CompetitionData data = addCompetition(t.db());
    ui::ProductsSection section(t.context);
    test::settle(t.context);
    section.show();
    ui::CompetitionTab* tab = section.competition();
    REQUIRE(tab->categoryId() == data.categoryId);
    auto* grid = child<QTableWidget>(tab, "scoreGrid");
    REQUIRE(grid->rowCount() == 3);
    REQUIRE(grid->columnCount() == 1);
    auto* ranking = child<QTableWidget>(tab, "rankingTable");

    grid->item(0, 0)->setText(QStringLiteral("8"));
    grid->item(1, 0)->setText(QStringLiteral("8"));
    CHECK(column(ranking, ui::CompetitionTab::Remarks).last().contains(QStringLiteral("incomplete")));
    grid->item(2, 0)->setText(QStringLiteral("5"));

    REQUIRE(ranking->rowCount() == 3);
    CHECK(column(ranking, ui::CompetitionTab::Place) == QStringList{"1", "1", "3"});
    CHECK(column(ranking, ui::CompetitionTab::Name) ==
          QStringList{QStringLiteral("Adam Wolski"), QStringLiteral("Beata Zięba"), QStringLiteral("Cezary Kot")});
    CHECK(ranking->item(0, ui::CompetitionTab::Remarks)->text().contains(QStringLiteral("TIE AT THE LAST AWARD")));
    CHECK(ranking->item(1, ui::CompetitionTab::Remarks)->text().contains(QStringLiteral("TIE AT THE LAST AWARD")));
    CHECK(ranking->item(2, ui::CompetitionTab::Remarks)->text().isEmpty());

    SECTION("points above the criterion's maximum are refused")
    {
        grid->item(2, 0)->setText(QStringLiteral("11"));
        CHECK(child<QLabel>(tab, "competitionMessage")->text().contains(QStringLiteral("from 0 to 10")));
        CHECK(column(ranking, ui::CompetitionTab::Score).last() == QStringLiteral("5"));
    }

    SECTION("the printed results and the scoring sheet name the nominees")
    {
        const auto results = ui::ProductsDocuments::competitionResults(t.db(), data.competitionId);
        const QString text = results->plainText();
        CHECK(text.contains(QStringLiteral("Beata Zięba")));
        CHECK(text.contains(QStringLiteral("TIE AT THE LAST AWARD")));
        const auto sheet = ui::ProductsDocuments::juryScoringSheet(t.db(), data.competitionId);
        CHECK(sheet->plainText().contains(QStringLiteral("Juror: Ewa Lis (MGOPS)")));
        CHECK(sheet->plainText().contains(QStringLiteral("Cezary Kot")));
    }
}

TEST_CASE("Events tab counts participants, staff and guests separately and prints the attendance list", "[products]")
{
    test::TestContext t;
    t.db().exec("INSERT INTO participant (id, first_name, last_name, sex) VALUES (1, 'Anna', 'Nowak', 'F')");
    core::EventRepository repo(t.db());
    core::Event event;
    event.kind = core::EventKind::Conference;
    event.name = QStringLiteral("Konferencja podsumowująca");
    event.startDate = QDate(2013, 6, 12);
    event.endDate = QDate(2013, 6, 12);
    event.place = QStringLiteral("Pruszków");
    const qint64 id = repo.insert(event);
    repo.insertAttendee({0, id, core::AttendeeRole::Participant, 1, {}, {}, 0, true});
    repo.insertAttendee({0,
                         id,
                         core::AttendeeRole::Staff,
                         {},
                         QStringLiteral("Jan Kowalski"),
                         QStringLiteral("Biuro projektu"),
                         0,
                         true});
    repo.insertAttendee(
        {0, id, core::AttendeeRole::Guest, {}, QStringLiteral("Maria Dąb"), QStringLiteral("Urząd Miasta"), 0, true});

    ui::ProductsSection section(t.context);

    test::settle(t.context);
    section.show();
    ui::EventsTab* tab = section.events(); // built now, as when its tab is opened
    test::settle(t.context);
    REQUIRE(tab->eventId() == id);
    CHECK(child<QTableWidget>(tab, "attendeeTable")->rowCount() == 3);
    CHECK(tab->countsText().contains(QStringLiteral("participants 1 (women 1, men 0), staff 1, guests 1; total 3")));
    // partners are visited on a study trip: the conference's visit buttons are off
    CHECK_FALSE(child<QPushButton>(tab, "visitNew")->isEnabled());
    CHECK(child<QPushButton>(tab, "attendeeNew")->isEnabled());

    const auto list = ui::ProductsDocuments::eventList(t.db(), id);
    const QString text = list->plainText();
    CHECK(text.contains(QStringLiteral("Project participants")));
    CHECK(text.contains(QStringLiteral("Nowak")));
    CHECK(text.contains(QStringLiteral("Maria Dąb")));
    CHECK(text.contains(QStringLiteral("Signature")));
}

namespace {

void type(QWidget* parent, const char* name, const QString& text)
{
    child<QLineEdit>(parent, name)->setText(text);
}

} // namespace

TEST_CASE("Competition tab: an edition is set up through its forms, scored by three jurors, with undo", "[products]")
{
    test::TestContext t;
    t.db().exec("INSERT INTO social_coop (id, name) VALUES (1, 'OSS Zielone Osiedle'), (2, 'OSS Czysta Praga'), "
                "(3, 'OSS Wola Pracy')");
    ui::ProductsSection section(t.context);
    test::settle(t.context);
    section.show();
    ui::CompetitionTab* tab = section.competition();
    REQUIRE(tab->competitionId() == 0);

    // the edition: results before the announcement are refused
    click(tab, "editionNew");
    type(tab, "editionName", QStringLiteral("Dobre praktyki"));
    child<QSpinBox>(tab, "editionYear")->setValue(2013);
    type(tab, "editionAnnounced", QStringLiteral("15.01.2013"));
    type(tab, "editionDecided", QStringLiteral("10.01.2013"));
    CHECK_FALSE(tab->saveEdition());
    CHECK(child<QLabel>(tab, "editionMessage")->text().contains(QStringLiteral("cannot come before")));
    type(tab, "editionDecided", QStringLiteral("26.04.2013"));
    REQUIRE(tab->saveEdition());
    REQUIRE(tab->competitionId() != 0);
    CHECK(child<QComboBox>(tab, "competitionCombo")->currentText() == QStringLiteral("Dobre praktyki (2013)"));

    click(tab, "categoryNew");
    auto* kind = child<QComboBox>(tab, "categoryKind");
    kind->setCurrentIndex(kind->findData(static_cast<int>(core::CompetitionCategoryKind::SocialCoop)));
    type(tab, "categoryName", QStringLiteral("Najlepsza OSS"));
    child<QSpinBox>(tab, "categoryAwards")->setValue(1);
    REQUIRE(tab->saveCategory());
    REQUIRE(tab->categoryId() != 0);

    click(tab, "criterionNew");
    type(tab, "criterionName", QStringLiteral(" "));
    CHECK_FALSE(tab->saveCriterion());
    CHECK(child<QLabel>(tab, "criterionMessage")->text().contains(QStringLiteral("needs a name")));
    type(tab, "criterionName", QStringLiteral("Trwałość"));
    child<QSpinBox>(tab, "criterionMax")->setValue(10);
    REQUIRE(tab->saveCriterion());

    for (const char* name : {"Anna Kowalska", "Jan Nowak", "Ewa Wiśniewska"}) {
        click(tab, "jurorNew");
        type(tab, "jurorName", QString::fromUtf8(name));
        type(tab, "jurorInstitution", QStringLiteral("ROPS"));
        REQUIRE(tab->saveJuror());
    }
    CHECK(child<QTableWidget>(tab, "jurorTable")->rowCount() == 3);

    auto* nominee = child<QComboBox>(tab, "nominee");
    REQUIRE(nominee->count() == 4); // empty + three OSS
    for (const char* name : {"OSS Zielone Osiedle", "OSS Czysta Praga", "OSS Wola Pracy"}) {
        click(tab, "nominationNew");
        nominee->setEditText(QString::fromUtf8(name));
        type(tab, "nominationJustification", QStringLiteral("Zgłoszenie SM Wola"));
        REQUIRE(tab->saveNomination());
    }
    click(tab, "nominationNew");
    nominee->setEditText(QStringLiteral("OSS Nieznana"));
    CHECK_FALSE(tab->saveNomination());
    CHECK(child<QLabel>(tab, "nomineeError")->text().contains(QStringLiteral("not on the list")));

    // three jurors score: 9+8+7 = 24, 6+6+6 = 18, 9+8+7 = 24 — a tie for the one award
    auto* grid = child<QTableWidget>(tab, "scoreGrid");
    REQUIRE(grid->rowCount() == 3);
    REQUIRE(grid->columnCount() == 3);
    // the rows show what tells the nominees apart; the tooltip has the whole name
    CHECK(grid->verticalHeaderItem(0)->text() == QStringLiteral("Zielone Osiedle"));
    CHECK(grid->verticalHeaderItem(2)->text() == QStringLiteral("Wola Pracy"));
    CHECK(grid->verticalHeaderItem(2)->toolTip() == QStringLiteral("OSS Wola Pracy"));
    const int points[3][3] = {{9, 8, 7}, {6, 6, 6}, {9, 8, 7}};
    for (int row = 0; row < 3; ++row) {
        for (int j = 0; j < 3; ++j) {
            grid->item(row, j)->setText(QString::number(points[row][j]));
        }
    }
    auto* ranking = child<QTableWidget>(tab, "rankingTable");
    CHECK(column(ranking, ui::CompetitionTab::Score) == QStringList{"24", "24", "18"});
    CHECK(column(ranking, ui::CompetitionTab::Place) == QStringList{"1", "1", "3"});
    CHECK(ranking->item(0, ui::CompetitionTab::Remarks)->text().contains(QStringLiteral("TIE AT THE LAST AWARD")));

    // undo the last point: the third OSS loses the tie
    t.undo.undo();
    CHECK(column(ranking, ui::CompetitionTab::Score) == QStringList{"24", "18", "17"});
    t.undo.redo();
    CHECK(column(ranking, ui::CompetitionTab::Score) == QStringList{"24", "24", "18"});

    SECTION("a second award: edit the category")
    {
        auto* categories = child<QTableWidget>(tab, "categoryTable");
        categories->selectRow(0);
        CHECK(child<QLineEdit>(tab, "categoryName")->text() == QStringLiteral("Najlepsza OSS"));
        child<QSpinBox>(tab, "categoryAwards")->setValue(2);
        REQUIRE(tab->saveCategory());
        CHECK_FALSE(ranking->item(0, ui::CompetitionTab::Remarks)->text().contains(QStringLiteral("TIE")));
        CHECK(ranking->item(1, ui::CompetitionTab::Remarks)->text().contains(QStringLiteral("winner")));
        t.undo.undo();
        CHECK(ranking->item(0, ui::CompetitionTab::Remarks)->text().contains(QStringLiteral("TIE AT THE LAST AWARD")));
    }

    SECTION("removing a juror takes the points away; undo brings both back")
    {
        child<QTableWidget>(tab, "jurorTable")->selectRow(1);
        t.prompt.confirmAnswers.enqueue(true);
        REQUIRE(tab->removeJuror());
        CHECK(grid->columnCount() == 2);
        CHECK(column(ranking, ui::CompetitionTab::Score) == QStringList{"16", "16", "12"});
        t.undo.undo();
        CHECK(grid->columnCount() == 3);
        CHECK(column(ranking, ui::CompetitionTab::Score) == QStringList{"24", "24", "18"});
    }

    SECTION("an award is written on a nomination and printed")
    {
        child<QTableWidget>(tab, "nominationTable")->selectRow(2);
        CHECK(nominee->currentText() == QStringLiteral("OSS Wola Pracy"));
        type(tab, "nominationAward", QStringLiteral("Wyróżnienie"));
        REQUIRE(tab->saveNomination());
        CHECK(column(child<QTableWidget>(tab, "nominationTable"), 2).contains(QStringLiteral("Wyróżnienie")));
        const QString results = ui::ProductsDocuments::competitionResults(t.db(), tab->competitionId())->plainText();
        CHECK(results.contains(QStringLiteral("Wyróżnienie")));
        const QString sheet = ui::ProductsDocuments::juryScoringSheet(t.db(), tab->competitionId())->plainText();
        CHECK(sheet.contains(QStringLiteral("Juror: Ewa Wiśniewska (ROPS)")));
    }

    SECTION("removing the edition takes everything; undo puts it back")
    {
        t.prompt.confirmAnswers.enqueue(true);
        REQUIRE(tab->removeEdition());
        CHECK(tab->competitionId() == 0);
        CHECK(grid->rowCount() == 0);
        t.undo.undo();
        CHECK(tab->competitionId() != 0);
        CHECK(column(ranking, ui::CompetitionTab::Score) == QStringList{"24", "24", "18"});
    }
}

TEST_CASE("Events tab: the study trip is entered with travellers, visits and costs, with undo", "[products]")
{
    test::TestContext t;
    t.db().exec("INSERT INTO participant (id, first_name, last_name, sex, recruitment_status) VALUES "
                "(1, 'Anna', 'Nowak', 'F', 'qualified'), (2, 'Jan', 'Zieliński', 'M', 'qualified'), "
                "(3, 'Piotr', 'Kandydat', 'M', 'candidate')");
    ui::ProductsSection section(t.context);
    test::settle(t.context);
    section.show();
    ui::EventsTab* tab = section.events(); // built now, as when its tab is opened
    test::settle(t.context);
    REQUIRE(tab->eventId() == 0);

    click(tab, "eventNew");
    auto* kind = child<QComboBox>(tab, "eventKind");
    kind->setCurrentIndex(kind->findData(static_cast<int>(core::EventKind::StudyTrip)));
    type(tab, "eventName", QStringLiteral("Wizyta studyjna w Trentino"));
    type(tab, "eventStart", QStringLiteral("04.06.2012"));
    type(tab, "eventEnd", QStringLiteral("31.02.2012"));
    CHECK_FALSE(tab->saveEvent());
    CHECK_FALSE(child<QLabel>(tab, "endDateError")->text().isEmpty());
    type(tab, "eventEnd", QStringLiteral("08.06.2012"));
    type(tab, "eventPlace", QStringLiteral("Trento"));
    REQUIRE(tab->saveEvent());
    REQUIRE(tab->eventId() != 0);

    // only participants of the project are offered
    auto* participant = child<QComboBox>(tab, "attendeeParticipant");
    CHECK(participant->findText(QStringLiteral("Nowak Anna")) > 0);
    CHECK(participant->findText(QStringLiteral("Kandydat Piotr")) < 0);
    auto* role = child<QComboBox>(tab, "attendeeRole");
    for (const char* name : {"Nowak Anna", "Zieliński Jan"}) {
        click(tab, "attendeeNew");
        participant->setEditText(QString::fromUtf8(name));
        type(tab, "attendeeCost", QStringLiteral("3500,00"));
        REQUIRE(tab->saveAttendee());
    }
    click(tab, "attendeeNew");
    participant->setEditText(QStringLiteral("Nowak Anna"));
    CHECK_FALSE(tab->saveAttendee());
    CHECK(child<QLabel>(tab, "attendeeMessage")->text().contains(QStringLiteral("already on the list")));

    click(tab, "attendeeNew");
    role->setCurrentIndex(role->findData(static_cast<int>(core::AttendeeRole::Staff)));
    type(tab, "attendeeName", QStringLiteral("Koordynatorka projektu"));
    type(tab, "attendeeInstitution", QStringLiteral("Biuro projektu"));
    type(tab, "attendeeCost", QStringLiteral("abc"));
    CHECK_FALSE(tab->saveAttendee());
    CHECK_FALSE(child<QLabel>(tab, "costError")->text().isEmpty());
    type(tab, "attendeeCost", QStringLiteral("3500"));
    REQUIRE(tab->saveAttendee());
    CHECK(tab->countsText().contains(QStringLiteral("participants 2 (women 1, men 1), staff 1, guests 0; total 3")));
    CHECK(tab->countsText().contains(QStringLiteral("10\u00A0500,00")));
    // the attendees are exported as listed
    {
        QTemporaryDir dir;
        const auto written = test::exportedTable(t.prompt, *tab, QStringLiteral("attendeeExport"),
                                                 dir.filePath(QStringLiteral("attendees.csv")));
        CHECK(t.prompt.errors().isEmpty());
        CHECK(written.header.contains(QStringLiteral("Role")));
        REQUIRE(written.rows.size() == 3);
        QStringList names;
        for (const auto& row : written.rows) {
            names << row.fields.join(QLatin1Char('|'));
        }
        CHECK(names.join(QLatin1Char(' ')).contains(QStringLiteral("Koordynatorka projektu")));
        CHECK(names.join(QLatin1Char(' ')).contains(QStringLiteral("Zieliński Jan")));
    }
    // the next new attendee starts with the role just used
    click(tab, "attendeeNew");
    CHECK(role->currentData().toInt() == static_cast<int>(core::AttendeeRole::Staff));

    click(tab, "visitNew");
    type(tab, "visitDate", QStringLiteral("06.06.2012"));
    type(tab, "visitPartner", QStringLiteral("Consorzio CGM"));
    REQUIRE(tab->saveVisit());
    click(tab, "visitNew");
    type(tab, "visitDate", QStringLiteral("12.06.2012"));
    type(tab, "visitPartner", QStringLiteral("Cooperativa Sociale"));
    CHECK_FALSE(tab->saveVisit());
    CHECK(child<QLabel>(tab, "visitMessage")->text().contains(QStringLiteral("outside the dates")));
    CHECK(child<QLabel>(tab, "visitMessage")->text().contains(QStringLiteral("12.06.2012")));
    CHECK(child<QTableWidget>(tab, "visitTable")->rowCount() == 1);

    // the staff member's cost corrected, then undone
    child<QTableWidget>(tab, "attendeeTable")->selectRow(2);
    CHECK(child<QLineEdit>(tab, "attendeeName")->text() == QStringLiteral("Koordynatorka projektu"));
    type(tab, "attendeeCost", QStringLiteral("3000"));
    REQUIRE(tab->saveAttendee());
    CHECK(tab->countsText().contains(QStringLiteral("10\u00A0000,00")));
    t.undo.undo();
    CHECK(tab->countsText().contains(QStringLiteral("10\u00A0500,00")));

    const QString list = ui::ProductsDocuments::eventList(t.db(), tab->eventId())->plainText();
    CHECK(list.contains(QStringLiteral("Zieliński")));
    CHECK(list.contains(QStringLiteral("Koordynatorka projektu")));

    SECTION("the removed trip comes back with its travellers and visits")
    {
        t.prompt.confirmAnswers.enqueue(true);
        REQUIRE(tab->removeEvent());
        CHECK(child<QTableWidget>(tab, "eventTable")->rowCount() == 0);
        t.undo.undo();
        REQUIRE(child<QTableWidget>(tab, "eventTable")->rowCount() == 1);
        tab->selectRow(0);
        CHECK(child<QTableWidget>(tab, "attendeeTable")->rowCount() == 3);
        CHECK(child<QTableWidget>(tab, "visitTable")->rowCount() == 1);
    }
}

TEST_CASE("Events tab: the participants to choose from are read off the window's thread, the attendee shown keeps "
          "its own",
          "[products]")
{
    test::TestContext t;
    t.db().exec("INSERT INTO participant (id, first_name, last_name, sex, recruitment_status) VALUES "
                "(1, 'Anna', 'Nowak', 'F', 'qualified'), (2, 'Jan', 'Zieliński', 'M', 'qualified'), "
                "(3, 'Piotr', 'Kandydat', 'M', 'candidate')");
    core::EventRepository repo(t.db());
    core::Event event;
    event.kind = core::EventKind::StudyTrip;
    event.name = QStringLiteral("Wizyta studyjna");
    event.startDate = QDate(2012, 6, 4);
    event.endDate = QDate(2012, 6, 8);
    const qint64 id = repo.insert(event);
    repo.insertAttendee({0, id, core::AttendeeRole::Participant, 2, {}, {}, 0, true});

    ui::ProductsSection section(t.context);
    ui::EventsTab* tab = section.events();
    auto* participant = child<QComboBox>(tab, "attendeeParticipant");
    // Before the read comes there is no one to choose.
    CHECK(participant->count() <= 1);
    test::settle(t.context);
    CHECK(participant->count() == 3); // the empty choice and the two qualified
    CHECK(participant->itemData(participant->findText(QStringLiteral("Nowak Anna"))).toLongLong() == 1);
    CHECK(participant->findText(QStringLiteral("Kandydat Piotr")) < 0);

    REQUIRE(tab->eventId() == id);
    auto* attendees = child<QTableWidget>(tab, "attendeeTable");
    REQUIRE(attendees->rowCount() == 1);
    attendees->setCurrentCell(0, 0);
    CHECK(participant->currentText() == QStringLiteral("Zieliński Jan"));

    // Read again after a change to the participants: the attendee keeps its participant.
    t.db().exec("UPDATE participant SET recruitment_status = 'qualified' WHERE id = 3");
    t.changes.notify(core::Topic::Participants);
    test::settle(t.context);
    CHECK(participant->count() == 4);
    CHECK(participant->currentText() == QStringLiteral("Zieliński Jan"));
    CHECK(participant->currentData().toLongLong() == 2);
}
