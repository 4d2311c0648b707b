#include "core/domain/CompetitionRanking.h"
#include "core/services/CompetitionService.h"
#include "core/services/DeliverableService.h"
#include "core/services/EventService.h"
#include "core/services/ProjectTimeline.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"
#include "support/TimelineTestData.h"

#include <algorithm>

using namespace osiedle;
using namespace osiedle::core;

namespace {

Deliverable brochure(int printed)
{
    Deliverable d;
    d.kind = DeliverableKind::Brochure;
    d.title = QStringLiteral("Jak założyć spółdzielnię socjalną");
    d.status = DeliverableStatus::Done;
    d.doneOn = QDate(2011, 6, 1);
    d.plannedOn = QDate(2011, 5, 31);
    d.copiesPlanned = 1000;
    d.copiesPrinted = printed;
    return d;
}

qint64 addParticipant(Database& db, const char* first, const char* last, const char* sex)
{
    Statement st = db.prepare("INSERT INTO participant (first_name, last_name, sex) VALUES (?, ?, ?)");
    st.bind(1, QString::fromUtf8(first)).bind(2, QString::fromUtf8(last)).bind(3, sex);
    st.exec();
    return db.lastInsertId();
}

} // namespace

TEST_CASE("Copies given out never exceed the copies printed", "[products]")
{
    test::TempProject project;
    DeliverableService service(project.db());
    const auto id = service.save(brochure(500));
    REQUIRE(id.ok());

    REQUIRE(service.distribute({0, *id, QDate(2011, 6, 10), QStringLiteral("SM Wola"), 300}).ok());
    REQUIRE(service.distribute({0, *id, QDate(2011, 6, 12), QStringLiteral("OPS Wołomin"), 150}).ok());
    CHECK(DeliverableRepository(project.db()).copiesDistributed(*id) == 450);

    const auto tooMany = service.distribute({0, *id, QDate(2011, 6, 20), QStringLiteral("PUP Otwock"), 51});
    REQUIRE_FALSE(tooMany.ok());
    CHECK(tooMany.error().message.contains(QStringLiteral("Only 50 of the 500 printed copies")));
    CHECK(DeliverableRepository(project.db()).copiesDistributed(*id) == 450);

    // exactly what is left is fine
    CHECK(service.distribute({0, *id, QDate(2011, 6, 20), QStringLiteral("PUP Otwock"), 50}).ok());

    // printed may not fall below what was given out
    Deliverable fewer = *DeliverableRepository(project.db()).find(*id);
    fewer.copiesPrinted = 400;
    const auto saved = service.save(fewer);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().message.contains(QStringLiteral("500 copies have already been given out")));
}

TEST_CASE("Copies are given out only once the deliverable is done, not before its date", "[products]")
{
    test::TempProject project;
    DeliverableService service(project.db());
    Deliverable planned = brochure(100);
    planned.status = DeliverableStatus::InProgress;
    planned.doneOn = QDate();
    const auto id = service.save(planned);
    REQUIRE(id.ok());
    const auto notDone = service.distribute({0, *id, QDate(2011, 6, 10), QStringLiteral("SM"), 10});
    REQUIRE_FALSE(notDone.ok());
    CHECK(notDone.error().message.contains(QStringLiteral("is not done yet")));

    const auto doneId = service.save(brochure(100));
    const auto early = service.distribute({0, *doneId, QDate(2011, 5, 1), QStringLiteral("SM"), 10});
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message.contains(QStringLiteral("before")));
}

TEST_CASE("A deliverable's status and done date agree", "[products]")
{
    Deliverable d = brochure(10);
    d.doneOn = QDate();
    FieldErrors errors = DeliverableService::validate(d);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().field == QStringLiteral("doneOn"));
    d = brochure(10);
    d.title = QStringLiteral("  ");
    errors = DeliverableService::validate(d);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().field == QStringLiteral("title"));
}

