#include "core/storage/PagedQuery.h"

#include "core/storage/ListQueries.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"

#include <QCollator>
#include <QSet>

using namespace osiedle;
using core::PagedQuery;
using core::ListQueries::ParticipantSort;

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
        const int read = query.fetch(
            pageSize, [&names](const core::Statement& row) { names << row.text(1) + QLatin1Char(' ') + row.text(2); });
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
    db.exec(
        "INSERT INTO housing_coop (id, name, locality, status, flats) VALUES "
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

TEST_CASE("The participants list narrows, in SQL, to an SM, a recruitment status, a course and incomplete data",
          "[pagedquery][filters]")
{
    test::TempProject project;
    auto& db = project.db();
    db.exec("INSERT INTO housing_coop (id, name) VALUES (1, 'SM Zodiak'), (2, 'SM Przyszłość')");
    // Five people: SM, status, and whether their monitoring data is complete.
    //   Adamska   SM 1  qualified  complete   enrolled on course 10
    //   Borek     SM 1  candidate  incomplete enrolled on courses 10 and 11
    //   Cichy     SM 2  qualified  incomplete enrolled on course 11
    //   Dudek     SM 2  resigned   complete
    //   Ewert     —     qualified  incomplete
    db.exec("INSERT INTO participant (id, last_name, first_name, housing_coop_id, recruitment_status) VALUES "
            "(1, 'Adamska', 'Anna', 1, 'qualified'), (2, 'Borek', 'Bogdan', 1, 'candidate'), "
            "(3, 'Cichy', 'Cezary', 2, 'qualified'), (4, 'Dudek', 'Daria', 2, 'resigned'), "
            "(5, 'Ewert', 'Eryk', NULL, 'qualified')");
    db.exec("UPDATE participant SET pesel = printf('4405140135%d', id), sex = 'F', birth_date = '1944-05-14', "
            "education = 'primary', teryt = '1434124', area = 'urban', locality = 'Wołomin', "
            "postal_code = '05-200', labour_status = 'unemployed', consent_on = '2011-03-01', mobile = '600100200' "
            "WHERE id IN (1, 4)");
    REQUIRE(db.scalar("SELECT count(*) FROM participant_missing WHERE missing = 0") == 2);
    const qint64 form = db.scalar("SELECT min(id) FROM support_form");
    db.exec("INSERT INTO course (id, support_form_id, name, planned_minutes) VALUES (10, " + QByteArray::number(form) +
            ", 'Moduł 1', 600), (11, " + QByteArray::number(form) + ", 'Moduł 2', 600)");
    db.exec("INSERT INTO enrolment (course_id, participant_id, enrolled_on) VALUES "
            "(10, 1, '2011-04-01'), (10, 2, '2011-04-01'), (11, 2, '2011-04-01'), (11, 3, '2011-04-01')");

    using core::ListQueries::ParticipantFilter;
    const auto surnames = [&db](const ParticipantFilter& filter, const QString& search = {}) {
        PagedQuery query(db, core::ListQueries::participants());
        query.setSearch(search);
        query.setFilters(core::ListQueries::participantFilters(filter));
        query.setSort(static_cast<int>(ParticipantSort::Name), false);
        QStringList names;
        for (const QString& name : readAll(query, 2)) { // pages of two: the filters hold across pages
            names << name.section(QLatin1Char(' '), 0, 0);
        }
        CHECK(query.count(true) == names.size());
        CHECK(query.count(false) == 5);
        CHECK(query.narrowed() == (filter != ParticipantFilter{} || !search.isEmpty()));
        return names;
    };
    ParticipantFilter everyone;
    CHECK(surnames(everyone) == QStringList{"Adamska", "Borek", "Cichy", "Dudek", "Ewert"});
    ParticipantFilter zodiak;
    zodiak.housingCoopId = 1;
    CHECK(surnames(zodiak) == QStringList{"Adamska", "Borek"});
    ParticipantFilter qualified;
    qualified.status = core::RecruitmentStatus::Qualified;
    CHECK(surnames(qualified) == QStringList{"Adamska", "Cichy", "Ewert"});
    ParticipantFilter module2;
    module2.courseId = 11;
    CHECK(surnames(module2) == QStringList{"Borek", "Cichy"});
    ParticipantFilter incomplete;
    incomplete.incompleteOnly = true;
    CHECK(surnames(incomplete) == QStringList{"Borek", "Cichy", "Ewert"});

    // All together, and with the search: every condition must hold.
    ParticipantFilter qualifiedIncomplete = qualified;
    qualifiedIncomplete.incompleteOnly = true;
    CHECK(surnames(qualifiedIncomplete) == QStringList{"Cichy", "Ewert"});
    CHECK(surnames(qualifiedIncomplete, QStringLiteral("cich")) == QStringList{"Cichy"});
    ParticipantFilter all;
    all.housingCoopId = 2;
    all.status = core::RecruitmentStatus::Qualified;
    all.courseId = 11;
    all.incompleteOnly = true;
    CHECK(surnames(all) == QStringList{"Cichy"});
    all.courseId = 10; // Cichy is not on course 10
    CHECK(surnames(all).isEmpty());
}
