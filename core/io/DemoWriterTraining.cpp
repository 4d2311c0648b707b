#include "core/io/DemoCalendar.h"
#include "core/io/DemoCatalogue.h"
#include "core/io/DemoText.h"
#include "core/io/DemoWriter.h"
#include "core/storage/Database.h"

#include <algorithm>

namespace osiedle::core {

using namespace demo;

namespace {

QList<QDate> schedule(QDate day, int count, const QList<int>& weekdays)
{
    QList<QDate> days;
    while (days.size() < count) {
        if (DemoCalendar::isWorkingDay(day) && weekdays.contains(day.dayOfWeek())) {
            days << day;
        }
        day = day.addDays(1);
    }
    return days;
}

struct Vocation {
    const char* name;
    std::initializer_list<const char*> topics;
};

} // namespace

qint64 DemoWriter::writeCourse(const CourseSpec& spec, const std::vector<int>& people)
{
    const QList<QDate> days = schedule(spec.start, spec.sessions, spec.weekdays);
    Statement& course = m_db.cached(
        "INSERT INTO course (support_form_id, name, social_coop_id, trainer, place, planned_minutes, "
        "threshold_percent, "
        "start_date, end_date) VALUES ((SELECT id FROM support_form WHERE kind = ?), ?, ?, ?, ?, ?, ?, ?, ?)");
    course.bind(1, spec.kind)
        .bind(2, spec.name)
        .bind(3, spec.socialCoop >= 0 ? std::optional<qint64>(m_socialCoops[spec.socialCoop].id) : std::nullopt)
        .bind(4, spec.trainer)
        .bind(5, spec.place)
        .bind(6, spec.sessions * spec.minutes)
        .bind(7, spec.threshold)
        .bind(8, days.first())
        .bind(9, days.last());
    course.exec();
    const qint64 courseId = m_db.lastInsertId();
    ++m_summary.courses;

    Statement& session = m_db.cached(
        "INSERT INTO session (course_id, date, start_time, minutes, topic, trainer) VALUES (?, ?, ?, ?, ?, ?)");
    std::vector<qint64> sessionIds;
    sessionIds.reserve(days.size());
    for (int i = 0; i < days.size(); ++i) {
        session.bind(1, courseId)
            .bind(2, days[i])
            .bind(3, spec.startTime)
            .bind(4, spec.minutes)
            .bind(5, spec.topics.isEmpty() ? QStringLiteral("") : spec.topics[i % spec.topics.size()])
            .bind(6, spec.trainer);
        session.exec();
        sessionIds.push_back(m_db.lastInsertId());
    }
    m_summary.sessions += days.size();

    Statement& enrolment = m_db.cached(
        "INSERT INTO enrolment (course_id, participant_id, enrolled_on, withdrawn_on, withdrawal_reason, completed_on, "
        "certificate_number, certificate_issued_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    Statement& mark = m_db.cached("INSERT INTO attendance (session_id, participant_id, status) VALUES (?, ?, ?)");
    const int needed = (spec.sessions * spec.minutes * spec.threshold + 99) / 100;
    m_lastCourse = {0, courseId, days.first(), days.last(), {}};
    const QDate issued = DemoCalendar::onOrAfter(days.last().addDays(7));
    int certificate = 0;
    for (int index : people) {
        Person& p = m_people[index];
        const QDate enrolled = std::max(p.statusOn, days.first().addDays(-m_random.between(3, 14)));
        int attended = 0;
        std::optional<QDate> completed;
        for (int i = 0; i < days.size(); ++i) {
            const QDate& day = days[i];
            if (day < enrolled || !p.supportedOn(day)) {
                continue;
            }
            const char* status = "present";
            if (!m_random.chance(p.reliability)) {
                status = m_random.chance(0.5) ? "excused" : "absent";
            } else {
                attended += spec.minutes;
                if (!p.firstSupport.isValid() || day < p.firstSupport) {
                    p.firstSupport = day;
                }
                p.lastSupport = std::max(p.lastSupport, day);
                if (!completed && attended >= needed) {
                    completed = day;
                }
            }
            mark.bind(1, sessionIds[i]).bind(2, p.id).bind(3, status);
            mark.exec();
            ++m_summary.attendanceMarks;
        }
        const bool withdrew = p.leaveOn.isValid() && p.leaveOn < days.last();
        std::optional<qint64> number;
        std::optional<QDate> issuedOn;
        if (completed && spec.certificates) {
            number = ++certificate;
            if (issued <= projectEnd) {
                issuedOn = issued;
            }
        }
        enrolment.bind(1, courseId)
            .bind(2, p.id)
            .bind(3, enrolled)
            .bind(4, withdrew ? std::optional<QDate>(std::max(p.leaveOn, enrolled)) : std::nullopt)
            .bind(5, withdrew ? p.leaveReason : QStringLiteral(""))
            .bind(6, completed)
            .bind(7, number)
            .bind(8, issuedOn);
        enrolment.exec();
        m_lastCourse.people.emplace_back(index, withdrew ? std::max(p.leaveOn, enrolled) : QDate());
    }
    return courseId;
}

void DemoWriter::writeTraining(int unit, int firstPerson, int lastPerson)
{
    using namespace DemoCatalogue;
    auto trainer = [this](const char* title, Sex sex) { return utf(title) + QLatin1Char(' ') + personName(sex); };
    const QString psychologist = trainer("mgr", Sex::Female);
    const QString counsellor = trainer("doradca zawodowy", Sex::Female);
    const QString manager = trainer("dr", Sex::Male);
    const QString itTrainer = trainer("mgr inż.", Sex::Male);

    static const Vocation vocations[] = {
        {"Kurs zawodowy: pracownik utrzymania czystości",
         {"Środki i sprzęt do utrzymania czystości", "Sprzątanie klatek schodowych i pomieszczeń wspólnych",
          "Mycie okien i przeszkleń", "Pielęgnacja posadzek", "Utrzymanie terenów zewnętrznych",
          "BHP przy pracach porządkowych", "Zajęcia praktyczne na osiedlu"}},
        {"Kurs zawodowy: konserwator budynków – prace remontowo-wykończeniowe",
         {"Przygotowanie podłoża i malowanie", "Tynki i gładzie", "Układanie płytek", "Drobne naprawy hydrauliczne",
          "Drobne naprawy elektryczne", "Stolarka drzwiowa i okienna", "BHP przy pracach remontowych",
          "Zajęcia praktyczne – remont klatki schodowej"}},
        {"Kurs zawodowy: pielęgnacja terenów zielonych",
         {"Rośliny na osiedlu – rozpoznawanie i pielęgnacja", "Koszenie i pielęgnacja trawników",
          "Cięcie drzew i krzewów", "Zakładanie rabat", "Obsługa sprzętu ogrodniczego", "BHP przy pracach ogrodniczych",
          "Zajęcia praktyczne na osiedlu"}},
        {"Kurs zawodowy: pracownik gospodarczy (sprzątanie i drobne naprawy)",
         {"Utrzymanie czystości w budynkach", "Malowanie i drobne prace wykończeniowe", "Drobne naprawy hydrauliczne",
          "Pielęgnacja zieleni osiedlowej", "Obsługa elektronarzędzi", "BHP i pierwsza pomoc",
          "Zajęcia praktyczne na osiedlu"}},
    };
    const QStringList integrationOne = utfList(
        {"Poznajmy się – integracja grupy", "Komunikacja interpersonalna", "Asertywność w życiu codziennym",
         "Radzenie sobie ze stresem", "Rozwiązywanie konfliktów", "Motywacja i wyznaczanie celów", "Praca w zespole",
         "Budowanie poczucia własnej wartości", "Gospodarowanie budżetem domowym", "Trening umiejętności społecznych"});
    const QStringList integrationTwo = utfList(
        {"Bilans umiejętności zawodowych", "Rynek pracy w regionie", "Spółdzielczość socjalna – idea i przykłady",
         "Prawa i obowiązki członka spółdzielni", "Przedsiębiorczość społeczna", "Planowanie ścieżki zawodowej",
         "Autoprezentacja", "Wizyta w działającej spółdzielni socjalnej"});

    // The OSS groups: qualified participants of each housing cooperative.
    std::vector<std::vector<int>> groups(coopsPerUnit);
    for (int i = firstPerson; i < lastPerson; ++i) {
        if (m_people[i].qualified()) {
            groups[m_people[i].coop - unit * coopsPerUnit].push_back(i);
        }
    }
    auto activeAt = [this](const std::vector<int>& people, const QDate& day, double share) {
        std::vector<int> chosen;
        for (int i : people) {
            if (m_people[i].supportedOn(day) && m_people[i].statusOn <= day.addDays(7) && m_random.chance(share)) {
                chosen.push_back(i);
            }
        }
        return chosen;
    };

    // Opening conference, for the whole unit.
    std::vector<int> everyone;
    for (const auto& group : groups) {
        everyone.insert(everyone.end(), group.begin(), group.end());
    }
    {
        CourseSpec spec{"conference",
                        utf("Konferencja otwierająca projekt"),
                        -1,
                        utf("Zespół projektu"),
                        utf("Warszawa, Centrum Konferencyjne „Zgoda”"),
                        DemoCalendar::onOrAfter(m_random.dateBetween({2011, 3, 14}, {2011, 3, 31})),
                        1,
                        360,
                        {1, 2, 3, 4, 5},
                        QStringLiteral("10:00"),
                        100,
                        false,
                        utfList({"Ekonomia społeczna na osiedlach – inauguracja projektu"})};
        writeCourse(spec, activeAt(everyone, spec.start, 0.6));
    }

    for (int k = 0; k < coopsPerUnit; ++k) {
        const int socialCoop = unit * coopsPerUnit + k;
        const HousingCoop& coop = m_coops[socialCoop];
        const QString place = utf("Świetlica %1, %2").arg(coop.estates.first(), utf(towns[coop.town].name));
        const std::vector<int>& group = groups[k];
        if (group.empty()) {
            continue;
        }
        // Leaders: the first three of each group take the management training and the trip.
        for (int i = 0; i < std::min<int>(3, static_cast<int>(group.size())); ++i) {
            m_people[group[i]].leader = true;
        }
        const QDate start = DemoCalendar::onOrAfter(m_random.dateBetween({2011, 1, 17}, {2011, 3, 7}));
        CourseSpec one{"integration",
                       utf("Zajęcia integracyjno-motywacyjne – moduł I, grupa %1").arg(k + 1),
                       socialCoop,
                       psychologist,
                       place,
                       start,
                       20,
                       240,
                       {2, 4},
                       QStringLiteral("09:00"),
                       80,
                       true,
                       integrationOne};
        writeCourse(one, activeAt(group, start, 1.0));
        surveyLastCourse(0); // the attitude questionnaire at the first and the last class
        const QDate startTwo = start.addDays(70 + m_random.between(10, 20));
        CourseSpec two{"integration",
                       utf("Zajęcia integracyjno-motywacyjne – moduł II, grupa %1").arg(k + 1),
                       socialCoop,
                       counsellor,
                       place,
                       startTwo,
                       15,
                       240,
                       {1, 3},
                       QStringLiteral("09:00"),
                       80,
                       true,
                       integrationTwo};
        writeCourse(two, activeAt(group, startTwo, 1.0));
        surveyLastCourse(1); // the knowledge test

        const Vocation& vocation = vocations[m_socialCoops[socialCoop].profile];
        const QDate startVocational = DemoCalendar::onOrAfter(m_random.dateBetween({2011, 6, 6}, {2011, 9, 12}));
        QStringList topics;
        for (const char* topic : vocation.topics) {
            topics << utf(topic);
        }
        CourseSpec vocational{"vocational", utf("%1, grupa %2").arg(utf(vocation.name)).arg(k + 1),
                              socialCoop,   trainer("instruktor", m_random.chance(0.5) ? Sex::Male : Sex::Female),
                              place,        startVocational,
                              25,           360,
                              {1, 2, 3, 4}, QStringLiteral("08:00"),
                              80,           true,
                              topics};
        writeCourse(vocational, activeAt(group, startVocational, 0.78));
    }

    // Management training for future board members, three groups per unit.
    const int managementGroups[][2] = {{0, 4}, {4, 7}, {7, 10}};
    for (int g = 0; g < 3; ++g) {
        std::vector<int> leaders;
        for (int k = managementGroups[g][0]; k < managementGroups[g][1]; ++k) {
            for (int i : groups[k]) {
                if (m_people[i].leader) {
                    leaders.push_back(i);
                }
            }
        }
        const QDate start = DemoCalendar::onOrAfter(m_random.dateBetween({2011, 4, 4}, {2011, 5, 9}));
        CourseSpec spec{"management",
                        utf("Szkolenie z zarządzania spółdzielnią socjalną, grupa %1").arg(g + 1),
                        -1,
                        manager,
                        utf("Sala szkoleniowa lidera projektu, Warszawa"),
                        start,
                        16,
                        300,
                        {3, 5},
                        QStringLiteral("10:00"),
                        80,
                        true,
                        utfList({"Ustawa o spółdzielniach socjalnych", "Statut i organy spółdzielni",
                                 "Podstawy rachunkowości i podatków", "Biznesplan spółdzielni", "Marketing usług",
                                 "Zarządzanie zespołem", "Umowy i zamówienia publiczne", "Kadry i płace w spółdzielni",
                                 "Pozyskiwanie środków zewnętrznych", "BHP w spółdzielni"})};
        writeCourse(spec, activeAt(leaders, start, 1.0));
    }

    // Computer courses ("other" support), four per unit.
    const int computerGroups[][2] = {{0, 2}, {2, 5}, {5, 7}, {7, 10}};
    for (int g = 0; g < 4; ++g) {
        std::vector<int> people;
        for (int k = computerGroups[g][0]; k < computerGroups[g][1]; ++k) {
            people.insert(people.end(), groups[k].begin(), groups[k].end());
        }
        const QDate start = DemoCalendar::onOrAfter(m_random.dateBetween({2011, 10, 3}, {2012, 2, 13}));
        CourseSpec spec{"other",
                        utf("Kurs obsługi komputera i Internetu, grupa %1").arg(g + 1),
                        -1,
                        itTrainer,
                        utf("Pracownia komputerowa, %1")
                            .arg(utf(towns[m_coops[unit * coopsPerUnit + computerGroups[g][0]].town].name)),
                        start,
                        10,
                        240,
                        {2, 4},
                        QStringLiteral("16:00"),
                        80,
                        true,
                        utfList({"Podstawy obsługi komputera", "Edytor tekstu", "Arkusz kalkulacyjny",
                                 "Poczta elektroniczna", "Internet – urzędy i ogłoszenia o pracę"})};
        writeCourse(spec, activeAt(people, start, 0.5));
    }

    // The study trip to Trentino: two leaders of each group.
    {
        std::vector<int> travellers;
        for (const auto& group : groups) {
            int taken = 0;
            for (int i : group) {
                if (m_people[i].leader && taken < 2) {
                    travellers.push_back(i);
                    ++taken;
                }
            }
        }
        QDate monday = m_random.dateBetween({2012, 4, 16}, {2012, 6, 18});
        monday = monday.addDays(1 - monday.dayOfWeek());
        CourseSpec spec{
            "study_trip",
            utf("Wizyta studyjna w Trentino"),
            -1,
            utf("Giulia Rossi (partner włoski)"),
            QStringLiteral("Trento, Italia"),
            monday,
            5,
            480,
            {1, 2, 3, 4, 5},
            QStringLiteral("08:00"),
            80,
            false,
            utfList({"Spotkanie z partnerem, prezentacja konsorcjum", "Wizyty w spółdzielniach socjalnych typu B",
                     "Usługi dla wspólnot mieszkaniowych – studium przypadków", "Spotkanie w urzędzie prowincji Trento",
                     "Podsumowanie wizyty"})};
        const std::vector<int> present = activeAt(travellers, spec.start, 1.0);
        const qint64 id = writeCourse(spec, present);
        writeEvent("study_trip", spec.name, id, schedule(spec.start, spec.sessions, spec.weekdays), present,
                   spec.place);
    }

    // Closing conference.
    {
        CourseSpec spec{"conference",
                        utf("Konferencja podsumowująca projekt"),
                        -1,
                        utf("Zespół projektu"),
                        utf("Warszawa, Centrum Konferencyjne „Zgoda”"),
                        DemoCalendar::onOrAfter(m_random.dateBetween({2013, 6, 10}, {2013, 6, 21})),
                        1,
                        360,
                        {1, 2, 3, 4, 5},
                        QStringLiteral("10:00"),
                        100,
                        false,
                        utfList({"Osiedlowe spółdzielnie socjalne – rezultaty i dobre praktyki"})};
        const std::vector<int> present = activeAt(everyone, spec.start, 0.7);
        const qint64 id = writeCourse(spec, present);
        writeEvent("conference", spec.name, id, {spec.start}, present, spec.place);
    }
}

void DemoWriter::writeEvent(const char* kind, const QString& name, qint64 courseId, const QList<QDate>& days,
                            const std::vector<int>& people, const QString& place)
{
    Statement& event = m_db.cached("INSERT INTO event (kind, name, start_date, end_date, place, programme, course_id) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?)");
    event.bind(1, kind)
        .bind(2, name)
        .bind(3, days.first())
        .bind(4, days.last())
        .bind(5, place)
        .bind(6, QStringLiteral(""))
        .bind(7, courseId);
    event.exec();
    const qint64 eventId = m_db.lastInsertId();
    Statement& attendee =
        m_db.cached("INSERT INTO event_attendee (event_id, participant_id, name, institution, role, cost, attended) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)");
    const qint64 cost = QLatin1String(kind) == QLatin1String("study_trip") ? 420000 : 15000;
    for (int i : people) {
        const Person& p = m_people[i];
        attendee.bind(1, eventId)
            .bind(2, p.id)
            .bind(3, QStringLiteral(""))
            .bind(4, QStringLiteral(""))
            .bind(5, "participant")
            .bind(6, cost)
            .bind(7, p.lastSupport >= days.first());
        attendee.exec();
    }
    for (int s = 0; s < 2; ++s) {
        attendee.bind(1, eventId)
            .bind(2, std::nullopt)
            .bind(3, personName(s == 0 ? Sex::Female : Sex::Male))
            .bind(4, utf("Stowarzyszenie „Wspólne Osiedle”"))
            .bind(5, "staff")
            .bind(6, cost)
            .bind(7, true);
        attendee.exec();
    }
    if (QLatin1String(kind) == QLatin1String("conference")) {
        // External guests from the partner institutions (fixed, so the rest of the demo draws the
        // same random numbers).
        static const char* const guests[][2] = {
            {"Anna Zalewska", "Miejski Ośrodek Pomocy Społecznej w Płocku"},
            {"Piotr Sadowski", "Powiatowy Urząd Pracy w Otwocku"},
            {"Ewa Chmielewska", "Mazowieckie Centrum Polityki Społecznej"},
            {"Tomasz Górecki", "Wojewódzki Urząd Pracy w Warszawie"},
            {"Joanna Pietrzak", "Ośrodek Pomocy Społecznej w Legionowie"},
            {"Marek Kubiak", "Krajowa Rada Spółdzielcza"},
            {"Agnieszka Wróbel", "Urząd Miasta Radomia"},
            {"Krzysztof Baran", "Związek Rewizyjny Spółdzielni Mieszkaniowych RP"},
            {"Barbara Sikora", "Ośrodek Wsparcia Ekonomii Społecznej w Siedlcach"},
            {"Paweł Laskowski", "Fundacja Inicjatyw Społeczno-Ekonomicznych"},
            {"Magdalena Szulc", "Powiatowe Centrum Pomocy Rodzinie w Ciechanowie"},
            {"Grzegorz Ostrowski", "Bank Gospodarstwa Krajowego"},
        };
        for (const auto& guest : guests) {
            attendee.bind(1, eventId)
                .bind(2, std::nullopt)
                .bind(3, utf(guest[0]))
                .bind(4, utf(guest[1]))
                .bind(5, "guest")
                .bind(6, cost)
                .bind(7, true);
            attendee.exec();
        }
    }
    if (QLatin1String(kind) == QLatin1String("study_trip")) {
        Statement& visit = m_db.cached("INSERT INTO event_visit (event_id, date, partner, notes) VALUES (?, ?, ?, ?)");
        static const char* const partners[] = {"Consorzio Cooperative Sociali Trentine",
                                               "Cooperativa sociale di tipo B „Il Ponte”",
                                               "Provincia autonoma di Trento – Servizio Lavoro"};
        for (int v = 0; v < 3; ++v) {
            visit.bind(1, eventId).bind(2, days[std::min<qsizetype>(v + 1, days.size() - 1)]).bind(3, utf(partners[v]));
            visit.bind(4, QStringLiteral(""));
            visit.exec();
        }
    }
}

void DemoWriter::writeConsultations(int unit, int firstPerson, int lastPerson)
{
    static const char* const areas[] = {"legal", "accounting", "administrative", "funding", "other"};
    static const char* const topics[][4] = {
        {"Statut spółdzielni socjalnej", "Umowa o współpracy z SM", "Postępowanie eksmisyjne – prawa lokatora",
         "Ugoda z wierzycielem"},
        {"Ewidencja księgowa spółdzielni", "Rozliczenie VAT", "Lista płac i składki ZUS", "Sprawozdanie finansowe"},
        {"Wniosek do KRS", "Zgłoszenie NIP i REGON", "Dokumentacja zatrudnienia", "Pisma do urzędów"},
        {"Wniosek o dotację na rozpoczęcie działalności", "Wsparcie pomostowe – rozliczenie", "Środki PFRON i PUP",
         "Dodatek mieszkaniowy – wniosek"},
        {"Sprawy bieżące", "Planowanie działalności", "Konflikt w zespole", "Promocja usług"},
    };
    static const char* const outcomes[] = {"Udzielono porady ustnej", "Przygotowano wzór pisma",
                                           "Sprawdzono dokumenty, wskazano braki", "Ustalono plan dalszych działań"};
    const QString advisers[] = {utf("mec. ") + personName(Sex::Female), personName(Sex::Female), personName(Sex::Male),
                                personName(Sex::Female)};
    Statement& insert = m_db.cached(
        "INSERT INTO consultation (date, adviser, social_coop_id, participant_id, area, topic, minutes, outcome, "
        "follow_up_on, follow_up_done) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const int count = m_random.between(380, 420);
    for (int n = 0; n < count; ++n) {
        const QDate day = DemoCalendar::onOrBefore(m_random.dateBetween({2011, 2, 1}, {2013, 6, 28}));
        std::optional<qint64> socialCoop;
        std::optional<qint64> participant;
        int area = 0;
        if (m_random.chance(0.55)) {
            SocialCoop& oss = m_socialCoops[unit * coopsPerUnit + m_random.between(0, coopsPerUnit - 1)];
            if (oss.foundingGroupOn.isValid() && oss.foundingGroupOn <= day) {
                socialCoop = oss.id;
            }
            area = m_random.weighted({30, 30, 20, 15, 5});
        } else {
            area = m_random.weighted({40, 10, 25, 10, 15});
        }
        if (!socialCoop || m_random.chance(0.4)) {
            // A person who is in the project on that day.
            for (int attempt = 0; attempt < 8; ++attempt) {
                Person& p = m_people[m_random.between(firstPerson, lastPerson - 1)];
                if (p.qualified() && p.statusOn <= day && p.supportedOn(day)) {
                    participant = p.id;
                    if (!p.firstSupport.isValid() || day < p.firstSupport) {
                        p.firstSupport = day;
                    }
                    p.lastSupport = std::max(p.lastSupport, day);
                    break;
                }
            }
        }
        if (!socialCoop && !participant) {
            continue;
        }
        std::optional<QDate> followUp;
        bool followUpDone = false;
        if (m_random.chance(0.2)) {
            followUp = DemoCalendar::onOrAfter(day.addDays(m_random.between(7, 30)));
            followUpDone = *followUp < projectEnd.addDays(-7) && m_random.chance(0.9);
        }
        insert.bind(1, day)
            .bind(2, advisers[area % 4])
            .bind(3, socialCoop)
            .bind(4, participant)
            .bind(5, areas[area])
            .bind(6, utf(topics[area][m_random.between(0, 3)]))
            .bind(7, m_random.between(2, 12) * 15)
            .bind(8, utf(m_random.pick(outcomes)))
            .bind(9, followUp)
            .bind(10, followUpDone);
        insert.exec();
        ++m_summary.consultations;
    }
}

} // namespace osiedle::core