TEST_CASE("Ranking shares places between equal scores and shows ties", "[products][competition]")
{
    using R = CompetitionRanking;
    const QList<R::Criterion> criteria = {{1, 1}, {2, 2}};
    auto nominee = [](qint64 id, const char* name, int a, int b) {
        return R::Nomination{id, QString::fromUtf8(name), {{1, 1, a}, {1, 2, b}}};
    };
    // scores: A = 10 + 2*10 = 30, B = 8 + 2*6 = 20, C = 4 + 2*8 = 20, D = 2 + 2*1 = 4
    const QList<R::Place> places = R::rank(
        {nominee(1, "D", 2, 1), nominee(2, "B", 8, 6), nominee(3, "A", 10, 10), nominee(4, "C", 4, 8)}, criteria, 1, 2);
    REQUIRE(places.size() == 4);
    CHECK(places[0].name == QStringLiteral("A"));
    CHECK(places[0].score == 30);
    CHECK(places[0].place == 1);
    CHECK_FALSE(places[0].tied);
    CHECK(places[1].place == 2);
    CHECK(places[2].place == 2);
    CHECK(places[1].tied);
    CHECK(places[2].tied);
    CHECK(places[3].place == 4); // 1, 2, 2, 4
    // two awards: A and both tied second places win; the tie crosses the last award
    CHECK(places[1].winner);
    CHECK(places[2].winner);
    CHECK(places[1].tieAtLastAward);
    CHECK_FALSE(places[0].tieAtLastAward);
    CHECK_FALSE(places[3].winner);
    CHECK_FALSE(places[0].incomplete);

    // with three awards the tie does not cross the boundary
    const QList<R::Place> three =
        R::rank({nominee(2, "B", 8, 6), nominee(3, "A", 10, 10), nominee(4, "C", 4, 8)}, criteria, 1, 3);
    CHECK(std::none_of(three.begin(), three.end(), [](const R::Place& p) { return p.tieAtLastAward; }));
}

TEST_CASE("A competition with three jurors ranks from their scores", "[products][competition]")
{
    test::TempProject project;
    auto& db = project.db();
    db.exec("INSERT INTO social_coop (id, name) VALUES (1, 'OSS Zielone Osiedle'), (2, 'OSS Czysta Praga'), "
            "(3, 'OSS Wola Pracy')");
    CompetitionService service(db);
    const auto competition = service.saveCompetition(
        {0, QStringLiteral("Dobre praktyki"), 2013, QDate(2013, 1, 15), QDate(2013, 4, 26), {}});
    REQUIRE(competition.ok());
    const auto category = service.saveCategory(
        {0, *competition, CompetitionCategoryKind::SocialCoop, QStringLiteral("Najlepsza OSS"), 1});
    REQUIRE(category.ok());
    const auto criterion = service.saveCriterion({0, *competition, QStringLiteral("Trwałość"), 10, 1});
    REQUIRE(criterion.ok());
    QList<qint64> jurors;
    for (const char* name : {"Anna Kowalska", "Jan Nowak", "Ewa Wiśniewska"}) {
        const auto j = service.saveJuror({0, *competition, QString::fromUtf8(name), {}});
        REQUIRE(j.ok());
        jurors << *j;
    }
    QList<qint64> nominations;
    for (qint64 oss = 1; oss <= 3; ++oss) {
        Nomination n;
        n.categoryId = *category;
        n.socialCoopId = oss;
        const auto id = service.saveNomination(n);
        REQUIRE(id.ok());
        nominations << *id;
    }
    // OSS 1: 9+8+7 = 24, OSS 2: 8+8+8 = 24, OSS 3: 5+6+7 = 18
    const int points[3][3] = {{9, 8, 7}, {8, 8, 8}, {5, 6, 7}};
    for (int n = 0; n < 3; ++n) {
        for (int j = 0; j < 3; ++j) {
            REQUIRE(service.setScore({nominations[n], jurors[j], *criterion, points[n][j]}).ok());
        }
    }
    const auto outOfRange = service.setScore({nominations[0], jurors[0], *criterion, 11});
    REQUIRE_FALSE(outOfRange.ok());
    CHECK(outOfRange.error().message.contains(QStringLiteral("0 to 10 points")));

    const auto ranking = CompetitionRepository(db).ranking(*category);
    REQUIRE(ranking.size() == 3);
    CHECK(ranking[0].score == 24);
    CHECK(ranking[1].score == 24);
    CHECK(ranking[0].place == 1);
    CHECK(ranking[1].place == 1);
    CHECK(ranking[0].tieAtLastAward); // one award, two tied first places: the jury decides
    CHECK(ranking[2].name == QStringLiteral("OSS Wola Pracy"));
    CHECK(ranking[2].place == 3);
    CHECK_FALSE(ranking[2].incomplete);

    // a missing score marks the nomination incomplete
    REQUIRE(service.clearScore(nominations[2], jurors[1], *criterion).ok());
    const auto after = CompetitionRepository(db).ranking(*category);
    CHECK(after[2].incomplete);
    CHECK(after[2].score == 12);

    Nomination twoNominees;
    twoNominees.categoryId = *category;
    twoNominees.socialCoopId = 1;
    twoNominees.personName = QStringLiteral("Jan Kowalski");
    CHECK_FALSE(service.saveNomination(twoNominees).ok());
}

