#include "core/storage/ProjectRepository.h"

#include "core/storage/Database.h"
#include "core/storage/NotNullText.h"

namespace osiedle::core {

namespace {

Partner readPartner(const Statement& st)
{
    Partner p;
    p.id = st.int64(0);
    p.name = st.text(1);
    p.role = parseKey<PartnerRole>(st.text(2)).value_or(PartnerRole::Partner);
    p.krs = st.text(3);
    p.nip = st.text(4);
    p.regon = st.text(5);
    p.address = st.text(6);
    p.contact = st.text(7);
    p.responsibility = st.text(8);
    return p;
}

StaffMember readStaff(const Statement& st)
{
    StaffMember m;
    m.id = st.int64(0);
    m.name = st.text(1);
    m.role = parseKey<StaffRole>(st.text(2)).value_or(StaffRole::Other);
    m.position = st.text(3);
    return m;
}

// Register numbers are optional: an empty one is stored as NULL (the demo and older files use NULL).
std::optional<QString> optionalText(const QString& text)
{
    return text.trimmed().isEmpty() ? std::nullopt : std::optional<QString>(text.trimmed());
}

constexpr const char* selectPartners =
    "SELECT id, name, role, coalesce(krs, ''), coalesce(nip, ''), coalesce(regon, ''), address, contact, "
    "responsibility FROM partner ";
constexpr const char* selectStaff = "SELECT id, name, role, position FROM office_staff ";

} // namespace

std::optional<Project> ProjectRepository::project()
{
    Statement st = m_db.prepare(
        "SELECT title, contract_number, programme, priority, measure, region, beneficiary, beneficiary_address, "
        "beneficiary_nip, beneficiary_regon, place, start_date, end_date, founding_rules, collect_disability, "
        "collect_minority, collect_migrant, signatory_id, keep_documents_until FROM project WHERE id = 1");
    if (!st.step()) {
        return std::nullopt;
    }
    Project p;
    p.title = st.text(0);
    p.contractNumber = st.text(1);
    p.programme = st.text(2);
    p.priority = st.text(3);
    p.measure = st.text(4);
    p.region = st.text(5);
    p.beneficiary = st.text(6);
    p.beneficiaryAddress = st.text(7);
    p.beneficiaryNip = st.text(8);
    p.beneficiaryRegon = st.text(9);
    p.place = st.text(10);
    p.startDate = st.date(11);
    p.endDate = st.date(12);
    p.foundingRules = FoundingPath::rulesFromKey(st.text(13));
    p.collected.disability = st.boolean(14);
    p.collected.minority = st.boolean(15);
    p.collected.migrant = st.boolean(16);
    p.signatoryId = st.optInt64(17);
    p.keepDocumentsUntil = st.date(18);
    return p;
}

bool ProjectRepository::update(const Project& p)
{
    Statement st = m_db.prepare(
        "UPDATE project SET title = ?1, contract_number = ?2, programme = ?3, priority = ?4, measure = ?5, "
        "region = ?6, beneficiary = ?7, beneficiary_address = ?8, beneficiary_nip = ?9, beneficiary_regon = ?10, "
        "place = ?11, start_date = ?12, end_date = ?13, founding_rules = ?14, collect_disability = ?15, "
        "collect_minority = ?16, collect_migrant = ?17, signatory_id = ?18, keep_documents_until = ?19 WHERE id = 1");
    st.bind(1, notNullText(p.title))
        .bind(2, notNullText(p.contractNumber))
        .bind(3, notNullText(p.programme))
        .bind(4, notNullText(p.priority))
        .bind(5, notNullText(p.measure))
        .bind(6, notNullText(p.region))
        .bind(7, notNullText(p.beneficiary))
        .bind(8, notNullText(p.beneficiaryAddress))
        .bind(9, notNullText(p.beneficiaryNip))
        .bind(10, notNullText(p.beneficiaryRegon))
        .bind(11, notNullText(p.place))
        .bind(12, p.startDate)
        .bind(13, p.endDate)
        .bind(14, FoundingPath::rulesKey(p.foundingRules))
        .bind(15, p.collected.disability)
        .bind(16, p.collected.minority)
        .bind(17, p.collected.migrant)
        .bind(18, p.signatoryId)
        .bind(19, p.keepDocumentsUntil);
    st.exec();
    return m_db.changes() > 0;
}

QDate ProjectRepository::endDate()
{
    Statement& st = m_db.cached("SELECT end_date FROM project WHERE id = 1");
    const QDate end = st.step() ? st.date(0) : QDate();
    st.reset();
    return end;
}

QDate ProjectRepository::referenceDay(const QDate& today)
{
    return ReferenceDay::of(endDate(), today);
}

std::optional<LogoStrip> ProjectRepository::logo()
{
    Statement st = m_db.prepare("SELECT logo, logo_format FROM project WHERE id = 1 AND logo IS NOT NULL");
    if (!st.step()) {
        return std::nullopt;
    }
    const auto format = LogoStrip::parseFormatKey(st.text(1));
    if (!format) {
        return std::nullopt;
    }
    return LogoStrip{st.blob(0), *format};
}

void ProjectRepository::setLogo(const std::optional<LogoStrip>& logo)
{
    Statement st = m_db.prepare("UPDATE project SET logo = ?1, logo_format = ?2 WHERE id = 1");
    if (logo) {
        st.bind(1, logo->data).bind(2, LogoStrip::formatKey(logo->format));
    } else {
        st.bind(1, std::nullopt).bind(2, std::nullopt);
    }
    st.exec();
}

PrintedIdentity ProjectRepository::printedIdentity()
{
    PrintedIdentity identity;
    Statement st = m_db.prepare("SELECT title, contract_number FROM project WHERE id = 1");
    if (st.step()) {
        identity.title = st.text(0);
        identity.contractNumber = st.text(1);
    }
    identity.logo = logo();
    return identity;
}

QList<Partner> ProjectRepository::partners()
{
    Statement st = m_db.prepare(QByteArray(selectPartners) + "ORDER BY role = 'partner', id");
    QList<Partner> list;
    while (st.step()) {
        list << readPartner(st);
    }
    return list;
}

std::optional<Partner> ProjectRepository::partner(qint64 id)
{
    Statement st = m_db.prepare(QByteArray(selectPartners) + "WHERE id = ?1");
    st.bind(1, id);
    return st.step() ? std::optional<Partner>(readPartner(st)) : std::nullopt;
}

qint64 ProjectRepository::savePartner(const Partner& p)
{
    Statement st = m_db.prepare(
        "INSERT INTO partner (id, name, role, krs, nip, regon, address, contact, responsibility) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
        "role = excluded.role, krs = excluded.krs, nip = excluded.nip, regon = excluded.regon, "
        "address = excluded.address, contact = excluded.contact, responsibility = excluded.responsibility");
    st.bind(1, p.id > 0 ? std::optional<qint64>(p.id) : std::nullopt)
        .bind(2, p.name.trimmed())
        .bind(3, key(p.role))
        .bind(4, optionalText(p.krs))
        .bind(5, optionalText(p.nip))
        .bind(6, optionalText(p.regon))
        .bind(7, notNullText(p.address.trimmed()))
        .bind(8, notNullText(p.contact.trimmed()))
        .bind(9, notNullText(p.responsibility.trimmed()));
    st.exec();
    return p.id > 0 ? p.id : m_db.lastInsertId();
}

void ProjectRepository::removePartner(qint64 id)
{
    Statement st = m_db.prepare("DELETE FROM partner WHERE id = ?1");
    st.bind(1, id);
    st.exec();
}

QList<StaffMember> ProjectRepository::staff()
{
    Statement st = m_db.prepare(QByteArray(selectStaff) + "ORDER BY name COLLATE pl, id");
    QList<StaffMember> list;
    while (st.step()) {
        list << readStaff(st);
    }
    return list;
}

std::optional<StaffMember> ProjectRepository::staffMember(qint64 id)
{
    Statement st = m_db.prepare(QByteArray(selectStaff) + "WHERE id = ?1");
    st.bind(1, id);
    return st.step() ? std::optional<StaffMember>(readStaff(st)) : std::nullopt;
}

std::optional<StaffMember> ProjectRepository::defaultSignatory()
{
    const QList<StaffMember> list = staff();
    const auto settings = project();
    for (const StaffMember& member : list) {
        if (settings && settings->signatoryId == member.id) {
            return member;
        }
    }
    for (const StaffMember& member : list) {
        if (member.role == StaffRole::Coordinator) {
            return member;
        }
    }
    return list.isEmpty() ? std::nullopt : std::optional<StaffMember>(list.first());
}

qint64 ProjectRepository::saveStaffMember(const StaffMember& m)
{
    Statement st = m_db.prepare("INSERT INTO office_staff (id, name, role, position) VALUES (?1, ?2, ?3, ?4) "
                                "ON CONFLICT (id) DO UPDATE SET name = excluded.name, role = excluded.role, "
                                "position = excluded.position");
    st.bind(1, m.id > 0 ? std::optional<qint64>(m.id) : std::nullopt)
        .bind(2, m.name.trimmed())
        .bind(3, key(m.role))
        .bind(4, notNullText(m.position.trimmed()));
    st.exec();
    return m.id > 0 ? m.id : m_db.lastInsertId();
}

void ProjectRepository::removeStaffMember(qint64 id)
{
    Statement st = m_db.prepare("DELETE FROM office_staff WHERE id = ?1");
    st.bind(1, id);
    st.exec();
}

QList<DayOff> ProjectRepository::daysOff()
{
    Statement st = m_db.prepare("SELECT date, reason FROM day_off ORDER BY date");
    QList<DayOff> days;
    while (st.step()) {
        days.append({st.date(0), st.text(1)});
    }
    return days;
}

void ProjectRepository::putDayOff(const DayOff& day)
{
    Statement st = m_db.prepare("INSERT INTO day_off (date, reason) VALUES (?1, ?2) "
                                "ON CONFLICT (date) DO UPDATE SET reason = excluded.reason");
    st.bind(1, day.date).bind(2, notNullText(day.reason.trimmed()));
    st.exec();
}

void ProjectRepository::removeDayOff(const QDate& date)
{
    Statement st = m_db.prepare("DELETE FROM day_off WHERE date = ?1");
    st.bind(1, date);
    st.exec();
}

SetupCounts ProjectRepository::setupCounts()
{
    Statement st = m_db.prepare("SELECT (SELECT count(*) FROM partner), (SELECT count(*) FROM office_staff), "
                                "(SELECT count(*) FROM housing_coop), (SELECT count(*) FROM institution), "
                                "(SELECT count(*) FROM participant), (SELECT count(*) FROM course), "
                                "(SELECT count(*) FROM social_coop), (SELECT count(*) FROM work_order), "
                                "(SELECT count(*) FROM debt_account), (SELECT count(*) FROM consultation)");
    SetupCounts c;
    if (st.step()) {
        c.partners = st.int64(0);
        c.staff = st.int64(1);
        c.housingCoops = st.int64(2);
        c.institutions = st.int64(3);
        c.participants = st.int64(4);
        c.courses = st.int64(5);
        c.socialCoops = st.int64(6);
        c.workOrders = st.int64(7);
        c.debtAccounts = st.int64(8);
        c.consultations = st.int64(9);
    }
    return c;
}

} // namespace osiedle::core
