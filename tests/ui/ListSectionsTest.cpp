#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "support/QtStringMakers.h"
#include "support/TestContext.h"
#include "ui/housingcoops/HousingCoopListModel.h"
#include "ui/housingcoops/HousingCoopListSection.h"
#include "ui/participants/ParticipantListModel.h"
#include "ui/participants/ParticipantListSection.h"
#include "ui/socialcoops/SocialCoopListModel.h"
#include "ui/socialcoops/SocialCoopListSection.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace osiedle;
using ui::ParticipantListModel;

namespace {

/// `count` participants; every 9th one is "Żółkiewska", the rest "Nowak…" with numbers.
void addParticipants(core::Database& db, int count)
{
    db.exec("INSERT INTO housing_coop (id, name, locality, status, flats) VALUES "
            "(1, 'SM Śródmieście', 'Łódź', 'qualified', 1200), (2, 'SM Zgoda', 'Radom', 'applied', NULL)");
    core::Statement st = db.prepare("INSERT INTO participant (last_name, first_name, birth_date, housing_coop_id) "
                                    "VALUES (?, ?, ?, ?)");
    for (int i = 1; i <= count; ++i) {
        st.bind(1, i % 9 == 0 ? QStringLiteral("Żółkiewska") : QStringLiteral("Nowak%1").arg(i, 4, 10, QLatin1Char('0')))
            .bind(2, i % 2 == 0 ? QStringLiteral("Łucja") : QStringLiteral("Jan"))
            .bind(3, QDate(1960 + i % 40, 1 + i % 12, 1 + i % 28))
            .bind(4, 1 + i % 2);
        st.exec();
    }
}

QStringList column(const QAbstractItemModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row) {
        values << model.index(row, column).data().toString();
    }
    return values;
}

void search(ui::ListSection& section, const QString& text)
{
    QLineEdit* field = section.findChild<QLineEdit*>(QStringLiteral("search"));
    REQUIRE(field != nullptr);
    field->clear();
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

constexpr int surname = static_cast<int>(ParticipantListModel::Column::Surname);

} // namespace

TEST_CASE("The participants list loads page by page", "[lists]")
{
    test::TestContext t;
    addParticipants(t.db(), 450);
    ui::ParticipantListSection section(t.context);
    ParticipantListModel& model = *section.model();
    // No QAbstractItemModelTester here: it fetches more rows itself, by design.

    CHECK(model.rowCount() == ParticipantListModel::pageSize);
    CHECK(model.rowCount() < model.totalCount());
    CHECK(model.totalCount() == 450);
    CHECK(model.canFetchMore({}));
    CHECK(section.statusText() == QStringLiteral("Participants: 450"));

    SECTION("scrolling to the end fetches the next pages")
    {
        section.resize(900, 500);
        section.show();
        QTableView* table = section.findChild<QTableView*>(QStringLiteral("table"));
        REQUIRE(table != nullptr);
        for (int i = 0; i < 10 && model.canFetchMore({}); ++i) {
            table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
            QCoreApplication::processEvents();
        }
        CHECK(model.rowCount() == 450);
        CHECK_FALSE(model.canFetchMore({}));
    }
    SECTION("fetchMore adds one page at a time")
    {
        model.fetchMore({});
        CHECK(model.rowCount() == 400);
        model.fetchMore({});
        CHECK(model.rowCount() == 450);
        CHECK_FALSE(model.canFetchMore({}));
    }
}

TEST_CASE("Opening the participants list of a national-scale project reads one page", "[lists]")
{
    test::TestContext t;
    {
        core::Transaction transaction(t.db());
        addParticipants(t.db(), 12000);
        transaction.commit();
    }
    ui::ParticipantListSection section(t.context);
    CHECK(section.model()->rowCount() == ParticipantListModel::pageSize);
    CHECK(section.model()->totalCount() == 12000);
    CHECK(section.statusText() == QStringLiteral("Participants: 12,000"));
}

TEST_CASE("Typing in the search box filters the participants list", "[lists]")
{
    test::TestContext t;
    addParticipants(t.db(), 450);
    ui::ParticipantListSection section(t.context);
    ParticipantListModel& model = *section.model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QString status;
    QObject::connect(&section, &ui::ListSection::statusTextChanged, [&status](const QString& s) { status = s; });

    search(section, QStringLiteral("zolkiewska lucja"));
    // Every 18th row is Żółkiewska Łucja: 25 of 450.
    CHECK(model.rowCount() == 25);
    CHECK(column(model, surname) == QStringList(25, QStringLiteral("Żółkiewska")));
    CHECK(column(model, static_cast<int>(ParticipantListModel::Column::FirstName)) ==
          QStringList(25, QStringLiteral("Łucja")));
    CHECK(status == QStringLiteral("Participants: 25 of 450"));

    search(section, QStringLiteral("nowak0007"));
    CHECK(column(model, surname) == QStringList{QStringLiteral("Nowak0007")});

    search(section, QStringLiteral("no such person"));
    CHECK(model.rowCount() == 0);
    CHECK(status == QStringLiteral("Participants: 0 of 450"));

    SECTION("the search also runs when typing pauses")
    {
        QLineEdit* field = section.searchField();
        field->clear();
        QTest::keyClicks(field, QStringLiteral("ZOLK"));
        CHECK(QTest::qWaitFor([&model] { return model.rowCount() == 50; }, 2000));
        CHECK(model.matchingCount() == 50);
    }
    SECTION("clearing the search shows everybody again")
    {
        section.searchField()->clear();
        QTest::keyClick(section.searchField(), Qt::Key_Return);
        CHECK(model.matchingCount() == 450);
        CHECK(model.rowCount() == ParticipantListModel::pageSize);
    }
}

