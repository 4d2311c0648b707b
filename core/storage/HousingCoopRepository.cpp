#include "core/storage/HousingCoopRepository.h"

#include "core/storage/Database.h"
#include "core/storage/ColumnValues.h"

#include <QCoreApplication>

namespace osiedle::core {

namespace {

constexpr const char* selectColumns =
    "SELECT id, name, coalesce(krs, ''), coalesce(nip, ''), coalesce(regon, ''), street, building, postal_code, "
    "locality, coalesce(teryt, ''), contact_person, phone, email, flats, status, applied_on, status_on, "
    "status_reason, notes FROM housing_coop ";

HousingCoop read(const Statement& st)
{
    HousingCoop h;
    int c = 0;
    h.id = st.int64(c++);
    h.name = st.text(c++);
    h.krs = st.text(c++);
    h.nip = st.text(c++);
    h.regon = st.text(c++);
    h.street = st.text(c++);
    h.building = st.text(c++);
    h.postalCode = st.text(c++);
    h.locality = st.text(c++);
    h.teryt = st.text(c++);
    h.contactPerson = st.text(c++);
    h.phone = st.text(c++);
    h.email = st.text(c++);
    h.flats = st.isNull(c) ? std::nullopt : std::optional<int>(st.integer(c));
    ++c;
    h.status = parseKey<HousingCoopStatus>(st.text(c++)).value_or(HousingCoopStatus::Applied);
    h.appliedOn = st.date(c++);
    h.statusOn = st.date(c++);
    h.statusReason = st.text(c++);
    h.notes = st.text(c++);
    return h;
}

void bindAll(Statement& st, const HousingCoop& h)
{
    int i = 1;
    st.bind(i++, notNull(h.name));
    st.bind(i++, nullIfEmpty(h.krs));
    st.bind(i++, nullIfEmpty(h.nip));
    st.bind(i++, nullIfEmpty(h.regon));
    st.bind(i++, notNull(h.street));
    st.bind(i++, notNull(h.building));
    st.bind(i++, notNull(h.postalCode));
    st.bind(i++, notNull(h.locality));
    st.bind(i++, nullIfEmpty(h.teryt));
    st.bind(i++, notNull(h.contactPerson));
    st.bind(i++, notNull(h.phone));
    st.bind(i++, notNull(h.email));
    st.bind(i++, h.flats ? std::optional<qint64>(*h.flats) : std::nullopt);
    st.bind(i++, key(h.status));
    st.bind(i++, h.appliedOn);
    st.bind(i++, h.statusOn);
    st.bind(i++, notNull(h.statusReason));
    st.bind(i++, notNull(h.notes));
}

} // namespace

std::optional<HousingCoop> HousingCoopRepository::find(qint64 id) const
{
    Statement st = m_db.prepare(QByteArray(selectColumns) + "WHERE id = ?");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    HousingCoop h = read(st);
    Statement links = m_db.prepare(
        "SELECT institution_id FROM housing_coop_institution WHERE housing_coop_id = ? ORDER BY institution_id");
    links.bind(1, id);
    while (links.step()) {
        h.institutionIds.append(links.int64(0));
    }
    return h;
}

std::optional<HousingCoop> HousingCoopRepository::findByName(const QString& name) const
{
    Statement st = m_db.prepare("SELECT id FROM housing_coop WHERE fold(name) = fold(?) ORDER BY id LIMIT 1");
    st.bind(1, name.trimmed());
    return st.step() ? find(st.int64(0)) : std::nullopt;
}

std::optional<HousingCoop> HousingCoopRepository::findByKrs(const QString& krs) const
{
    Statement st = m_db.prepare("SELECT id FROM housing_coop WHERE krs = ?");
    st.bind(1, krs);
    return st.step() ? find(st.int64(0)) : std::nullopt;
}

qint64 HousingCoopRepository::insert(const HousingCoop& h)
{
    Statement st = m_db.prepare(
        "INSERT INTO housing_coop (name, krs, nip, regon, street, building, postal_code, locality, teryt, "
        "contact_person, phone, email, flats, status, applied_on, status_on, status_reason, notes, id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bindAll(st, h);
    st.bind(19, h.id > 0 ? std::optional<qint64>(h.id) : std::nullopt);
    st.exec();
    HousingCoop stored = h;
    stored.id = m_db.lastInsertId();
    writeInstitutions(stored);
    return stored.id;
}

void HousingCoopRepository::update(const HousingCoop& h)
{
    Statement st = m_db.prepare(
        "UPDATE housing_coop SET name = ?, krs = ?, nip = ?, regon = ?, street = ?, building = ?, postal_code = ?, "
        "locality = ?, teryt = ?, contact_person = ?, phone = ?, email = ?, flats = ?, status = ?, applied_on = ?, "
        "status_on = ?, status_reason = ?, notes = ? WHERE id = ?");
    bindAll(st, h);
    st.bind(19, h.id);
    st.exec();
    writeInstitutions(h);
}

void HousingCoopRepository::writeInstitutions(const HousingCoop& h)
{
    Statement clear = m_db.prepare("DELETE FROM housing_coop_institution WHERE housing_coop_id = ?");
    clear.bind(1, h.id);
    clear.exec();
    Statement add = m_db.prepare(
        "INSERT OR IGNORE INTO housing_coop_institution (housing_coop_id, institution_id) VALUES (?, ?)");
    for (const qint64 institution : h.institutionIds) {
        add.bind(1, h.id);
        add.bind(2, institution);
        add.exec();
    }
}

void HousingCoopRepository::remove(qint64 id)
{
    Statement st = m_db.prepare("DELETE FROM housing_coop WHERE id = ?");
    st.bind(1, id);
    st.exec();
}

QStringList HousingCoopRepository::usages(qint64 id) const
{
    static const UseQuery uses[] = {
        {"SELECT count(*) FROM participant WHERE housing_coop_id = ?",
         QT_TRANSLATE_NOOP("HousingCoopRepository", "%n participant(s)")},
        {"SELECT count(*) FROM social_coop WHERE housing_coop_id = ?",
         QT_TRANSLATE_NOOP("HousingCoopRepository", "%n social cooperative(s)")},
        {"SELECT count(*) FROM cooperation_agreement WHERE housing_coop_id = ?",
         QT_TRANSLATE_NOOP("HousingCoopRepository", "%n cooperation agreement(s)")},
        {"SELECT count(*) FROM work_order WHERE housing_coop_id = ?",
         QT_TRANSLATE_NOOP("HousingCoopRepository", "%n work order(s)")},
        {"SELECT count(*) FROM debt_account WHERE housing_coop_id = ?",
         QT_TRANSLATE_NOOP("HousingCoopRepository", "%n debt account(s)")},
        {"SELECT count(*) FROM nomination WHERE housing_coop_id = ?",
         QT_TRANSLATE_NOOP("HousingCoopRepository", "%n competition nomination(s)")},
    };
    return describeUses(m_db, id, uses, "HousingCoopRepository");
}

QList<HousingCoopListRow> HousingCoopRepository::list() const
{
    Statement st = m_db.prepare(
        "SELECT h.id, h.name, h.locality, h.status, h.status_on, "
        "(SELECT count(*) FROM participant p WHERE p.housing_coop_id = h.id) "
        "FROM housing_coop h ORDER BY h.name COLLATE pl, h.id");
    QList<HousingCoopListRow> rows;
    while (st.step()) {
        HousingCoopListRow r;
        r.id = st.int64(0);
        r.name = st.text(1);
        r.locality = st.text(2);
        r.status = parseKey<HousingCoopStatus>(st.text(3)).value_or(HousingCoopStatus::Applied);
        r.statusOn = st.date(4);
        r.participants = st.integer(5);
        rows.append(r);
    }
    return rows;
}

} // namespace osiedle::core
