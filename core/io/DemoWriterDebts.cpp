#include "core/domain/Money.h"
#include "core/io/DemoCalendar.h"
#include "core/io/DemoCatalogue.h"
#include "core/io/DemoText.h"
#include "core/io/DemoWriter.h"
#include "core/storage/Database.h"

#include <algorithm>

namespace osiedle::core {

using namespace demo;

void DemoWriter::writeDebts(int firstPerson, int lastPerson)
{
    QHash<int, const Job*> jobs;
    const int firstCoop = m_people[firstPerson].coop / coopsPerUnit * coopsPerUnit;
    for (int k = firstCoop; k < firstCoop + coopsPerUnit; ++k) {
        for (const Job& j : m_socialCoops[k].jobs) {
            jobs.insert(j.person, &j);
        }
    }
    for (int i = firstPerson; i < lastPerson; ++i) {
        Person& p = m_people[i];
        if (!p.qualified() && p.status != QLatin1String("reserve")) {
            continue;
        }
        if (p.arrears > 0) {
            writeLedger(p, jobs.value(i, nullptr));
        } else if (p.evictionRisk) {
            writeEvictionCase(p, QDate(), false, 0);
        }
    }
}

void DemoWriter::writeLedger(Person& p, const Job* job)
{
    HousingCoop& coop = m_coops[p.coop];
    coop.accountCounter += m_random.between(1, 20);
    static const char* const titles[] = {"tenant_right", "ownership", "rental", "other"};
    Statement& account = m_db.cached(
        "INSERT INTO debt_account (participant_id, housing_coop_id, account_number, flat, title, opened_on) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    account.bind(1, p.id)
        .bind(2, coop.id)
        .bind(3, QStringLiteral("%1/%2").arg(coop.accountCounter, 5, 10, QLatin1Char('0')).arg(p.flat))
        .bind(4, p.flat)
        .bind(5, titles[m_random.weighted({55, 25, 15, 5})])
        .bind(6, p.recruitedOn);
    account.exec();
    p.accountId = m_db.lastInsertId();

    Statement& entry = m_db.cached(
        "INSERT INTO debt_entry (account_id, date, kind, amount, note, wage_month) VALUES (?, ?, ?, ?, ?, ?)");
    qint64 balance = 0;
    auto post = [&](const QDate& day, const char* kind, qint64 amount, const QString& note,
                    const std::optional<QString>& wageMonth = std::nullopt) {
        entry.bind(1, p.accountId).bind(2, day).bind(3, kind).bind(4, amount).bind(5, note).bind(6, wageMonth);
        entry.exec();
        balance += amount;
        ++m_summary.ledgerEntries;
    };
    post(p.recruitedOn, "opening", p.arrears, utf("Zaległość w dniu przystąpienia do projektu"));

    // One draw per statement: see DemoWriter::writeParticipant.
    const qint64 rentZlote = m_random.between(350, 900) * 100;
    const qint64 rent = rentZlote + m_random.between(0, 99);
    const qint64 allowance = m_random.chance(0.3) ? m_random.between(120, 300) * 100 : 0;
    const bool interest = m_random.chance(0.3);
    const bool writeOff = m_random.chance(0.04);
    const QDate correctionMonth = m_random.chance(0.03) ? QDate(2012, m_random.between(1, 12), 1) : QDate();
    qint64 interestTotal = 0;
    const int personIndex = static_cast<int>(&p - m_people.data());

    // The instalment plan, if the person signs one.
    QDate planSigned;
    if (p.arrears >= 100000 && m_random.chance(p.payer == 2 ? 0.35 : 0.6)) {
        planSigned = working(std::min(p.recruitedOn.addDays(m_random.between(45, 330)), QDate(2012, 12, 28)));
    }
    qint64 planId = 0;
    int planCount = 0;
    int planPaid = 0;
    int planBreaksAfter = 0;
    qint64 planAmount = 0;
    qint64 planLast = 0;
    bool planKept = false;

    for (QDate month = QDate(p.recruitedOn.year(), p.recruitedOn.month(), 1).addMonths(1);
         month <= QDate(projectEnd.year(), projectEnd.month(), 1); month = month.addMonths(1)) {
        const int year = month.year();
        if (allowance > 0 && balance > 0) {
            post(QDate(year, month.month(), 5), "housing_allowance", -std::min(allowance, balance),
                 utf("Dodatek mieszkaniowy"));
        }
        const qint64 charge = rent + rent * 3 * (year - 2011) / 100;
        post(QDate(year, month.month(), 10), "charge", charge,
             utf("Opłaty za lokal za %1/%2").arg(month.month(), 2, 10, QLatin1Char('0')).arg(year));

        // Last month's wage deduction, when the person works in an OSS.
        const QDate previous = month.addMonths(-1);
        if (job != nullptr && !job->deductionKind.isEmpty() && balance > 0) {
            const int minutes = m_workedMinutes.value(monthKey(personIndex, previous), 0);
            const qint64 wage = qint64(minutes) * job->rate / 60;
            qint64 deduction = job->deductionKind == QLatin1String("percent") ? wage * job->deductionValue / 10000
                                                                              : std::min(job->deductionValue, wage);
            deduction = std::min(deduction, balance);
            if (deduction >= 100) {
                post(QDate(year, month.month(), 10), "wage_payment", -deduction,
                     utf("Potrącenie z wynagrodzenia w spółdzielni socjalnej"),
                     previous.toString(QStringLiteral("yyyy-MM")));
            }
        }

        if (planSigned.isValid() && planId == 0 && planSigned < month.addMonths(1) && planSigned >= month) {
            const qint64 total = balance / 10000 * 10000;
            if (total >= 50000) {
                planCount = static_cast<int>(std::clamp<qint64>(total / (m_random.between(300, 600) * 100), 6, 36));
                planAmount = total / planCount / 100 * 100;
                planLast = total - planAmount * (planCount - 1);
                const double breakChance = p.payer == 2 ? 0.4 : (p.payer == 1 ? 0.1 : 0.03);
                const bool broken = m_random.chance(breakChance);
                planBreaksAfter = broken ? m_random.between(2, planCount - 1) : planCount;
                const QDate lastDue(planSigned.addMonths(planCount).year(), planSigned.addMonths(planCount).month(),
                                    15);
                planKept = !broken;
                Statement& plan = m_db.cached(
                    "INSERT INTO instalment_plan (account_id, signed_on, total, status, notes) VALUES (?, ?, ?, ?, ?)");
                plan.bind(1, p.accountId)
                    .bind(2, planSigned)
                    .bind(3, total)
                    .bind(4, broken ? "broken" : (lastDue <= projectEnd ? "completed" : "active"))
                    .bind(5, utf("Porozumienie w sprawie spłaty zadłużenia w %1 ratach").arg(planCount));
                plan.exec();
                planId = m_db.lastInsertId();
                Statement& instalment =
                    m_db.cached("INSERT INTO instalment (plan_id, seq, due_on, amount) VALUES (?, ?, ?, ?)");
                for (int k = 1; k <= planCount; ++k) {
                    const QDate due = planSigned.addMonths(k);
                    instalment.bind(1, planId)
                        .bind(2, k)
                        .bind(3, QDate(due.year(), due.month(), 15))
                        .bind(4, k == planCount ? planLast : planAmount);
                    instalment.exec();
                }
            } else {
                planSigned = QDate();
            }
        }
        if (planId != 0 && planPaid < planBreaksAfter && planSigned < month) {
            const qint64 amount = std::min(planPaid + 1 == planCount ? planLast : planAmount, balance);
            if (amount > 0) {
                ++planPaid;
                post(QDate(year, month.month(), m_random.between(8, 15)), "payment", -amount,
                     utf("Rata %1/%2 porozumienia z dnia %3")
                         .arg(planPaid)
                         .arg(planCount)
                         .arg(planSigned.toString(QStringLiteral("dd.MM.yyyy"))));
            }
        }

        // The regular payment: better once support has started.
        const bool supported = p.firstSupport.isValid() && p.firstSupport < month && p.activeOn(month);
        double probability = 0.6;
        double low = 0.5;
        double high = 1.0;
        if (supported) {
            static const double behaviour[3][3] = {{0.97, 1.05, 1.3}, {0.92, 1.0, 1.2}, {0.7, 0.7, 1.05}};
            probability = behaviour[p.payer][0];
            low = behaviour[p.payer][1];
            high = behaviour[p.payer][2];
        }
        if (balance > 0 && m_random.chance(probability)) {
            const double ratio = low + (high - low) * m_random.unit();
            const qint64 paid = std::min(qint64(double(charge) * ratio) / 100 * 100, balance);
            // Now and then the month's payment comes in two parts.
            const qint64 first = m_random.chance(0.3) ? paid / 200 * 100 : paid;
            if (first > 0) {
                post(QDate(year, month.month(), m_random.between(16, 22)), "payment", -first, utf("Wpłata"));
            }
            if (paid - first > 0) {
                post(QDate(year, month.month(), m_random.between(23, 28)), "payment", -(paid - first), utf("Wpłata"));
            }
        }
        if (correctionMonth == month) {
            post(QDate(year, month.month(), 20), "correction", m_random.between(-200, 200) * 100 + 1,
                 utf("Korekta rozliczenia zużycia wody"));
        }
        if (writeOff && month == QDate(2012, 12, 1) && interestTotal > 0 && balance > 0) {
            post(QDate(2012, 12, 20), "write_off", -std::min(interestTotal, balance),
                 utf("Umorzenie odsetek uchwałą zarządu spółdzielni"));
        }
        if (interest && month.month() % 3 == 0 && balance > 0) {
            const qint64 due = Money::fromGrosze(balance).percentOf(200).grosze();
            if (due > 0) {
                post(month.addMonths(1).addDays(-1), "interest", due, utf("Odsetki za zwłokę za kwartał"));
                interestTotal += due;
            }
        }
    }
    if (p.evictionRisk) {
        writeEvictionCase(p, planId != 0 ? planSigned : QDate(), planKept, balance);
    }
}

void DemoWriter::writeEvictionCase(const Person& p, const QDate& planSigned, bool planKept, qint64 arrearsLeft)
{
    struct Step {
        const char* stage;
        QDate date;
        QString notes;
    };
    std::vector<Step> steps;
    const QDate entry = p.recruitedOn;
    auto before = [&](const QDate& day) { return std::min(day, entry.addDays(-10)); };
    steps.push_back(
        {"demand_letter", before(entry.addDays(-m_random.between(200, 700))), utf("Wezwanie do zapłaty zaległości")});
    QString signature = QStringLiteral("");
    std::optional<bool> socialFlat;
    if (m_random.chance(0.7)) {
        const QDate lawsuit = before(steps.back().date.addDays(m_random.between(60, 200)));
        steps.push_back({"lawsuit", lawsuit, utf("Pozew o zapłatę i opróżnienie lokalu")});
        signature = QStringLiteral("I C %1/%2")
                        .arg(m_random.between(100, 2500))
                        .arg(lawsuit.year() % 100, 2, 10, QLatin1Char('0'));
        if (m_random.chance(0.65)) {
            steps.push_back({"judgment", before(lawsuit.addDays(m_random.between(90, 240))), utf("Wyrok eksmisyjny")});
            if (m_random.chance(0.5)) {
                socialFlat = m_random.chance(0.6);
                steps.push_back({"eviction_ordered", before(steps.back().date.addDays(m_random.between(30, 120))),
                                 *socialFlat ? utf("Eksmisja z prawem do lokalu socjalnego")
                                             : utf("Eksmisja bez prawa do lokalu socjalnego")});
            }
        }
    }
    // Strictly increasing even when the entry date squeezed them together.
    for (size_t i = 1; i < steps.size(); ++i) {
        if (steps[i].date <= steps[i - 1].date) {
            steps[i].date = steps[i - 1].date.addDays(1);
        }
    }
    std::optional<QDate> evictionOn;
    QDate last = std::max(steps.back().date, entry);
    if (planSigned.isValid()) {
        steps.push_back({"instalment_agreement", std::max(planSigned, last.addDays(1)),
                         utf("Porozumienie ratalne ze spółdzielnią")});
        last = steps.back().date;
        if (planKept) {
            const QDate outcome = working(last.addDays(m_random.between(30, 150)));
            if (outcome <= projectEnd) {
                const int roll = m_random.weighted({55, 25, 20});
                if (roll == 2 && arrearsLeft < p.arrears / 3) {
                    steps.push_back({"settled", outcome, utf("Zadłużenie spłacone, sprawa zakończona")});
                } else if (roll == 1) {
                    steps.push_back({"withdrawn", outcome, utf("Spółdzielnia cofnęła wniosek")});
                } else {
                    steps.push_back({"suspended", outcome, utf("Postępowanie zawieszone na czas spłaty")});
                }
            }
        }
    } else if (m_random.chance(0.2)) {
        const QDate suspended =
            working(m_random.dateBetween(std::max(last.addDays(1), QDate(2011, 6, 1)), {2013, 3, 29}));
        if (suspended > last) {
            steps.push_back({"suspended", suspended, utf("Zawieszenie na wniosek OPS")});
        }
    } else if (QLatin1String(steps.back().stage) == QLatin1String("eviction_ordered") && m_random.chance(0.35)) {
        // Evictions are not carried out from November to March.
        const QDate day = working(m_random.dateBetween({2012, 4, 2}, {2012, 10, 26}));
        if (day > last) {
            steps.push_back({"executed", day, utf("Eksmisja wykonana przez komornika")});
            evictionOn = day;
        }
    }

    Statement& insert = m_db.cached("INSERT INTO eviction_case (participant_id, account_id, court, signature, "
                                    "social_flat_right, eviction_on, notes) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, p.id)
        .bind(2, p.accountId != 0 ? std::optional<qint64>(p.accountId) : std::nullopt)
        .bind(3, signature.isEmpty() ? QStringLiteral("") : utf(DemoCatalogue::towns[m_coops[p.coop].town].court))
        .bind(4, signature)
        .bind(5, socialFlat)
        .bind(6, evictionOn)
        .bind(7, QStringLiteral(""));
    insert.exec();
    const qint64 caseId = m_db.lastInsertId();
    Statement& stage = m_db.cached("INSERT INTO eviction_stage (case_id, stage, date, notes) VALUES (?, ?, ?, ?)");
    for (const Step& s : steps) {
        if (s.date > projectEnd) {
            continue;
        }
        stage.bind(1, caseId).bind(2, s.stage).bind(3, s.date).bind(4, s.notes);
        stage.exec();
    }
}

} // namespace osiedle::core
