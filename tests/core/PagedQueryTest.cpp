#include "core/storage/ListQueries.h"
#include "core/storage/PagedQuery.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"

#include <QCollator>
#include <QSet>

using namespace osiedle;
using core::ListQueries::ParticipantSort;
using core::PagedQuery;

namespace {

void addParticipant(core::Database& db, const QString& last, const QString& first, const QString& pesel = {})
{
    core::Statement st = db.prepare("INSERT INTO participant (last_name, first_name, pesel) VALUES (?, ?, ?)");
    st.bind(1, last).bind(2, first);
    if (pesel.isEmpty()) {
        st.bind(3, std::nullopt);
    } else {
        st.bind(3, pesel);
    }
    st.exec();
}

QStringList readAll(PagedQuery& query, int pageSize, QList<int>* pages = nullptr)
{
    QStringList names;
    while (!query.atEnd()) {
        const int read = query.fetch(pageSize, [&names](const core::Statement& row) {
            names << row.text(1) + QLatin1Char(' ') + row.text(2);
        });
        if (pages != nullptr) {
            pages->append(read);
        }
    }
    return names;
}

} // namespace

TEST_CASE("A paged list reads every row once, page by page, in Polish order", "[pagedquery]")
{
    test::TempProject project;
    auto& db = project.db();
    const QStringList surnames{"Łukasiewicz", "Lis", "Żak", "Zając", "Ćwik", "Cieślak", "Nowak", "Śliwa", "Sowa"};
    for (int i = 0; i < 450; ++i) {
        addParticipant(db, surnames[i % surnames.size()], QStringLiteral("Imię%1").arg(i, 3, 10, QLatin1Char('0')));
    }
    PagedQuery query(db, core::ListQueries::participants());
    const bool descending = GENERATE(false, true);
    query.setSort(static_cast<int>(ParticipantSort::Name), descending);

    QList<int> pages;
    const QStringList names = readAll(query, 200, &pages);
    CHECK(pages == QList<int>{200, 200, 50});
    CHECK(names.size() == 450);
    CHECK(QSet<QString>(names.begin(), names.end()).size() == 450);

    QCollator polish{QLocale(QLocale::Polish, QLocale::Poland)};
    QStringList expected = names;
    std::sort(expected.begin(), expected.end(), [&](const QString& a, const QString& b) {
        return descending ? polish.compare(a, b) > 0 : polish.compare(a, b) < 0;
    });
    CHECK(names == expected);
    // Polish order, not byte order: Ł after L, Ś after S, Ż after Z.
    const QString first = descending ? names.last() : names.first();
    CHECK(first.startsWith(QStringLiteral("Cieślak")));
    const auto firstWith = [&names](const QString& surname) {
        return std::find_if(names.begin(), names.end(), [&](const QString& n) { return n.startsWith(surname); }) -
               names.begin();
    };
    CHECK((firstWith(QStringLiteral("Łukasiewicz")) > firstWith(QStringLiteral("Lis"))) == !descending);
    CHECK((firstWith(QStringLiteral("Żak")) > firstWith(QStringLiteral("Zając"))) == !descending);
}

TEST_CASE("Rows with the same sort key are not lost or repeated across pages", "[pagedquery]")
{
    test::TempProject project;
    for (int i = 0; i < 25; ++i) {
        addParticipant(project.db(), QStringLiteral("Kowalska"), QStringLiteral("Anna"));
    }
    PagedQuery query(project.db(), core::ListQueries::participants());
    query.setSort(static_cast<int>(ParticipantSort::Name), GENERATE(false, true));
    QList<qint64> ids;
    while (!query.atEnd()) {
        query.fetch(7, [&ids](const core::Statement& row) { ids << row.int64(0); });
    }
    CHECK(ids.size() == 25);
    CHECK(QSet<qint64>(ids.begin(), ids.end()).size() == 25);
}

TEST_CASE("The search ignores case and Polish diacritics and needs every word", "[pagedquery]")
{
    test::TempProject project;
    auto& db = project.db();
    addParticipant(db, QStringLiteral("Żółkiewska"), QStringLiteral("Łucja"), QStringLiteral("44051401458"));
    addParticipant(db, QStringLiteral("Zolkiewski"), QStringLiteral("Jan"));
    addParticipant(db, QStringLiteral("Nowak"), QStringLiteral("Łucja"));
    addParticipant(db, QStringLiteral("Procent%"), QStringLiteral("Ewa"));
    PagedQuery query(db, core::ListQueries::participants());

    const auto [search, expected] = GENERATE(table<QString, QStringList>({
        {"zolk", {"Zolkiewski Jan", "Żółkiewska Łucja"}},
        {"ŻÓŁK", {"Zolkiewski Jan", "Żółkiewska Łucja"}},
        {"lucja", {"Nowak Łucja", "Żółkiewska Łucja"}},
        {"lucja zolk", {"Żółkiewska Łucja"}},
        {"  zolk   lucja ", {"Żółkiewska Łucja"}},
        {"440514", {"Żółkiewska Łucja"}},
        {"%", {"Procent% Ewa"}},
        {"_", {}},
        {"kowalski", {}},
        {"", {"Nowak Łucja", "Procent% Ewa", "Zolkiewski Jan", "Żółkiewska Łucja"}},
    }));
    INFO("search: " << search.toStdString());
    query.setSearch(search);
    CHECK(readAll(query, 200) == expected);
    CHECK(query.count() == expected.size());
    CHECK(query.count(false) == 4);
}

