#include "core/io/DemoWriter.h"

#include "core/domain/Pesel.h"
#include "core/io/DemoCalendar.h"
#include "core/io/DemoCatalogue.h"
#include "core/io/DemoText.h"
#include "core/services/ProjectService.h"
#include "core/storage/Database.h"

namespace osiedle::core {

using namespace demo;

namespace {

using namespace DemoCatalogue;

QString feminine(const QString& surname)
{
    if (surname.endsWith(QLatin1String("ski")) || surname.endsWith(QLatin1String("cki")) ||
        surname.endsWith(QLatin1String("zki"))) {
        return surname.left(surname.size() - 1) + QLatin1Char('a');
    }
    return surname;
}

// E-mail addresses are ASCII: Polish letters lose their marks.
QString asciiFold(const QString& text)
{
    static const QString from = QStringLiteral("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ");
    static const QString to = QStringLiteral("acelnoszzACELNOSZZ");
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const auto i = from.indexOf(c);
        if (i >= 0) {
            result.append(to.at(i));
        } else if (c.isLetterOrNumber()) {
            result.append(c);
        }
    }
    return result.toLower();
}

int digit(const QString& s, int i)
{
    return s.at(i).digitValue();
}

} // namespace

DemoWriter::DemoWriter(Database& db, const DemoOptions& options)
    : m_db(db), m_options(options), m_random(options.seed ^ 0x4F534945ULL),
      m_surveyRandom(options.seed ^ 0x414E4B45ULL)
{
}

DemoSummary DemoWriter::run()
{
    writeProject();
    writePartners();
    writeInstruments();
    for (int unit = 0; unit < m_options.scale; ++unit) {
        writeUnit(unit);
    }
    writeDeliverables();
    writeCompetition();
    writePeriodNotes();
    // Written last: a file that has it holds the whole demo (everything is one transaction).
    Statement marker = m_db.prepare("INSERT INTO setting (key, value) VALUES ('demo', ?)");
    marker.bind(1, QStringLiteral("scale=%1;seed=%2").arg(m_options.scale).arg(m_options.seed));
    marker.exec();
    return m_summary;
}

void DemoWriter::writeProject()
{
    ProjectDetails details;
    details.title = utf("Partnerstwo na rzecz ekonomii społecznej: osiedlowe spółdzielnie socjalne");
    details.contractNumber = QStringLiteral("POKL.07.02.02-14-123/10");
    details.beneficiary = utf("Stowarzyszenie na rzecz Rozwoju Spółdzielczości „Wspólne Osiedle”");
    details.beneficiaryAddress = utf("ul. Marszałkowska 87 lok. 12, 00-683 Warszawa");
    details.place = QStringLiteral("Warszawa");
    details.startDate = projectStart;
    details.endDate = projectEnd;
    details.quarterlyPeriods = true;
    ProjectService::writeStartingState(m_db, details);
}

void DemoWriter::writeUnit(int unit)
{
    writeHousingCoops(unit);
    writeSocialCoops(unit);
    const int firstPerson = static_cast<int>(m_people.size());
    writeParticipants(unit);
    const int lastPerson = static_cast<int>(m_people.size());
    writeTraining(unit, firstPerson, lastPerson);
    writeConsultations(unit, firstPerson, lastPerson);
    writeFounding(unit, firstPerson, lastPerson);
    for (int i = unit * coopsPerUnit; i < (unit + 1) * coopsPerUnit; ++i) {
        writeWorkOrders(m_socialCoops[i]);
        writeServicePoint(m_socialCoops[i]);
    }
    writeDebts(firstPerson, lastPerson);
    finishParticipants(firstPerson, lastPerson);
    writeSurveys(unit);
}

