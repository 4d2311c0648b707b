#include "core/domain/FoundingPath.h"
#include "core/io/DemoCalendar.h"
#include "core/io/DemoCatalogue.h"
#include "core/io/DemoText.h"
#include "core/io/DemoWriter.h"
#include "core/storage/Database.h"
#include "core/storage/SocialCoopRepository.h"

#include <algorithm>

namespace osiedle::core {

using namespace demo;

namespace {

QString monthText(const QDate& day)
{
    return QStringLiteral("%1/%2").arg(day.month(), 2, 10, QLatin1Char('0')).arg(day.year());
}

} // namespace

void DemoWriter::writeSocialCoops(int unit)
{
    using namespace DemoCatalogue;
    // Stages of the ten cooperatives of a unit: most work, one registered late, one waiting for
    // the court, one still founding.
    std::vector<Stage> stages = {Stage::Working, Stage::Working, Stage::Working, Stage::Working,
                                 Stage::Working, Stage::Working, Stage::Working, Stage::RegisteredLate,
                                 Stage::Filing,  Stage::Founding};
    for (int i = static_cast<int>(stages.size()) - 1; i > 0; --i) {
        std::swap(stages[i], stages[m_random.between(0, i)]);
    }
    static const char* const ideas[] = {
        "Utrzymanie czystości klatek schodowych, piwnic i terenów osiedlowych na zlecenie SM.",
        "Prace remontowo-wykończeniowe i konserwacja budynków spółdzielni mieszkaniowej.",
        "Pielęgnacja zieleni osiedlowej, koszenie, nasadzenia, zimowe utrzymanie terenów.",
        "Usługi gospodarcze na osiedlu: sprzątanie, drobne naprawy, zieleń, punkt usług dla mieszkańców."};
    Statement& insert = m_db.cached("INSERT INTO social_coop (name, housing_coop_id, street, building, postal_code, "
                                    "locality, teryt, business_idea) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    constexpr int townCount = static_cast<int>(std::size(towns));
    constexpr int nameCount = static_cast<int>(std::size(socialCoopNames));
    for (int k = 0; k < coopsPerUnit; ++k) {
        const int index = unit * coopsPerUnit + k;
        const HousingCoop& coop = m_coops[index];
        const Town& t = towns[coop.town];
        SocialCoop oss;
        oss.coop = index;
        oss.stage = stages[k];
        oss.profile = m_random.weighted({35, 25, 15, 25});
        const int round = index / townCount;
        QString name = utf("Osiedlowa Spółdzielnia Socjalna „%1” w %2")
                           .arg(utf(socialCoopNames[(round * 7 + coop.town) % nameCount]), utf(t.locative));
        if (round >= nameCount) {
            name += QStringLiteral(" (%1)").arg(round / nameCount + 1);
        }
        insert.bind(1, name)
            .bind(2, coop.id)
            .bind(3, utf(m_random.pick(streets)))
            .bind(4, QString::number(m_random.between(1, 60)))
            .bind(5, QStringLiteral("%1-%2")
                         .arg(t.postalCode / 1000, 2, 10, QLatin1Char('0'))
                         .arg(t.postalCode % 1000, 3, 10, QLatin1Char('0')))
            .bind(6, utf(t.name))
            .bind(7, utf(t.teryt))
            .bind(8, utf(ideas[oss.profile]));
        insert.exec();
        oss.id = m_db.lastInsertId();
        m_socialCoops.push_back(oss);
        ++m_summary.socialCoops;
    }
}

void DemoWriter::writeFounding(int unit, int firstPerson, int lastPerson)
{
    using namespace DemoCatalogue;
    Statement& step = m_db.cached(
        "INSERT INTO founding_step (social_coop_id, step, done_on, amount, source, months) VALUES (?, ?, ?, ?, ?, ?)");
    Statement& registration = m_db.cached("UPDATE social_coop SET krs = ?, nip = ?, regon = ? WHERE id = ?");
    Statement& member = m_db.cached(
        "INSERT INTO membership (social_coop_id, participant_id, person_name, legal_person, eligible_group, role, "
        "from_date, to_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    Statement& job = m_db.cached(
        "INSERT INTO employment (participant_id, social_coop_id, employer_name, contract, start_date, end_date, "
        "fte_permille, hourly_rate, deduction_kind, deduction_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement& agreement = m_db.cached(
        "INSERT INTO cooperation_agreement (housing_coop_id, social_coop_id, number, signed_on, valid_from, valid_to, "
        "inaugurated_on, scope) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    const FoundingRules rules = SocialCoopRepository(m_db).foundingRules();
    static const char* const scopes[] = {"cleaning,other", "renovation,other", "greenery,cleaning",
                                         "cleaning,greenery,renovation,other"};

    for (int k = 0; k < coopsPerUnit; ++k) {
        SocialCoop& oss = m_socialCoops[unit * coopsPerUnit + k];
        const HousingCoop& coop = m_coops[oss.coop];
        const Town& t = towns[coop.town];
        auto done = [&](const char* name, const QDate& day, std::optional<qint64> amount = std::nullopt,
                        const QString& source = QStringLiteral(""), std::optional<int> months = std::nullopt) {
            if (day > projectEnd) {
                return false;
            }
            step.bind(1, oss.id).bind(2, name).bind(3, day).bind(4, amount).bind(5, source).bind(6, months);
            step.exec();
            return true;
        };

        QDate f;
        switch (oss.stage) {
        case Stage::Working:
            f = m_random.dateBetween({2011, 3, 1}, {2011, 5, 20});
            break;
        case Stage::RegisteredLate:
            f = m_random.dateBetween({2012, 6, 1}, {2012, 9, 30});
            break;
        case Stage::Filing:
            f = m_random.dateBetween({2012, 10, 1}, {2012, 12, 20});
            break;
        case Stage::Founding:
            f = m_random.dateBetween({2013, 1, 7}, {2013, 3, 29});
            break;
        }
        oss.foundingGroupOn = working(f);
        const QDate idea = working(oss.foundingGroupOn.addDays(m_random.between(10, 25)));
        const QDate statute = working(idea.addDays(m_random.between(14, 35)));
        const bool meets = oss.stage != Stage::Founding;
        if (meets) {
            oss.foundingMeetingOn = working(statute.addDays(m_random.between(7, 21)));
        }

        // Founders: six to nine people of the group, listed when the group forms and still in
        // the project at the founding meeting; never fewer than the project's founding rules ask for
        // (FoundingPath::minimumFounders), the ones missing are neighbours from the eligible
        // groups who are not in the project. Each founder has a "founder" row; the board and the
        // supervisory board elected at the meeting are rows of their own.
        const QDate stillThere = meets ? oss.foundingMeetingOn : oss.foundingGroupOn;
        std::vector<int> candidates;
        for (int i = firstPerson; i < lastPerson; ++i) {
            const Person& p = m_people[i];
            if (p.coop == oss.coop && p.qualified() && p.firstSupport.isValid() && p.activeOn(stillThere)) {
                candidates.push_back(i);
            }
        }
        std::stable_partition(candidates.begin(), candidates.end(), [this](int i) { return m_people[i].leader; });
        const int participantFounders = std::min<int>(static_cast<int>(candidates.size()), m_random.between(6, 10));
        const int founders = std::max(participantFounders, FoundingPath::minimumFounders(rules));
        const auto addMember = [&](std::optional<qint64> participant, const QString& name, bool legal, bool eligible,
                                   const char* role, const QDate& from, std::optional<QDate> to = std::nullopt) {
            member.bind(1, oss.id)
                .bind(2, participant)
                .bind(3, name)
                .bind(4, legal)
                .bind(5, eligible)
                .bind(6, role)
                .bind(7, from)
                .bind(8, to);
            member.exec();
        };
        QStringList neighbours;
        for (int n = 0; n < founders; ++n) {
            if (n >= participantFounders) {
                neighbours.append(personName(m_random.chance(0.5) ? Sex::Female : Sex::Male));
                addMember(std::nullopt, neighbours.last(), false, true, "founder", oss.foundingGroupOn);
                continue;
            }
            const Person& p = m_people[candidates[n]];
            const bool leaves = p.leaveOn.isValid() && m_random.chance(0.6);
            addMember(p.id, QStringLiteral(""), false, true, "founder", oss.foundingGroupOn,
                      leaves ? std::optional<QDate>(std::max(p.leaveOn, stillThere)) : std::nullopt);
            oss.members.push_back(candidates[n]);
        }
        done("founding_group", oss.foundingGroupOn);
        done("business_idea", idea);
        done("statute_drafted", statute);
        if (!meets) {
            continue;
        }
        done("founding_meeting", oss.foundingMeetingOn);
        // The board (president and a member) and, in a larger group, a supervisory board of three.
        for (int n = 0; n < founders; ++n) {
            const char* role = n == 0 ? "board_president" : (n == 1 ? "board_member" : nullptr);
            if (founders >= 8 && n >= founders - 3) {
                role = "supervisory_board";
            }
            if (role == nullptr) {
                continue;
            }
            if (n < participantFounders) {
                addMember(m_people[candidates[n]].id, QStringLiteral(""), false, true, role, oss.foundingMeetingOn);
            } else {
                addMember(std::nullopt, neighbours[n - participantFounders], false, true, role, oss.foundingMeetingOn);
            }
        }
        const QDate filed = working(oss.foundingMeetingOn.addDays(m_random.between(5, 15)));
        done("krs_filed", filed);
        if (m_random.chance(0.3)) {
            // Since 2009 a legal person may be a member: here the housing cooperative itself.
            addMember(std::nullopt, coop.name, true, false, "founder", oss.foundingMeetingOn);
        }
        if (oss.stage == Stage::Filing) {
            continue;
        }

        oss.registeredOn = working(filed.addDays(m_random.between(35, 80)));
        if (!done("registered", oss.registeredOn)) {
            continue;
        }
        registration.bind(1, krs(true)).bind(2, nip(t.taxOffice)).bind(3, regon()).bind(4, oss.id);
        registration.exec();
        done("nip_regon", working(oss.registeredOn.addDays(m_random.between(10, 25))));
        const QDate applied = working(oss.registeredOn.addDays(m_random.between(5, 20)));
        const bool applying = done("grant_applied", applied);
        const QDate granted = working(applied.addDays(m_random.between(25, 50)));
        if (applying && done("grant_granted", granted, qint64(founders) * 2000000,
                             utf("PO KL 7.2.2 – jednorazowa dotacja na utworzenie miejsca pracy"))) {
            done("bridging_support", granted, qint64(founders) * 6 * 100000, utf("PO KL 7.2.2 – wsparcie pomostowe"),
                 6);
        }

        // Later members, and one neighbour from outside the project now and then.
        for (int n = participantFounders;
             n < static_cast<int>(candidates.size()) && n < founders + m_random.between(0, 3); ++n) {
            const Person& p = m_people[candidates[n]];
            const QDate joined = working(oss.registeredOn.addDays(m_random.between(30, 200)));
            if (joined > projectEnd || !p.activeOn(joined)) {
                continue;
            }
            member.bind(1, oss.id)
                .bind(2, p.id)
                .bind(3, QStringLiteral(""))
                .bind(4, false)
                .bind(5, true)
                .bind(6, "member")
                .bind(7, joined)
                .bind(8, std::nullopt);
            member.exec();
            oss.members.push_back(candidates[n]);
        }
        const QDate neighbourJoined = working(oss.registeredOn.addDays(m_random.between(60, 300)));
        if (m_random.chance(0.2) && neighbourJoined <= projectEnd) {
            member.bind(1, oss.id)
                .bind(2, std::nullopt)
                .bind(3, personName(m_random.chance(0.5) ? Sex::Female : Sex::Male))
                .bind(4, false)
                .bind(5, true)
                .bind(6, "member")
                .bind(7, neighbourJoined)
                .bind(8, std::nullopt);
            member.exec();
        }

        if (oss.stage == Stage::Working) {
            oss.agreementOn = working(oss.registeredOn.addDays(m_random.between(30, 90)));
            const QDate inauguration = working(oss.agreementOn.addDays(m_random.between(7, 21)));
            agreement.bind(1, coop.id)
                .bind(2, oss.id)
                .bind(3, QStringLiteral("%1/%2/OSS").arg(k + 1).arg(oss.agreementOn.year()))
                .bind(4, oss.agreementOn)
                .bind(5, oss.agreementOn)
                .bind(6, QDate(2014, 12, 31))
                .bind(7, inauguration <= projectEnd ? std::optional<QDate>(inauguration) : std::nullopt)
                .bind(8, scopes[oss.profile]);
            agreement.exec();
            done("agreement_signed", oss.agreementOn);
            done("inauguration", inauguration);
        }

        // Jobs on a cooperative employment contract, for most participant members.
        const QDate hiring = oss.agreementOn.isValid() ? oss.agreementOn : working(oss.registeredOn.addDays(20));
        for (int index : oss.members) {
            Person& p = m_people[index];
            if (!m_random.chance(0.9) || hiring > projectEnd || !p.activeOn(hiring)) {
                continue;
            }
            Job j;
            j.person = index;
            j.start = hiring.addDays(-m_random.between(0, 10));
            j.start = std::max(j.start, oss.registeredOn.addDays(1));
            if (p.leaveOn.isValid()) {
                j.end = std::max(p.leaveOn, j.start);
            } else if (m_random.chance(0.08)) {
                j.end = m_random.dateBetween(j.start.addDays(90), projectEnd);
            }
            j.rate = m_random.between(90, 140) * 10;
            if (p.arrears > 0 && m_random.chance(0.7)) {
                j.deductionKind = m_random.chance(0.6) ? QStringLiteral("percent") : QStringLiteral("fixed");
                j.deductionValue = j.deductionKind == QLatin1String("percent") ? m_random.between(2, 6) * 500
                                                                               : m_random.between(2, 6) * 5000;
            }
            const int fte = m_random.weighted({50, 20, 30});
            job.bind(1, p.id)
                .bind(2, oss.id)
                .bind(3, QStringLiteral(""))
                .bind(4, "cooperative")
                .bind(5, j.start)
                .bind(6, j.end.isValid() ? std::optional<QDate>(j.end) : std::nullopt)
                .bind(7, fte == 0 ? 1000 : (fte == 1 ? 750 : 500))
                .bind(8, j.rate)
                .bind(9, j.deductionKind.isEmpty() ? std::nullopt : std::optional<QString>(j.deductionKind))
                .bind(10, j.deductionKind.isEmpty() ? std::nullopt : std::optional<qint64>(j.deductionValue));
            job.exec();
            oss.jobs.push_back(j);
        }
    }

    // A few participants find work outside the cooperatives.
    for (int i = firstPerson; i < lastPerson; ++i) {
        const Person& p = m_people[i];
        if (!p.qualified() || !p.firstSupport.isValid() || p.leaveOn.isValid() || !m_random.chance(0.05)) {
            continue;
        }
        static const char* const employers[] = {"Zakład Gospodarki Komunalnej", "PHU „Budmax”", "Sklep „Społem”",
                                                "Przedsiębiorstwo Usług Porządkowych „Eko-Czyst”"};
        job.bind(1, p.id)
            .bind(2, std::nullopt)
            .bind(3, utf(m_random.pick(employers)) + QLatin1Char(' ') + utf(towns[m_coops[p.coop].town].name))
            .bind(4, "employment")
            .bind(5, working(m_random.dateBetween({2012, 1, 2}, {2013, 3, 29})))
            .bind(6, std::nullopt)
            .bind(7, 1000)
            .bind(8, std::nullopt)
            .bind(9, std::nullopt)
            .bind(10, std::nullopt);
        job.exec();
    }
}

void DemoWriter::logHours(qint64 orderId, const SocialCoop& oss, const QDate& from, const QDate& to, int days,
                          int minMinutes, int maxMinutes)
{
    Statement& hours =
        m_db.cached("INSERT INTO work_hours (work_order_id, participant_id, date, minutes) VALUES (?, ?, ?, ?)");
    const qint64 span = from.daysTo(to);
    if (span < 0) {
        return;
    }
    QSet<qint64> usedDays;
    for (int d = 0; d < days; ++d) {
        const QDate day = DemoCalendar::onOrBefore(from.addDays(m_random.between(qint64(0), span)));
        if (day < from || usedDays.contains(day.toJulianDay())) {
            continue;
        }
        usedDays.insert(day.toJulianDay());
        const int people = m_random.between(1, 3);
        const int offset = m_random.between(0, static_cast<int>(oss.jobs.size()) - 1);
        int taken = 0;
        for (size_t n = 0; n < oss.jobs.size() && taken < people; ++n) {
            const Job& j = oss.jobs[(offset + n) % oss.jobs.size()];
            if (day < j.start || (j.end.isValid() && day > j.end)) {
                continue;
            }
            const int minutes = m_random.between(minMinutes / 30, maxMinutes / 30) * 30;
            hours.bind(1, orderId).bind(2, m_people[j.person].id).bind(3, day).bind(4, minutes);
            hours.exec();
            m_workedMinutes[monthKey(j.person, day)] += minutes;
            ++taken;
        }
    }
}

void DemoWriter::writeWorkOrders(SocialCoop& oss)
{
    if (!oss.agreementOn.isValid() || oss.jobs.empty()) {
        return;
    }
    HousingCoop& coop = m_coops[oss.coop];
    Statement& insert = m_db.cached(
        "INSERT INTO work_order (housing_coop_id, social_coop_id, year, seq, estate, kind, description, status, "
        "ordered_on, due_on, completed_on, accepted_on, invoice_number, invoiced_on, paid_on, net_amount, vat_rate, "
        "series) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    static const char* const repairs[] = {
        "Malowanie klatki schodowej",     "Naprawa chodnika przy bloku",     "Wymiana drzwi do piwnic",
        "Remont altany śmietnikowej",     "Malowanie balustrad balkonowych", "Naprawa ogrodzenia placu zabaw",
        "Ułożenie płytek w wiatrołapie",  "Odnowienie cokołu budynku",       "Remont pustostanu",
        "Naprawa zadaszenia nad wejściem"};
    static const char* const chores[] = {
        "Roznoszenie zawiadomień do lokatorów",     "Wymiana żarówek na klatkach schodowych",
        "Mycie okien na klatkach schodowych",       "Drobne naprawy zgłoszone przez lokatorów",
        "Sprzątanie piwnic po wymianie instalacji", "Wywóz liści i gałęzi"};
    // The yearly price of the recurring work of each estate.
    std::vector<qint64> cleaningPrice;
    std::vector<qint64> greeneryPrice;
    for (int e = 0; e < coop.estates.size(); ++e) {
        cleaningPrice.push_back(m_random.between(180, 450) * 1000);
        greeneryPrice.push_back(m_random.between(90, 300) * 1000);
    }

    auto order = [&](int year, const QString& estate, const char* kind, const QString& description,
                     const QDate& ordered, const QDate& due, int workDays, qint64 net, int vat, const QString& series,
                     int minMinutes, int maxMinutes) {
        if (coop.orderSeqYear != year) {
            coop.orderSeqYear = year;
            coop.orderSeq = 0;
        }
        const int seq = ++coop.orderSeq;
        QString status = QStringLiteral("draft");
        std::optional<QDate> orderedOn;
        std::optional<QDate> completed;
        std::optional<QDate> accepted;
        std::optional<QDate> invoiced;
        std::optional<QDate> paid;
        QString invoiceNumber = QStringLiteral("");
        const bool draft = ordered > projectEnd;
        const bool cancelled = !draft && QLatin1String(kind) != QLatin1String("cleaning") && m_random.chance(0.02);
        if (!draft) {
            orderedOn = ordered;
            status = cancelled ? QStringLiteral("cancelled") : QStringLiteral("ordered");
        }
        if (!draft && !cancelled) {
            const QDate finish = DemoCalendar::onOrBefore(due.addDays(-m_random.between(0, 4)));
            const QDate accept = working(finish.addDays(m_random.between(1, 6)));
            const QDate invoice = working(accept.addDays(m_random.between(0, 4)));
            const QDate payment = working(invoice.addDays(m_random.between(10, 35)));
            if (ordered.addDays(1) <= projectEnd) {
                status = QStringLiteral("in_progress");
            }
            if (finish <= projectEnd) {
                status = QStringLiteral("completed");
                completed = finish;
            }
            if (completed && accept <= projectEnd) {
                status = QStringLiteral("accepted");
                accepted = accept;
            }
            if (accepted && invoice <= projectEnd) {
                status = QStringLiteral("invoiced");
                invoiced = invoice;
                if (oss.invoiceYear != invoice.year()) {
                    oss.invoiceYear = invoice.year();
                    oss.invoiceSeq = 0;
                }
                invoiceNumber = QStringLiteral("FV %1/%2").arg(++oss.invoiceSeq).arg(invoice.year());
            }
            if (invoiced && payment <= projectEnd) {
                status = QStringLiteral("paid");
                paid = payment;
            }
        }
        insert.bind(1, coop.id)
            .bind(2, oss.id)
            .bind(3, year)
            .bind(4, seq)
            .bind(5, estate)
            .bind(6, kind)
            .bind(7, description)
            .bind(8, status)
            .bind(9, orderedOn)
            .bind(10, due)
            .bind(11, completed)
            .bind(12, accepted)
            .bind(13, invoiceNumber)
            .bind(14, invoiced)
            .bind(15, paid)
            .bind(16, net)
            .bind(17, vat)
            .bind(18, series);
        insert.exec();
        const qint64 id = m_db.lastInsertId();
        ++m_summary.workOrders;
        if (status != QLatin1String("draft") && status != QLatin1String("cancelled") &&
            status != QLatin1String("ordered")) {
            const QDate until = completed ? *completed : projectEnd;
            logHours(id, oss, ordered, until, workDays, minMinutes, maxMinutes);
        }
    };

    const int profile = oss.profile;
    const QDate lastMonth(2013, 7, 1); // July 2013 holds the drafts planned for after the project
    for (QDate month(oss.agreementOn.year(), oss.agreementOn.month(), 1); month <= lastMonth;
         month = month.addMonths(1)) {
        const int year = month.year();
        const QDate monthEnd = month.addMonths(1).addDays(-1);
        const bool season = month.month() >= 4 && month.month() <= 10;
        const double inflation = 1.0 + 0.03 * (year - 2011);
        for (int e = 0; e < coop.estates.size(); ++e) {
            const QString& estate = coop.estates[e];
            if (profile == 0 || profile == 3 || (profile == 2 && e == 0)) {
                order(year, estate, "cleaning",
                      utf("Utrzymanie czystości klatek schodowych i terenu – %1").arg(monthText(month)), working(month),
                      monthEnd, m_random.between(3, 5), qint64(double(cleaningPrice[e]) * inflation) / 100 * 100, 2300,
                      utf("Sprzątanie – %1 %2").arg(estate).arg(year), 240, 360);
            }
            if (season && (profile == 2 || profile == 3 || (profile == 0 && e == 0))) {
                // One draw per statement (see DemoWriter::writeParticipant), in the order the
                // demo has always drawn them.
                const int workDays = m_random.between(2, 4);
                const QDate start = working(month.addDays(m_random.between(0, 9)));
                order(year, estate, "greenery",
                      utf("Koszenie trawników i pielęgnacja zieleni – %1").arg(monthText(month)), start, monthEnd,
                      workDays, qint64(double(greeneryPrice[e]) * inflation) / 100 * 100, 2300,
                      utf("Zieleń – %1 %2").arg(estate).arg(year), 240, 480);
            }
        }
        if (month > QDate(2013, 6, 1)) {
            continue; // drafts only: the recurring work of the next month
        }
        const int repairsThisMonth =
            profile == 1 ? m_random.between(5, 8) : (profile == 3 ? m_random.between(3, 5) : m_random.between(0, 1));
        for (int r = 0; r < repairsThisMonth; ++r) {
            const QDate ordered = working(month.addDays(m_random.between(0, 25)));
            const int duration = m_random.between(5, 30);
            const qint64 value = m_random.between(200, 2500) * 1000;
            const int workDays = m_random.between(3, 6);
            const QString street = utf(m_random.pick(DemoCatalogue::streets));
            const QString repair = utf(m_random.pick(repairs));
            const QString description = utf("%1, ul. %2 %3").arg(repair, street).arg(m_random.between(1, 40));
            const QString estate = coop.estates[m_random.between(0, static_cast<int>(coop.estates.size()) - 1)];
            order(year, estate, "renovation", description, ordered, working(ordered.addDays(duration + 5)), workDays,
                  value, 800, QStringLiteral(""), 360, 480);
        }
        const int choresThisMonth = m_random.between(1, 3);
        for (int c = 0; c < choresThisMonth; ++c) {
            const bool winter = month.month() == 12 || month.month() <= 2;
            const QDate ordered = working(month.addDays(m_random.between(0, 25)));
            const qint64 value = m_random.between(30, 250) * 1000;
            const int workDays = m_random.between(1, 2);
            const QDate due = working(ordered.addDays(m_random.between(1, 10)));
            const QString chore =
                winter && c == 0 ? utf("Odśnieżanie i posypywanie chodników") : utf(m_random.pick(chores));
            const QString estate = coop.estates[m_random.between(0, static_cast<int>(coop.estates.size()) - 1)];
            order(year, estate, "other", chore, ordered, due, workDays, value, 2300, QStringLiteral(""), 120, 360);
        }
    }
}

void DemoWriter::writeServicePoint(const SocialCoop& oss)
{
    if (!oss.agreementOn.isValid() || !m_random.chance(0.55)) {
        return;
    }
    const QDate opened = working(oss.agreementOn.addDays(m_random.between(120, 400)));
    if (opened > QDate(2013, 3, 29)) {
        return;
    }
    static const char* const offers[] = {
        "Sprzątanie mieszkań, mycie okien, pranie dywanów", "Drobne naprawy, malowanie, montaż mebli",
        "Pielęgnacja ogródków, koszenie, przycinanie żywopłotów", "Sprzątanie, drobne naprawy, pielęgnacja ogródków"};
    static const char* const services[][3] = {
        {"Sprzątanie mieszkania po remoncie", "Mycie okien", "Pranie dywanów"},
        {"Malowanie pokoju", "Drobna naprawa hydrauliczna", "Montaż mebli"},
        {"Koszenie trawnika przy domu", "Przycinanie żywopłotu", "Sprzątanie ogródka"},
        {"Sprzątanie biura", "Wymiana zamka", "Wywóz rzeczy wielkogabarytowych"}};
    const HousingCoop& coop = m_coops[oss.coop];
    Statement& point =
        m_db.cached("INSERT INTO service_point (social_coop_id, opened_on, address, services) VALUES (?, ?, ?, ?)");
    point.bind(1, oss.id)
        .bind(2, opened)
        .bind(3, utf("ul. %1 %2, lokal użytkowy, %3")
                     .arg(utf(m_random.pick(DemoCatalogue::streets)))
                     .arg(m_random.between(1, 40))
                     .arg(utf(DemoCatalogue::towns[coop.town].name)))
        .bind(4, utf(offers[oss.profile]));
    point.exec();
    Statement& sale = m_db.cached(
        "INSERT INTO service_sale (social_coop_id, date, client_kind, service, amount) VALUES (?, ?, ?, ?, ?)");
    static const char* const clients[] = {"resident", "business", "institution"};
    for (QDate day = opened; day <= projectEnd; day = day.addDays(1)) {
        if (!DemoCalendar::isWorkingDay(day) || !m_random.chance(0.55)) {
            continue;
        }
        const int client = m_random.weighted({70, 22, 8});
        sale.bind(1, oss.id)
            .bind(2, day)
            .bind(3, clients[client])
            .bind(4, utf(services[oss.profile][m_random.between(0, 2)]))
            .bind(5, client == 0 ? m_random.between(40, 900) * 100 : m_random.between(200, 2500) * 100);
        sale.exec();
    }
}

} // namespace osiedle::core