TEST_CASE("Conference attendance counts participants and guests separately", "[products][events]")
{
    test::TempProject project;
    auto& db = project.db();
    const qint64 anna = addParticipant(db, "Anna", "Nowak", "F");
    const qint64 jan = addParticipant(db, "Jan", "Zieliński", "M");
    const qint64 ewa = addParticipant(db, "Ewa", "Król", "F");
    EventService service(db);
    const auto event = service.save({0,
                                     EventKind::Conference,
                                     QStringLiteral("Konferencja podsumowująca"),
                                     QDate(2013, 6, 21),
                                     QDate(2013, 6, 21),
                                     QStringLiteral("Warszawa"),
                                     {},
                                     {}});
    REQUIRE(event.ok());
    for (qint64 p : {anna, jan, ewa}) {
        EventAttendee a;
        a.eventId = *event;
        a.role = AttendeeRole::Participant;
        a.participantId = p;
        a.attended = p != ewa; // Ewa was invited but did not come
        REQUIRE(service.saveAttendee(a).ok());
    }
    EventAttendee again;
    again.eventId = *event;
    again.role = AttendeeRole::Participant;
    again.participantId = anna;
    const auto duplicate = service.saveAttendee(again);
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().message.contains(QStringLiteral("already on the list")));

    for (const char* guest : {"Burmistrz Wołomina", "Prezes SM Wola", "Dyrektor OPS"}) {
        EventAttendee g;
        g.eventId = *event;
        g.role = AttendeeRole::Guest;
        g.name = QString::fromUtf8(guest);
        g.costGrosze = 5000;
        REQUIRE(service.saveAttendee(g).ok());
    }
    EventAttendee staff;
    staff.eventId = *event;
    staff.role = AttendeeRole::Staff;
    staff.name = QStringLiteral("Koordynator");
    REQUIRE(service.saveAttendee(staff).ok());
    EventAttendee nameless;
    nameless.eventId = *event;
    nameless.role = AttendeeRole::Guest;
    CHECK_FALSE(service.saveAttendee(nameless).ok());

    const EventCounts counts = EventRepository(db).counts(*event);
    CHECK(counts.participants == 2);
    CHECK(counts.women == 1);
    CHECK(counts.men == 1);
    CHECK(counts.guests == 3);
    CHECK(counts.staff == 1);
    CHECK(counts.costGrosze == 15000);
    CHECK(EventRepository(db).attendees(*event).size() == 7);
}

TEST_CASE("The timeline holds the dated items of their sources", "[products][timeline]")
{
    test::TempProject project;
    auto& db = project.db();
    test::fillTimelineSources(db);
    const QList<TimelineItem> items = ProjectTimeline::items(db);
    auto find = [&](const QString& label) {
        const auto it =
            std::find_if(items.begin(), items.end(), [&](const TimelineItem& i) { return i.label == label; });
        REQUIRE(it != items.end());
        return *it;
    };
    const TimelineItem recruitment = find(QStringLiteral("Recruitment of participants"));
    CHECK(recruitment.actualStart == QDate(2010, 11, 2));
    CHECK(recruitment.actualEnd == QDate(2011, 1, 20));

    const TimelineItem course = find(QStringLiteral("Zajęcia OSS Wola"));
    CHECK(course.plannedStart == QDate(2011, 3, 1));
    CHECK(course.actualStart == QDate(2011, 3, 2));
    CHECK(course.actualEnd == QDate(2011, 3, 9)); // planned hours reached
    CHECK_FALSE(course.isLate(QDate(2011, 12, 31)));

    const auto steps = std::count_if(items.begin(), items.end(), [](const TimelineItem& i) {
        return i.source == TimelineItem::Source::FoundingStep && i.group == QStringLiteral("OSS Wola Pracy");
    });
    CHECK(steps == 2);

    const QDate today(2013, 6, 30);
    CHECK(find(QStringLiteral("Broszura")).isLate(today)); // done after the plan
    CHECK(find(QStringLiteral("Film")).isLate(today));     // planned, not done, date passed
    CHECK_FALSE(find(QStringLiteral("Poradnik")).isLate(today));
    CHECK_FALSE(find(QStringLiteral("Film")).isLate(QDate(2013, 5, 1)));

    const TimelineItem trip = find(QStringLiteral("Trentino"));
    CHECK(trip.plannedStart == QDate(2012, 6, 4));
    CHECK_FALSE(trip.actualEnd.isValid()); // nobody recorded as attending yet
    const TimelineItem conference = find(QStringLiteral("Konferencja"));
    CHECK(conference.actualStart == QDate(2013, 6, 21)); // someone attended: it took place
    CHECK(conference.source == TimelineItem::Source::Event);
    const TimelineItem competition = find(QStringLiteral("Dobre praktyki"));
    CHECK(competition.source == TimelineItem::Source::Competition);
    CHECK(competition.actualStart == QDate(2013, 1, 15));
    CHECK(competition.actualEnd == QDate(2013, 4, 26));
    CHECK(items.size() == 1 + 1 + 2 + 1 + 3 + 2 + 1);
}