TEST_CASE("Clicking a column header sorts the list in SQL", "[lists]")
{
    test::TestContext t;
    addParticipants(t.db(), 450);
    ui::ParticipantListSection section(t.context);
    section.show();
    ParticipantListModel& model = *section.model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QHeaderView* header = section.table()->horizontalHeader();

    // Ascending by surname first: Polish order puts Ż after every N.
    CHECK(model.index(0, surname).data().toString() == QStringLiteral("Nowak0001"));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(surname) + 5, header->height() / 2));
    CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);
    CHECK(model.index(0, surname).data().toString() == QStringLiteral("Żółkiewska"));
    CHECK(model.rowCount() == ParticipantListModel::pageSize);

    const int age = static_cast<int>(ParticipantListModel::Column::Age);
    header->setSortIndicator(age, Qt::AscendingOrder);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    REQUIRE(model.rowCount() == 450);
    QList<int> ages;
    for (int row = 0; row < model.rowCount(); ++row) {
        ages << model.index(row, age).data().toInt();
    }
    CHECK(std::is_sorted(ages.begin(), ages.end()));
    CHECK(ages.first() < ages.last());
}

TEST_CASE("A list reloads when its data changes", "[lists]")
{
    test::TestContext t;
    addParticipants(t.db(), 3);
    ui::HousingCoopListSection section(t.context);
    auto& model = *section.model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 2);
    t.db().exec("INSERT INTO housing_coop (name, locality) VALUES ('SM Nowa', 'Płock')");
    CHECK(model.rowCount() == 2);
    t.changes.notify(core::Topic::Training);
    CHECK(model.rowCount() == 2);
    t.changes.notify(core::Topic::HousingCoops);
    CHECK(model.rowCount() == 3);
    CHECK(section.statusText() == QStringLiteral("Housing cooperatives: 3"));
}

TEST_CASE("The housing cooperatives list shows and finds its SMs", "[lists]")
{
    test::TestContext t;
    addParticipants(t.db(), 5);
    ui::HousingCoopListSection section(t.context);
    auto& model = *section.model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    using Column = ui::HousingCoopListModel::Column;
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, int(Column::Name)).data().toString() == QStringLiteral("SM Śródmieście"));
    CHECK(model.index(0, int(Column::Locality)).data().toString() == QStringLiteral("Łódź"));
    CHECK(model.index(0, int(Column::Status)).data().toString() == QStringLiteral("Admitted to the project"));
    CHECK(model.index(0, int(Column::Flats)).data().toString() == QStringLiteral("1,200"));
    CHECK(model.index(0, int(Column::Participants)).data().toInt() == 2);
    CHECK(model.index(1, int(Column::Participants)).data().toInt() == 3);
    CHECK(model.index(1, int(Column::Flats)).data().toString().isEmpty());

    search(section, QStringLiteral("lodz"));
    CHECK(column(model, int(Column::Name)) == QStringList{QStringLiteral("SM Śródmieście")});
}

TEST_CASE("The social cooperatives list shows each one's stage", "[lists]")
{
    test::TestContext t;
    addParticipants(t.db(), 2);
    t.db().exec("INSERT INTO social_coop (id, name, housing_coop_id, locality) VALUES "
                "(1, 'OSS Razem', 1, 'Łódź'), (2, 'OSS Nowa Droga', 2, 'Radom');"
                "INSERT INTO founding_step (social_coop_id, step, done_on) VALUES "
                "(1, 'founding_group', '2011-01-10'), (1, 'registered', '2011-06-01');"
                "INSERT INTO membership (social_coop_id, participant_id, role, from_date) VALUES "
                "(1, 1, 'founder', '2011-01-10'), (1, 2, 'founder', '2011-01-10')");
    ui::SocialCoopListSection section(t.context);
    auto& model = *section.model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    using Column = ui::SocialCoopListModel::Column;
    REQUIRE(model.rowCount() == 2);
    CHECK(column(model, int(Column::Name)) == QStringList{"OSS Nowa Droga", "OSS Razem"});
    CHECK(column(model, int(Column::Status)) == QStringList{"Being founded", "Registered"});
    CHECK(column(model, int(Column::HousingCoop)) == QStringList{"SM Zgoda", "SM Śródmieście"});
    CHECK(column(model, int(Column::Members)) == QStringList{"0", "2"});

    search(section, QStringLiteral("srodmiescie"));
    CHECK(column(model, int(Column::Name)) == QStringList{"OSS Razem"});
}

TEST_CASE("The list models pass QAbstractItemModelTester while searching, sorting and fetching", "[lists][modeltester]")
{
    test::TestContext t;
    addParticipants(t.db(), 450);
    ParticipantListModel model(t.db());
    model.load();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSearch(QStringLiteral("zolk"));
    model.sort(static_cast<int>(ParticipantListModel::Column::Age), Qt::DescendingOrder);
    model.setSearch({});
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    model.reload();
    CHECK(model.rowCount() >= ParticipantListModel::pageSize);
}