TEST_CASE("Each list reads its rows with the derived columns", "[pagedquery]")
{
    test::TempProject project;
    auto& db = project.db();
    db.exec("INSERT INTO housing_coop (id, name, locality, status, flats) VALUES "
            "(1, 'SM Śródmieście', 'Łódź', 'qualified', 1200), (2, 'SM Zgoda', 'Radom', 'applied', NULL);"
            "INSERT INTO participant (id, last_name, first_name, pesel, sex, birth_date, housing_coop_id, "
            "  recruitment_status, participation_start) VALUES "
            "(1, 'Nowak', 'Anna', '44051401458', 'F', '1944-05-14', 1, 'qualified', '2011-05-13'),"
            "(2, 'Lis', 'Jan', NULL, NULL, NULL, 1, 'candidate', NULL);"
            "INSERT INTO social_coop (id, name, housing_coop_id, locality) VALUES "
            "(1, 'OSS Razem', 1, 'Łódź'), (2, 'OSS Nowa', 2, 'Radom'), (3, 'OSS Dawna', 2, 'Radom');"
            "UPDATE social_coop SET dissolved_on = '2012-01-01' WHERE id = 3;"
            "INSERT INTO founding_step (social_coop_id, step, done_on) VALUES "
            "(1, 'founding_group', '2011-01-10'), (1, 'registered', '2011-06-01'), (1, 'agreement_signed', '2011-09-01'),"
            "(2, 'founding_group', '2011-02-01');"
            "INSERT INTO service_point (social_coop_id, opened_on) VALUES (1, '2012-03-01');"
            "INSERT INTO membership (social_coop_id, participant_id, role, from_date, to_date) VALUES "
            "(1, 1, 'founder', '2011-01-10', NULL), (1, 2, 'member', '2011-01-10', '2011-12-31');");

    SECTION("participants")
    {
        PagedQuery query(db, core::ListQueries::participants());
        QList<core::ListQueries::ParticipantRow> rows;
        query.fetch(10, [&rows](const core::Statement& row) { rows << core::ListQueries::readParticipant(row); });
        REQUIRE(rows.size() == 2);
        const auto& lis = rows[0];
        const auto& nowak = rows[1];
        CHECK(nowak.pesel == QStringLiteral("44051401458"));
        CHECK(nowak.sex == core::Sex::Female);
        CHECK(nowak.age == 66); // at participation start, 2011-05-13, the day before her birthday
        CHECK(nowak.housingCoop == QStringLiteral("SM Śródmieście"));
        CHECK(nowak.status == core::RecruitmentStatus::Qualified);
        CHECK(nowak.start == QDate(2011, 5, 13));
        CHECK(lis.pesel.isEmpty());
        CHECK_FALSE(lis.sex.has_value());
        CHECK_FALSE(lis.age.has_value());
        CHECK_FALSE(lis.start.isValid());
        CHECK(lis.missing != 0);
    }
    SECTION("housing cooperatives, searched by locality")
    {
        PagedQuery query(db, core::ListQueries::housingCoops());
        query.setSearch(QStringLiteral("lodz"));
        QList<core::ListQueries::HousingCoopRow> rows;
        query.fetch(10, [&rows](const core::Statement& row) { rows << core::ListQueries::readHousingCoop(row); });
        REQUIRE(rows.size() == 1);
        CHECK(rows[0].name == QStringLiteral("SM Śródmieście"));
        CHECK(rows[0].status == core::HousingCoopStatus::Qualified);
        CHECK(rows[0].flats == 1200);
        CHECK(rows[0].participants == 2);
    }
    SECTION("social cooperatives with their stage")
    {
        PagedQuery query(db, core::ListQueries::socialCoops());
        query.setSort(static_cast<int>(core::ListQueries::SocialCoopSort::Status), false);
        QList<core::ListQueries::SocialCoopRow> rows;
        query.fetch(10, [&rows](const core::Statement& row) { rows << core::ListQueries::readSocialCoop(row); });
        REQUIRE(rows.size() == 3);
        CHECK(rows[0].name == QStringLiteral("OSS Nowa"));
        CHECK(rows[0].status == core::SocialCoopStatus::Founding);
        CHECK(rows[1].name == QStringLiteral("OSS Razem"));
        CHECK(rows[1].status == core::SocialCoopStatus::ServicePointOpen);
        CHECK(rows[1].housingCoop == QStringLiteral("SM Śródmieście"));
        CHECK(rows[1].members == 1);
        CHECK(rows[2].status == core::SocialCoopStatus::Dissolved);
    }
}