namespace {

struct ScoredCompetition {
    qint64 competition = 0;
    qint64 category = 0;
    qint64 criterion = 0;
    QList<qint64> jurors;
    QList<qint64> nominations;
};

/// An edition with one OSS category, one criterion (0–10), three jurors and three nominated
/// OSS, scored OSS 1: 9+8+7 = 24, OSS 2: 6+6+6 = 18, OSS 3: 5+9+9 = 23.
ScoredCompetition scoredCompetition(Database& db, CompetitionService& service)
{
    db.exec("INSERT INTO social_coop (id, name) VALUES (1, 'OSS Zielone Osiedle'), (2, 'OSS Czysta Praga'), "
            "(3, 'OSS Wola Pracy')");
    ScoredCompetition c;
    c.competition = *service.saveCompetition(
        {0, QStringLiteral("Dobre praktyki"), 2013, QDate(2013, 1, 15), QDate(2013, 4, 26), {}});
    c.category = *service.saveCategory(
        {0, c.competition, CompetitionCategoryKind::SocialCoop, QStringLiteral("Najlepsza OSS"), 1});
    c.criterion = *service.saveCriterion({0, c.competition, QStringLiteral("Trwałość"), 10, 1});
    for (const char* name : {"Anna Kowalska", "Jan Nowak", "Ewa Wiśniewska"}) {
        c.jurors << *service.saveJuror({0, c.competition, QString::fromUtf8(name), {}});
    }
    for (qint64 oss = 1; oss <= 3; ++oss) {
        Nomination n;
        n.categoryId = c.category;
        n.socialCoopId = oss;
        n.justification = QStringLiteral("Zgłoszenie SM");
        c.nominations << *service.saveNomination(n);
    }
    const int points[3][3] = {{9, 8, 7}, {6, 6, 6}, {5, 9, 9}};
    for (int n = 0; n < 3; ++n) {
        for (int j = 0; j < 3; ++j) {
            REQUIRE(service.setScore({c.nominations[n], c.jurors[j], c.criterion, points[n][j]}).ok());
        }
    }
    return c;
}

QList<qint64> scoresOf(Database& db, qint64 category)
{
    QList<qint64> out;
    for (const CompetitionRanking::Place& p : CompetitionRepository(db).ranking(category)) {
        out << p.score;
    }
    return out;
}

} // namespace

TEST_CASE("Competition categories, criteria and jurors are edited with validation", "[products][competition]")
{
    test::TempProject project;
    auto& db = project.db();
    CompetitionService service(db);
    const ScoredCompetition c = scoredCompetition(db, service);
    CompetitionRepository repo(db);

    // a category renamed and given two awards: the second-best OSS becomes a winner too
    CHECK_FALSE(repo.ranking(c.category)[1].winner);
    REQUIRE(service
                .saveCategory({c.category, c.competition, CompetitionCategoryKind::SocialCoop,
                               QStringLiteral("Najlepsza osiedlowa spółdzielnia socjalna"), 2})
                .ok());
    CHECK(repo.findCategory(c.category)->name == QStringLiteral("Najlepsza osiedlowa spółdzielnia socjalna"));
    CHECK(repo.ranking(c.category)[1].winner);
    // it cannot turn into a residents' category while OSS are nominated in it
    const auto kindChanged = service.saveCategory(
        {c.category, c.competition, CompetitionCategoryKind::Resident, QStringLiteral("Mieszkańcy"), 1});
    REQUIRE_FALSE(kindChanged.ok());
    CHECK(kindChanged.error().message.contains(QStringLiteral("already has nominations")));
    CHECK_FALSE(
        service.saveCategory({0, c.competition, CompetitionCategoryKind::Resident, QStringLiteral(" "), 1}).ok());

    // a criterion's weight counts in the ranking; its maximum cannot fall below points given
    REQUIRE(service.saveCriterion({c.criterion, c.competition, QStringLiteral("Trwałość działalności"), 10, 2}).ok());
    CHECK(scoresOf(db, c.category) == QList<qint64>{48, 46, 36});
    const auto lower = service.saveCriterion({c.criterion, c.competition, QStringLiteral("Trwałość"), 8, 2});
    REQUIRE_FALSE(lower.ok());
    CHECK(lower.error().message.contains(QStringLiteral("already given 9 points")));
    CHECK(repo.findCriterion(c.criterion)->maxPoints == 10);

    REQUIRE(service.saveJuror({c.jurors[1], c.competition, QStringLiteral("Jan Nowak"), QStringLiteral("ROPS")}).ok());
    CHECK(repo.findJuror(c.jurors[1])->institution == QStringLiteral("ROPS"));
    CHECK_FALSE(service.saveJuror({c.jurors[1], c.competition, QString(), {}}).ok());
}