qint64 DemoWriter::institution(int town, bool ops)
{
    const Town& t = towns[town];
    const QString name = utf(ops ? t.ops : t.pup);
    if (const auto found = m_institutions.constFind(name); found != m_institutions.constEnd()) {
        return found.value();
    }
    Statement& insert = m_db.cached(
        "INSERT INTO institution (kind, name, street, building, postal_code, locality, teryt, contact_person, phone, "
        "email) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const QString domain = asciiFold(utf(t.name)).left(12);
    insert.bind(1, ops ? "ops" : "pup")
        .bind(2, name)
        .bind(3, utf(m_random.pick(streets)))
        .bind(4, QString::number(m_random.between(1, 60)))
        .bind(5, postal(t.postalCode))
        .bind(6, utf(t.name))
        .bind(7, utf(t.teryt))
        .bind(8, personName(m_random.chance(0.8) ? Sex::Female : Sex::Male))
        .bind(9, QStringLiteral("%1 %2 %3 %4")
                     .arg(utf(t.phoneArea))
                     .arg(m_random.between(300, 799))
                     .arg(m_random.between(10, 99))
                     .arg(m_random.between(10, 99)))
        .bind(10, ops ? QStringLiteral("sekretariat@mops.%1.pl").arg(domain)
                      : QStringLiteral("wapo@pup.%1.pl").arg(domain));
    insert.exec();
    const qint64 id = m_db.lastInsertId();
    m_institutions.insert(name, id);
    return id;
}

void DemoWriter::writeHousingCoops(int unit)
{
    Statement& insert =
        m_db.cached("INSERT INTO housing_coop (name, krs, nip, regon, street, building, postal_code, locality, teryt, "
                    "contact_person, phone, email, flats, status, applied_on, status_on, notes) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'qualified', ?, ?, ?)");
    Statement& link =
        m_db.cached("INSERT INTO housing_coop_institution (housing_coop_id, institution_id) VALUES (?, ?)");
    constexpr int townCount = static_cast<int>(std::size(towns));
    constexpr int nameCount = static_cast<int>(std::size(housingCoopNames));
    for (int k = 0; k < coopsPerUnit; ++k) {
        const int index = unit * coopsPerUnit + k;
        HousingCoop coop;
        coop.town = index % townCount;
        const Town& t = towns[coop.town];
        const int round = index / townCount;
        coop.name = utf("Spółdzielnia Mieszkaniowa „%1” w %2")
                        .arg(utf(housingCoopNames[(round + coop.town * 3) % nameCount]), utf(t.locative));
        if (round >= nameCount) {
            coop.name += QStringLiteral(" (%1)").arg(round / nameCount + 1);
        }
        const int estateCount = m_random.between(3, 4);
        const int firstEstate = m_random.between(0, static_cast<int>(std::size(estates)) - 1);
        for (int e = 0; e < estateCount; ++e) {
            coop.estates << utf(estates[(firstEstate + e * 5) % std::size(estates)]);
        }
        const QDate applied = DemoCalendar::onOrAfter(m_random.dateBetween({2010, 10, 4}, {2010, 10, 29}));
        coop.qualifiedOn = DemoCalendar::onOrAfter(applied.addDays(m_random.between(7, 21)));
        coop.opsId = institution(coop.town, true);
        coop.pupId = institution(coop.town, false);
        coop.accountCounter = m_random.between(100, 900);
        const QString contact = personName(m_random.chance(0.6) ? Sex::Female : Sex::Male);
        insert.bind(1, coop.name)
            .bind(2, krs(false))
            .bind(3, nip(t.taxOffice))
            .bind(4, regon())
            .bind(5, utf(m_random.pick(streets)))
            .bind(6, QString::number(m_random.between(1, 80)))
            .bind(7, postal(t.postalCode + m_random.between(0, t.postalSpread)))
            .bind(8, utf(t.name))
            .bind(9, utf(t.teryt))
            .bind(10, contact)
            .bind(11, QStringLiteral("%1 %2 %3 %4")
                          .arg(utf(t.phoneArea))
                          .arg(m_random.between(300, 799))
                          .arg(m_random.between(10, 99))
                          .arg(m_random.between(10, 99)))
            .bind(12, QStringLiteral("sm%1@%2.pl").arg(index + 1).arg(asciiFold(utf(t.name)).left(12)))
            .bind(13, m_random.between(400, 6000))
            .bind(14, applied)
            .bind(15, coop.qualifiedOn)
            .bind(16, utf("Osiedla: %1.").arg(coop.estates.join(QStringLiteral(", "))));
        insert.exec();
        coop.id = m_db.lastInsertId();
        link.bind(1, coop.id).bind(2, coop.opsId);
        link.exec();
        link.bind(1, coop.id).bind(2, coop.pupId);
        link.exec();
        m_coops.push_back(coop);
        ++m_summary.housingCoops;
    }
}

QString DemoWriter::personName(Sex sex)
{
    const QString first = utf(sex == Sex::Female ? m_random.pick(womenFirstNames) : m_random.pick(menFirstNames));
    const QString last = utf(m_random.pick(surnames));
    return first + QLatin1Char(' ') + (sex == Sex::Female ? feminine(last) : last);
}

void DemoWriter::writeParticipants(int unit)
{
    for (int k = 0; k < coopsPerUnit; ++k) {
        const int coop = unit * coopsPerUnit + k;
        const int count = m_random.between(10, 14);
        for (int i = 0; i < count; ++i) {
            Person p;
            p.coop = coop;
            writeParticipant(p, unit);
            m_people.push_back(p);
        }
    }
}

void DemoWriter::writeParticipant(Person& p, int /*unit*/)
{
    const HousingCoop& coop = m_coops[p.coop];
    const Town& t = towns[coop.town];
    p.sex = m_random.chance(0.57) ? Sex::Female : Sex::Male;
    p.firstName = utf(p.sex == Sex::Female ? m_random.pick(womenFirstNames) : m_random.pick(menFirstNames));
    const QString surname = utf(m_random.pick(surnames));
    p.lastName = p.sex == Sex::Female ? feminine(surname) : surname;

    // Ages 18–64 at entry, most between 30 and 55.
    const QDate earliest(1947, 3, 1);
    const QDate latest(1992, 9, 30);
    const qint64 span = earliest.daysTo(latest);
    const QDate birth = earliest.addDays((m_random.between(qint64(0), span) + m_random.between(qint64(0), span)) / 2);
    QString pesel;
    for (int serial = m_random.between(0, 999);; serial = (serial + 7) % 1000) {
        pesel = Pesel::fromParts(birth, p.sex, serial).digits();
        if (!m_pesels.contains(pesel)) {
            break;
        }
    }
    m_pesels.insert(pesel);

    p.recruitedOn = DemoCalendar::onOrAfter(
        m_random.dateBetween(coop.qualifiedOn.addDays(3), std::min(coop.qualifiedOn.addDays(80), QDate(2011, 2, 25))));
    p.statusOn = DemoCalendar::onOrAfter(p.recruitedOn.addDays(m_random.between(5, 21)));
    static const char* const statuses[] = {"qualified", "reserve", "rejected", "resigned"};
    p.status = QLatin1String(statuses[m_random.weighted({88, 6, 4, 2})]);

    const int age = static_cast<int>(birth.daysTo(p.recruitedOn) / 365);
    static const char* const educations[] = {"none",           "primary", "lower_secondary", "upper_secondary",
                                             "post_secondary", "higher"};
    std::optional<QString> education = QLatin1String(educations[m_random.weighted({2, 28, 22, 35, 8, 5})]);
    static const char* const labour[] = {"unemployed", "long_term_unemployed", "inactive", "inactive_in_education",
                                         "employed"};
    int labourIndex = m_random.weighted({32, 38, 20, 2, 8});
    if (labourIndex == 3 && age > 26) {
        labourIndex = 2;
    }
    std::optional<QString> labourStatus = QLatin1String(labour[labourIndex]);
    std::optional<QDate> unemployedSince;
    if (labourIndex == 0) {
        unemployedSince = p.recruitedOn.addDays(-m_random.between(30, age < 25 ? 170 : 350));
    } else if (labourIndex == 1) {
        unemployedSince = p.recruitedOn.addDays(-m_random.between(age < 25 ? 200 : 380, age < 25 ? 700 : 2600));
    }

    // Where they live: mostly in the town, some in a rural gmina nearby.
    const bool rural = m_random.chance(0.12);
    std::optional<QString> teryt = utf(rural ? t.ruralTeryt : t.teryt);
    std::optional<QString> area = QLatin1String(rural ? "rural" : "urban");
    QString locality = utf(rural ? t.ruralLocality : t.name);
    QString street = rural && m_random.chance(0.5) ? QStringLiteral("") : utf(m_random.pick(streets));
    // One draw per statement wherever two draws would meet in one expression: the order in which
    // a compiler evaluates operands and arguments is unspecified, and the same seed must give the
    // same project with every compiler (gcc, clang, MSVC).
    const QString buildingLetter =
        m_random.chance(0.1) ? QString(QChar(u'A' + m_random.between(0, 2))) : QStringLiteral("");
    const QString building = QString::number(m_random.between(1, 64)) + buildingLetter;
    p.flat = QString::number(m_random.between(1, 90));
    QString postalCode = rural ? postal(t.ruralPostalCode) : postal(t.postalCode + m_random.between(0, t.postalSpread));

    QString phone = QStringLiteral("");
    if (m_random.chance(0.35)) {
        phone = QStringLiteral("%1 %2 %3 %4")
                    .arg(utf(t.phoneArea))
                    .arg(m_random.between(300, 799))
                    .arg(m_random.between(10, 99))
                    .arg(m_random.between(10, 99));
    }
    QString mobile = QStringLiteral("");
    if (m_random.chance(0.93)) {
        static const int prefixes[] = {501, 502, 504, 505, 508, 601, 602, 603, 604, 605, 606, 607, 660,
                                       661, 662, 663, 691, 692, 693, 694, 695, 696, 697, 698, 783, 784,
                                       785, 790, 791, 880, 881, 882, 883, 884, 885, 886, 887, 888};
        mobile = QStringLiteral("%1 %2 %3")
                     .arg(m_random.pick(prefixes))
                     .arg(m_random.between(100, 999))
                     .arg(m_random.between(100, 999));
    }
    QString email = QStringLiteral("");
    if (m_random.chance(0.25)) {
        static const char* const domains[] = {"wp.pl", "o2.pl", "onet.pl", "interia.pl", "gmail.com", "op.pl"};
        email = QStringLiteral("%1.%2%3@%4")
                    .arg(asciiFold(p.firstName), asciiFold(p.lastName))
                    .arg(m_random.between(1, 99))
                    .arg(QLatin1String(m_random.pick(domains)));
    }

    // A few records with gaps, so the data-quality section has something to show.
    std::optional<QDate> consent = p.recruitedOn;
    if (p.status == QLatin1String("qualified") && m_random.chance(0.05)) {
        switch (m_random.between(0, 4)) {
        case 0:
            education.reset();
            break;
        case 1:
            teryt.reset();
            area.reset();
            break;
        case 2:
            phone = QStringLiteral("");
            mobile = QStringLiteral("");
            email = QStringLiteral("");
            break;
        case 3:
            labourStatus.reset();
            unemployedSince.reset();
            break;
        default:
            postalCode = QStringLiteral("");
            break;
        }
    }

    static const char* const referrals[] = {"housing_coop", "ops", "pup", "self"};
    const int referralIndex = m_random.weighted({45, 35, 15, 5});
    std::optional<qint64> referralInstitution;
    if (referralIndex == 1) {
        referralInstitution = coop.opsId;
    } else if (referralIndex == 2) {
        referralInstitution = coop.pupId;
    }

    if (m_random.chance(0.92)) {
        const qint64 base = m_random.between(500, 3000);
        const qint64 zlote = base * m_random.between(1, 8) * 100;
        p.arrears = zlote + m_random.between(0, 99);
    }
    p.evictionRisk = p.arrears > 600000 ? m_random.chance(0.55) : m_random.chance(0.04);
    p.reliability = 0.72 + 0.27 * m_random.unit();
    p.payer = m_random.weighted({40, 40, 20});

    QString statusReason = QStringLiteral("");
    QString unmet = QStringLiteral("");
    std::optional<qint64> score;
    std::optional<QDate> declaration;
    if (p.status == QLatin1String("qualified")) {
        score = m_random.between(55, 95);
        declaration = p.statusOn;
        if (m_random.chance(0.08)) {
            p.leaveOn = DemoCalendar::onOrAfter(m_random.dateBetween({2011, 4, 18}, {2012, 11, 30}));
            static const char* const reasons[] = {"Podjęcie pracy poza projektem", "Zmiana miejsca zamieszkania",
                                                  "Stan zdrowia", "Opieka nad członkiem rodziny",
                                                  "Rezygnacja bez podania przyczyny"};
            p.leaveReason = utf(m_random.pick(reasons));
        } else if (m_random.chance(0.6)) {
            // Many finish their path before the project ends (the rest until the closing conference).
            p.supportUntil = m_random.dateBetween({2012, 6, 1}, {2013, 5, 31});
        }
    } else if (p.status == QLatin1String("reserve")) {
        score = m_random.between(40, 54);
        statusReason = utf("Lista rezerwowa: wyczerpany limit miejsc w grupie");
    } else if (p.status == QLatin1String("rejected")) {
        score = m_random.between(10, 39);
        static const char* const reasons[] = {"Brak zaległości w opłatach i zagrożenia eksmisją",
                                              "Osoba zatrudniona, nie należy do grupy docelowej",
                                              "Nie jest lokatorem spółdzielni zakwalifikowanej do projektu"};
        unmet = utf(m_random.pick(reasons));
        statusReason = utf("Niespełnione kryteria: ") + unmet;
    } else {
        statusReason = utf("Rezygnacja przed podpisaniem deklaracji uczestnictwa");
    }

    Statement& insert = m_db.cached(
        "INSERT INTO participant (first_name, last_name, pesel, sex, birth_date, education, voivodeship, powiat, "
        "gmina, teryt, area, locality, street, building, flat, postal_code, phone, mobile, email, labour_status, "
        "unemployed_since, housing_coop_id, referral, referral_institution_id, arrears_at_entry, eviction_risk, "
        "recruited_on, recruitment_status, status_on, status_reason, unmet_criteria, score, consent_on, "
        "declaration_on) VALUES (?, ?, ?, ?, ?, ?, 'mazowieckie', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, p.firstName)
        .bind(2, p.lastName)
        .bind(3, pesel)
        .bind(4, sexKey(p.sex))
        .bind(5, birth)
        .bind(6, education)
        .bind(7, utf(rural ? t.ruralPowiat : t.powiat))
        .bind(8, utf(rural ? t.ruralGmina : t.name))
        .bind(9, teryt)
        .bind(10, area)
        .bind(11, locality)
        .bind(12, street)
        .bind(13, building)
        .bind(14, p.flat)
        .bind(15, postalCode)
        .bind(16, phone)
        .bind(17, mobile)
        .bind(18, email)
        .bind(19, labourStatus)
        .bind(20, unemployedSince)
        .bind(21, coop.id)
        .bind(22, referrals[referralIndex])
        .bind(23, referralInstitution)
        .bind(24, p.arrears)
        .bind(25, p.evictionRisk)
        .bind(26, p.recruitedOn)
        .bind(27, p.status)
        .bind(28, p.statusOn)
        .bind(29, statusReason)
        .bind(30, unmet)
        .bind(31, score)
        .bind(32, consent)
        .bind(33, declaration);
    insert.exec();
    p.id = m_db.lastInsertId();
    ++m_summary.participants;
}

void DemoWriter::finishParticipants(int first, int last)
{
    Statement& update = m_db.cached(
        "UPDATE participant SET participation_start = ?, participation_end = ?, completion = ?, dropout_reason = ?, "
        "recruitment_status = ?, status_on = ?, status_reason = ? WHERE id = ?");
    for (int i = first; i < last; ++i) {
        Person& p = m_people[i];
        if (!p.qualified()) {
            continue;
        }
        std::optional<QDate> end;
        std::optional<QString> completion;
        QString reason = QStringLiteral("");
        QString status = p.status;
        QDate statusOn = p.statusOn;
        QString statusReason = QStringLiteral("");
        if (!p.firstSupport.isValid()) {
            if (!p.leaveOn.isValid()) {
                continue;
            }
            // Left before any support was given: not a participant, a resignation.
            status = QStringLiteral("resigned");
            statusOn = p.leaveOn;
            statusReason = p.leaveReason;
        } else if (p.leaveOn.isValid()) {
            end = std::max(p.leaveOn, p.lastSupport);
            completion = QStringLiteral("dropped_out");
            reason = p.leaveReason;
        } else if (m_random.chance(0.92)) {
            end = p.lastSupport;
            completion = QStringLiteral("completed");
        }
        update.bind(1, p.firstSupport.isValid() ? std::optional<QDate>(p.firstSupport) : std::nullopt)
            .bind(2, end)
            .bind(3, completion)
            .bind(4, reason)
            .bind(5, status)
            .bind(6, statusOn)
            .bind(7, statusReason)
            .bind(8, p.id);
        update.exec();
    }
}

QString DemoWriter::nip(const char* office)
{
    static const int weights[] = {6, 5, 7, 2, 3, 4, 5, 6, 7};
    for (;;) {
        QString digits = QString::fromLatin1(office);
        while (digits.size() < 9) {
            digits.append(QChar(u'0' + m_random.between(0, 9)));
        }
        int sum = 0;
        for (int i = 0; i < 9; ++i) {
            sum += digit(digits, i) * weights[i];
        }
        if (sum % 11 != 10) {
            return digits + QChar(u'0' + sum % 11);
        }
    }
}

QString DemoWriter::regon()
{
    static const int weights[] = {8, 9, 2, 3, 4, 5, 6, 7};
    QString digits = QStringLiteral("14");
    while (digits.size() < 8) {
        digits.append(QChar(u'0' + m_random.between(0, 9)));
    }
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        sum += digit(digits, i) * weights[i];
    }
    return digits + QChar(u'0' + (sum % 11) % 10);
}

// KRS numbers grow with time: the housing cooperatives entered the register around 2001–2004,
// the social cooperatives in 2011–2013.
QString DemoWriter::krs(bool registeredRecently)
{
    qint64& counter = registeredRecently ? m_krsNew : m_krsOld;
    const qint64 start = registeredRecently ? 385000 : 12000;
    counter =
        counter == 0 ? start + m_random.between(0, 999) : counter + m_random.between(1, registeredRecently ? 9 : 40);
    return QStringLiteral("%1").arg(counter, 10, 10, QLatin1Char('0'));
}

} // namespace osiedle::core
