#include "core/services/DeliverableService.h"
#include "core/storage/CompetitionRepository.h"
#include "core/storage/Database.h"
#include "core/storage/EventRepository.h"
#include "support/QtStringMakers.h"
#include "support/TestContext.h"
#include "ui/common/DocumentPrinter.h"
#include "ui/products/CompetitionTab.h"
#include "ui/products/DeliverablesTab.h"
#include "ui/products/EventsTab.h"
#include "ui/products/ProductsDocuments.h"
#include "ui/products/ProductsSection.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace osiedle;

namespace {

template <typename T>
T* child(QWidget* parent, const char* name)
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
    repo.insertAttendee({0, id, core::AttendeeRole::Staff, {}, QStringLiteral("Jan Kowalski"), QStringLiteral("Biuro projektu"), 0, true});
    repo.insertAttendee({0, id, core::AttendeeRole::Guest, {}, QStringLiteral("Maria Dąb"), QStringLiteral("Urząd Miasta"), 0, true});

    ui::ProductsSection section(t.context);
    section.show();
    ui::EventsTab* tab = section.events();
    REQUIRE(tab->eventId() == id);
    CHECK(child<QTableWidget>(tab, "attendeeTable")->rowCount() == 3);
    CHECK(tab->countsText().contains(QStringLiteral("participants 1 (women 1, men 0), staff 1, guests 1; total 3")));

    const auto list = ui::ProductsDocuments::eventList(t.db(), id);
    const QString text = list->plainText();
    CHECK(text.contains(QStringLiteral("Project participants")));
    CHECK(text.contains(QStringLiteral("Nowak")));
    CHECK(text.contains(QStringLiteral("Maria Dąb")));
    CHECK(text.contains(QStringLiteral("Signature")));
}