TEST_CASE("A nomination must fit its category", "[products][competition]")
{
    test::TempProject project;
    auto& db = project.db();
    CompetitionService service(db);
    const ScoredCompetition c = scoredCompetition(db, service);
    db.exec("INSERT INTO housing_coop (id, name) VALUES (1, 'SM Wola')");
    const auto residents = service.saveCategory(
        {0, c.competition, CompetitionCategoryKind::Resident, QStringLiteral("Aktywny mieszkaniec"), 1});
    REQUIRE(residents.ok());

    Nomination sm;
    sm.categoryId = c.category; // an OSS category
    sm.housingCoopId = 1;
    const auto refused = service.saveNomination(sm);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("Social cooperatives (OSS)")));

    Nomination person;
    person.categoryId = *residents;
    person.personName = QStringLiteral("Halina Mazur");
    person.justification = QStringLiteral("Prowadzi świetlicę osiedlową");
    const auto saved = service.saveNomination(person);
    REQUIRE(saved.ok());
    person.id = *saved;
    person.award = QStringLiteral("Nagroda główna");
    REQUIRE(service.saveNomination(person).ok());
    const auto stored = CompetitionRepository(db).findNomination(*saved);
    CHECK(stored->displayName == QStringLiteral("Halina Mazur"));
    CHECK(stored->award == QStringLiteral("Nagroda główna"));
    person.socialCoopId = 1; // two nominees
    CHECK_FALSE(service.saveNomination(person).ok());
}

TEST_CASE("Removing a juror, a nomination or an edition can be put back with the scores", "[products][competition]")
{
    test::TempProject project;
    auto& db = project.db();
    CompetitionService service(db);
    const ScoredCompetition c = scoredCompetition(db, service);
    CompetitionRepository repo(db);
    REQUIRE(scoresOf(db, c.category) == QList<qint64>{24, 23, 18});

    // without the second juror: OSS 1 9+7 = 16, OSS 3 5+9 = 14, OSS 2 6+6 = 12
    const auto juror = service.removeJuror(c.jurors[1]);
    REQUIRE(juror.ok());
    CHECK(juror->jurors.size() == 1);
    CHECK(juror->scores.size() == 3);
    CHECK(scoresOf(db, c.category) == QList<qint64>{16, 14, 12});
    REQUIRE(service.restore(*juror).ok());
    CHECK(repo.jurors(c.competition).size() == 3);
    CHECK(scoresOf(db, c.category) == QList<qint64>{24, 23, 18});

    const auto nomination = service.removeNomination(c.nominations[0]);
    REQUIRE(nomination.ok());
    CHECK(repo.ranking(c.category).first().name == QStringLiteral("OSS Wola Pracy"));
    REQUIRE(service.restore(*nomination).ok());
    CHECK(repo.ranking(c.category).first().name == QStringLiteral("OSS Zielone Osiedle"));

    const auto criterion = service.removeCriterion(c.criterion);
    REQUIRE(criterion.ok());
    CHECK(repo.competitionScores(c.competition).isEmpty());
    REQUIRE(service.restore(*criterion).ok());
    CHECK(repo.competitionScores(c.competition).size() == 9);

    const auto edition = service.removeCompetition(c.competition);
    REQUIRE(edition.ok());
    CHECK(repo.competitions().isEmpty());
    CHECK(db.scalar("SELECT count(*) FROM jury_score") == 0);
    REQUIRE(service.restore(*edition).ok());
    CHECK(repo.find(c.competition)->name == QStringLiteral("Dobre praktyki"));
    CHECK(repo.categories(c.competition).size() == 1);
    CHECK(scoresOf(db, c.category) == QList<qint64>{24, 23, 18});
    CHECK_FALSE(service.removeJuror(9999).ok());
}

