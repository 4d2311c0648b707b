#include "core/io/DemoCalendar.h"
#include "core/io/DemoText.h"
#include "core/io/DemoWriter.h"
#include "core/storage/CompetitionRepository.h"
#include "core/storage/Database.h"

#include <algorithm>

// The demo's project-level parts: partners and the project office's staff, deliverables, the
// competition and the notes of the reporting periods.

namespace osiedle::core {

using namespace demo;

void DemoWriter::writePartners()
{
    Statement insert =
        m_db.prepare("INSERT INTO partner (name, role, nip, regon, krs, address, contact, responsibility) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, utf("Stowarzyszenie na rzecz Rozwoju Spółdzielczości „Wspólne Osiedle”"))
        .bind(2, "leader")
        .bind(3, nip("525"))
        .bind(4, regon())
        .bind(5, krs(false))
        .bind(6, utf("ul. Marszałkowska 87 lok. 12, 00-683 Warszawa"))
        .bind(7, utf("Katarzyna Wiśniewska, koordynator projektu, tel. 22 628 14 35"))
        .bind(8, utf("Lider projektu: zarządzanie, rekrutacja, szkolenia, Punkt Konsultacyjny."));
    insert.exec();
    insert.bind(1, utf("Mazowiecki Związek Rewizyjny Spółdzielni Mieszkaniowych"))
        .bind(2, "partner")
        .bind(3, nip("113"))
        .bind(4, regon())
        .bind(5, krs(false))
        .bind(6, utf("ul. Grochowska 272, 03-849 Warszawa"))
        .bind(7, utf("Tadeusz Borkowski, tel. 22 810 33 57"))
        .bind(8, utf("Partner: rekrutacja spółdzielni mieszkaniowych, zlecenia SM dla OSS."));
    insert.exec();
    insert.bind(1, QStringLiteral("Consorzio Cooperative Sociali Trentine"))
        .bind(2, "partner")
        .bind(3, std::nullopt)
        .bind(4, std::nullopt)
        .bind(5, std::nullopt)
        .bind(6, QStringLiteral("Via Brennero 52, 38122 Trento, Italia"))
        .bind(7, QStringLiteral("Giulia Rossi, +39 0461 123 456"))
        .bind(8, utf("Partner ponadnarodowy: wizyta studyjna w Trentino, wymiana doświadczeń."));
    insert.exec();

    // The people of the project office, who sign its documents; the coordinator by default.
    Statement staff = m_db.prepare("INSERT INTO office_staff (name, role, position) VALUES (?, ?, ?)");
    const char* const people[][3] = {
        {"Katarzyna Wiśniewska", "coordinator", "Koordynatorka projektu"},
        {"Marek Zieliński", "finance", "Specjalista ds. rozliczeń"},
        {"Ewa Kamińska", "trainer", "Trenerka"},
        {"Piotr Lewandowski", "adviser", "Doradca Punktu Konsultacyjnego"},
    };
    for (const auto& person : people) {
        staff.bind(1, utf(person[0])).bind(2, person[1]).bind(3, utf(person[2]));
        staff.exec();
    }
    m_db.exec("UPDATE project SET signatory_id = (SELECT id FROM office_staff WHERE role = 'coordinator') "
              "WHERE id = 1");
}

void DemoWriter::writeDeliverables()
{
    Statement& insert = m_db.cached(
        "INSERT INTO deliverable (kind, title, author, planned_on, done_on, status, copies_planned, copies_printed, "
        "social_coop_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    struct Item {
        const char* kind;
        const char* title;
        QDate planned;
        QDate done;
        int copies;
    };
    const Item items[] = {
        {"brochure", "Broszura informacyjna o projekcie", {2010, 12, 31}, {2010, 12, 17}, 2000},
        {"expertise",
         "Ekspertyza: potencjał ekonomii społecznej w spółdzielniach mieszkaniowych Mazowsza",
         {2011, 3, 31},
         {2011, 3, 28},
         200},
        {"study_trip", "Raport z wizyty studyjnej w Trentino", {2012, 7, 31}, {2012, 7, 20}, 100},
        {"guide", "Poradnik: jak założyć osiedlową spółdzielnię socjalną", {2012, 10, 31}, {2012, 11, 9}, 1000},
        {"competition",
         "Konkurs „Dobre praktyki spółdzielczości socjalnej na osiedlach”",
         {2013, 4, 30},
         {2013, 4, 26},
         0},
        {"film", "Film dokumentalny „Nasze osiedle, nasza praca”", {2013, 5, 31}, {2013, 5, 24}, 500},
        {"conference", "Materiały konferencji podsumowującej", {2013, 6, 30}, {2013, 6, 21}, 300},
        {"other",
         "Ekspertyza: trwałość osiedlowych spółdzielni socjalnych po zakończeniu projektu",
         {2013, 9, 30},
         QDate(),
         200},
    };
    for (const Item& item : items) {
        const bool done = item.done.isValid();
        insert.bind(1, item.kind)
            .bind(2, utf(item.title))
            .bind(3, utf("Zespół ekspertów projektu"))
            .bind(4, item.planned)
            .bind(5, done ? std::optional<QDate>(item.done) : std::nullopt)
            .bind(6, done ? "done" : "in_progress")
            .bind(7, item.copies)
            .bind(8, done ? item.copies : 0)
            .bind(9, std::nullopt);
        insert.exec();
        const qint64 id = m_db.lastInsertId();
        if (done && item.copies >= 500) {
            Statement& given = m_db.cached(
                "INSERT INTO deliverable_distribution (deliverable_id, date, recipient, copies) VALUES (?, ?, ?, ?)");
            for (size_t c = 0; c < std::min<size_t>(m_coops.size(), 20); ++c) {
                given.bind(1, id)
                    .bind(2, working(item.done.addDays(m_random.between(3, 30))))
                    .bind(3, m_coops[c].name)
                    .bind(4, m_random.between(2, 10) * 10);
                given.exec();
            }
        }
    }
    // Market research for each social cooperative before it starts working.
    for (const SocialCoop& oss : m_socialCoops) {
        const QDate done = working(oss.foundingGroupOn.addDays(m_random.between(20, 60)));
        const bool finished = done <= projectEnd;
        insert.bind(1, "market_research")
            .bind(2, utf("Badanie rynku usług na osiedlach: %1").arg(m_coops[oss.coop].name))
            .bind(3, utf("Zespół ekspertów projektu"))
            .bind(4, done)
            .bind(5, finished ? std::optional<QDate>(done) : std::nullopt)
            .bind(6, finished ? "done" : "in_progress")
            .bind(7, 10)
            .bind(8, finished ? 10 : 0)
            .bind(9, oss.id);
        insert.exec();
    }
}

void DemoWriter::writeCompetition()
{
    // The competition for good practice: the working cooperatives of the first unit, three
    // housing cooperatives and three residents, scored by three jurors.
    Statement competition =
        m_db.prepare("INSERT INTO competition (name, year, announced_on, decided_on, notes) VALUES (?, 2013, ?, ?, ?)");
    competition.bind(1, utf("Konkurs „Dobre praktyki spółdzielczości socjalnej na osiedlach”"))
        .bind(2, QDate(2013, 1, 15))
        .bind(3, QDate(2013, 4, 26))
        .bind(4, utf("Nagrody wręczono podczas konferencji podsumowującej."));
    competition.exec();
    const qint64 competitionId = m_db.lastInsertId();

    Statement category =
        m_db.prepare("INSERT INTO competition_category (competition_id, kind, name, awards) VALUES (?, ?, ?, ?)");
    const char* const kinds[] = {"social_coop", "housing_coop", "resident"};
    const char* const categoryNames[] = {"Najlepsza osiedlowa spółdzielnia socjalna",
                                         "Spółdzielnia mieszkaniowa przyjazna ekonomii społecznej",
                                         "Aktywny mieszkaniec"};
    qint64 categories[3] = {};
    for (int k = 0; k < 3; ++k) {
        category.bind(1, competitionId).bind(2, kinds[k]).bind(3, utf(categoryNames[k])).bind(4, k == 0 ? 3 : 1);
        category.exec();
        categories[k] = m_db.lastInsertId();
    }
    Statement criterion = m_db.prepare(
        "INSERT INTO competition_criterion (competition_id, name, max_points, weight) VALUES (?, ?, ?, ?)");
    const char* const criteria[] = {"Trwałość działalności", "Zatrudnienie osób zagrożonych wykluczeniem",
                                    "Współpraca ze społecznością osiedla"};
    qint64 criterionIds[3] = {};
    for (int k = 0; k < 3; ++k) {
        criterion.bind(1, competitionId).bind(2, utf(criteria[k])).bind(3, 10).bind(4, k == 1 ? 2 : 1);
        criterion.exec();
        criterionIds[k] = m_db.lastInsertId();
    }
    Statement juror = m_db.prepare("INSERT INTO juror (competition_id, name, institution) VALUES (?, ?, ?)");
    const char* const institutions[] = {"Stowarzyszenie „Wspólne Osiedle”",
                                        "Mazowiecki Związek Rewizyjny Spółdzielni Mieszkaniowych",
                                        "Regionalny Ośrodek Polityki Społecznej"};
    qint64 jurors[3] = {};
    for (int k = 0; k < 3; ++k) {
        juror.bind(1, competitionId)
            .bind(2, personName(k == 1 ? Sex::Male : Sex::Female))
            .bind(3, utf(institutions[k]));
        juror.exec();
        jurors[k] = m_db.lastInsertId();
    }

    Statement nomination = m_db.prepare(
        "INSERT INTO nomination (category_id, social_coop_id, housing_coop_id, participant_id, person_name, "
        "justification, award) VALUES (?, ?, ?, ?, ?, ?, ?)");
    Statement score =
        m_db.prepare("INSERT INTO jury_score (nomination_id, juror_id, criterion_id, points) VALUES (?, ?, ?, ?)");
    auto nominate = [&](int kind, std::optional<qint64> socialCoop, std::optional<qint64> housingCoop,
                        std::optional<qint64> participant, const QString& award) {
        nomination.bind(1, categories[kind])
            .bind(2, socialCoop)
            .bind(3, housingCoop)
            .bind(4, participant)
            .bind(5, QStringLiteral(""))
            .bind(6, utf("Zgłoszenie partnera projektu"))
            .bind(7, award);
        nomination.exec();
        const qint64 id = m_db.lastInsertId();
        for (qint64 j : jurors) {
            for (qint64 c : criterionIds) {
                score.bind(1, id).bind(2, j).bind(3, c).bind(4, m_random.between(4, 10));
                score.exec();
            }
        }
    };
    for (int k = 0; k < std::min<int>(coopsPerUnit, static_cast<int>(m_socialCoops.size())); ++k) {
        if (m_socialCoops[k].agreementOn.isValid()) {
            nominate(0, m_socialCoops[k].id, std::nullopt, std::nullopt, QStringLiteral(""));
        }
    }
    for (int k = 0; k < 3 && k < static_cast<int>(m_coops.size()); ++k) {
        nominate(1, std::nullopt, m_coops[k].id, std::nullopt, QStringLiteral(""));
    }
    int residents = 0;
    for (const Person& p : m_people) {
        if (residents == 3) {
            break;
        }
        if (p.leader && !p.leaveOn.isValid()) {
            nominate(2, std::nullopt, std::nullopt, p.id, QStringLiteral(""));
            ++residents;
        }
    }
    // The awards follow the jury's ranking: places for the best OSS, the main prize elsewhere. A
    // tie across the last award is left for the jury to decide, as in the program.
    CompetitionRepository repository(m_db);
    Statement award = m_db.prepare("UPDATE nomination SET award = ? WHERE id = ?");
    for (int k = 0; k < 3; ++k) {
        for (const CompetitionRanking::Place& p : repository.ranking(categories[k])) {
            if (p.winner && !p.tieAtLastAward) {
                award.bind(1, k == 0 ? utf("%1. miejsce").arg(p.place) : utf("Nagroda główna")).bind(2, p.nominationId);
                award.exec();
            }
        }
    }
}

void DemoWriter::writePeriodNotes()
{
    static const char* const problems[] = {
        "Opóźnienie podpisania umów z dwiema spółdzielniami mieszkaniowymi; rekrutacja przesunięta o dwa tygodnie.",
        "Niska frekwencja na pierwszych zajęciach w dwóch grupach; wprowadzono zwrot kosztów dojazdu.",
        "Trudności w ustaleniu statusu na rynku pracy części uczestników; uzupełniono zaświadczenia z PUP.",
        "Wydłużony czas rejestracji spółdzielni w KRS (braki formalne w statutach).",
        "Rezygnacje uczestników po podjęciu pracy poza projektem.",
        "Opóźnienia w wypłacie dotacji na rozpoczęcie działalności.",
        "Sezonowy spadek zleceń porządkowych w okresie zimowym.",
        "Zaległe płatności spółdzielni mieszkaniowych za zrealizowane zlecenia.",
        "Brak istotnych problemów.",
        "Konieczność aktualizacji harmonogramu wizyty studyjnej.",
        "Brak istotnych problemów.",
    };
    static const char* const plans[] = {
        "Zakończenie rekrutacji uczestników, rozpoczęcie zajęć integracyjno-motywacyjnych.",
        "Kontynuacja zajęć integracyjnych, szkolenia z zarządzania, konferencja otwierająca.",
        "Kursy zawodowe, przygotowanie statutów i zebrań założycielskich OSS.",
        "Rejestracja OSS w KRS, wnioski o dotacje, umowy o współpracy z SM.",
        "Inauguracja działalności OSS, pierwsze zlecenia SM, doradztwo księgowe.",
        "Wsparcie pomostowe, rozwój punktów usługowych, ugody ratalne.",
        "Wizyta studyjna w Trentino, konkurs dobrych praktyk.",
        "Kontynuacja zleceń SM, poradnik dla spółdzielni, film o projekcie.",
        "Rozstrzygnięcie konkursu, przygotowanie konferencji podsumowującej.",
        "Konferencja podsumowująca, rozliczenie projektu.",
        "Rozliczenie końcowe projektu.",
    };
    Statement& update = m_db.cached(
        "UPDATE reporting_period SET claim_number = ?, problems = ?, plans = ?, prepared_by = ?, prepared_role = ?, "
        "place = ?, prepared_on = ? WHERE number = ?");
    Statement periods = m_db.prepare("SELECT number, to_date FROM reporting_period ORDER BY number");
    struct Row {
        int number;
        QDate to;
    };
    QList<Row> rows;
    while (periods.step()) {
        rows.append({periods.integer(0), periods.date(1)});
    }
    for (const Row& row : rows) {
        const int i = std::min(row.number, static_cast<int>(std::size(problems))) - 1;
        const QDate prepared = DemoCalendar::onOrAfter(row.to.addDays(10));
        const bool done = prepared <= projectEnd;
        update.bind(1, QStringLiteral("WNP-POKL.07.02.02-14-123/10-%1").arg(row.number, 3, 10, QLatin1Char('0')))
            .bind(2, done ? utf(problems[i]) : QStringLiteral(""))
            .bind(3, done ? utf(plans[i]) : QStringLiteral(""))
            .bind(4, done ? utf("Katarzyna Wiśniewska") : QStringLiteral(""))
            .bind(5, done ? utf("Koordynator projektu") : QStringLiteral(""))
            .bind(6, done ? QStringLiteral("Warszawa") : QStringLiteral(""))
            .bind(7, done ? std::optional<QDate>(prepared) : std::nullopt)
            .bind(8, row.number);
        update.exec();
    }
}

} // namespace osiedle::core