TEST_CASE("Event data and attendees are edited, and a removed event comes back whole", "[products][events]")
{
    test::TempProject project;
    auto& db = project.db();
    const qint64 anna = addParticipant(db, "Anna", "Nowak", "F");
    const qint64 jan = addParticipant(db, "Jan", "Zieliński", "M");
    EventService service(db);
    EventRepository repo(db);
    Event trip{0,
               EventKind::StudyTrip,
               QStringLiteral("Wizyta studyjna w Trentino"),
               QDate(2012, 6, 4),
               QDate(2012, 6, 8),
               QStringLiteral("Trento"),
               QStringLiteral("Dzień 1: Consorzio"),
               {}};
    const auto id = service.save(trip);
    REQUIRE(id.ok());
    trip.id = *id;
    const auto visit = service.saveVisit({0, *id, QDate(2012, 6, 6), QStringLiteral("Consorzio CGM"), {}});
    REQUIRE(visit.ok());
    CHECK_FALSE(service.saveVisit({0, *id, QDate(2012, 6, 10), QStringLiteral("Cooperativa"), {}}).ok());
    REQUIRE(service.saveVisit({*visit, *id, QDate(2012, 6, 7), QStringLiteral("Consorzio Con.Solida"), {}}).ok());
    CHECK(repo.findVisit(*visit)->partner == QStringLiteral("Consorzio Con.Solida"));

    // the trip cannot be moved away from its visits
    Event moved = trip;
    moved.startDate = QDate(2012, 9, 10);
    moved.endDate = QDate(2012, 9, 14);
    const auto refused = service.save(moved);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("Consorzio Con.Solida")));
    trip.endDate = QDate(2012, 6, 9);
    REQUIRE(service.save(trip).ok());
    CHECK(repo.find(*id)->endDate == QDate(2012, 6, 9));

    EventAttendee a;
    a.eventId = *id;
    a.role = AttendeeRole::Participant;
    a.participantId = anna;
    a.costGrosze = 350000;
    const auto annaRow = service.saveAttendee(a);
    REQUIRE(annaRow.ok());
    a.participantId = jan;
    const auto janRow = service.saveAttendee(a);
    REQUIRE(janRow.ok());
    // Jan's row cannot become a second Anna; his cost is corrected
    EventAttendee janEdit = *repo.findAttendee(*janRow);
    janEdit.participantId = anna;
    CHECK_FALSE(service.saveAttendee(janEdit).ok());
    janEdit.participantId = jan;
    janEdit.costGrosze = 360000;
    REQUIRE(service.saveAttendee(janEdit).ok());
    EventAttendee guest;
    guest.eventId = *id;
    guest.role = AttendeeRole::Guest;
    guest.name = QStringLiteral("Marco Rossi");
    guest.institution = QStringLiteral("Federazione Trentina della Cooperazione");
    REQUIRE(service.saveAttendee(guest).ok());
    CHECK(repo.counts(*id).costGrosze == 710000);
    CHECK(repo.counts(*id).participants == 2);
    CHECK(repo.counts(*id).guests == 1);

    // an attendee removed and saved again is back under the same id
    const auto removed = service.removeAttendee(*annaRow);
    REQUIRE(removed.ok());
    CHECK(repo.counts(*id).participants == 1);
    REQUIRE(service.saveAttendee(*removed).ok());
    CHECK(repo.findAttendee(*annaRow)->participantId == anna);

    const auto snapshot = service.remove(*id);
    REQUIRE(snapshot.ok());
    CHECK(repo.events().isEmpty());
    CHECK(db.scalar("SELECT count(*) FROM event_attendee") == 0);
    REQUIRE(service.restore(*snapshot).ok());
    CHECK(repo.find(*id)->programme == QStringLiteral("Dzień 1: Consorzio"));
    CHECK(repo.attendees(*id).size() == 3);
    CHECK(repo.visits(*id).size() == 1);
    CHECK(repo.counts(*id).costGrosze == 710000);
    CHECK_FALSE(service.restore(*snapshot).ok()); // it is there already
}
