#include "core/storage/InstitutionRepository.h"

#include "core/storage/ColumnValues.h"
#include "core/storage/Database.h"

namespace osiedle::core {

namespace {

constexpr const char* selectColumns =
    "SELECT i.id, i.kind, i.name, i.street, i.building, i.postal_code, i.locality, coalesce(i.teryt, ''), "
    "i.contact_person, i.phone, i.email, i.notes FROM institution i ";

Institution read(const Statement& st)
{
    Institution i;
    int c = 0;
    i.id = st.int64(c++);
    i.kind = parseKey<InstitutionKind>(st.text(c++)).value_or(InstitutionKind::Ops);
    i.name = st.text(c++);
    i.street = st.text(c++);
    i.building = st.text(c++);
    i.postalCode = st.text(c++);
    i.locality = st.text(c++);
    i.teryt = st.text(c++);
    i.contactPerson = st.text(c++);
    i.phone = st.text(c++);
    i.email = st.text(c++);
    i.notes = st.text(c++);
    return i;
}

void bindAll(Statement& st, const Institution& i)
{
    int n = 1;
    st.bind(n++, key(i.kind));
    st.bind(n++, notNull(i.name));
    st.bind(n++, notNull(i.street));
    st.bind(n++, notNull(i.building));
    st.bind(n++, notNull(i.postalCode));
    st.bind(n++, notNull(i.locality));
    st.bind(n++, nullIfEmpty(i.teryt));
    st.bind(n++, notNull(i.contactPerson));
    st.bind(n++, notNull(i.phone));
    st.bind(n++, notNull(i.email));
    st.bind(n++, notNull(i.notes));
}

QList<Institution> readAll(Statement& st)
{
    QList<Institution> out;
    while (st.step()) {
        out.append(read(st));
    }
    return out;
}

} // namespace

std::optional<Institution> InstitutionRepository::find(qint64 id) const
{
    Statement st = m_db.prepare(QByteArray(selectColumns) + "WHERE i.id = ?");
    st.bind(1, id);
    return st.step() ? std::optional<Institution>(read(st)) : std::nullopt;
}

std::optional<Institution> InstitutionRepository::findByName(const QString& name) const
{
    Statement st = m_db.prepare(QByteArray(selectColumns) + "WHERE fold(i.name) = fold(?) ORDER BY i.id LIMIT 1");
    st.bind(1, name.trimmed());
    return st.step() ? std::optional<Institution>(read(st)) : std::nullopt;
}

qint64 InstitutionRepository::insert(const Institution& i)
{
    Statement st = m_db.prepare("INSERT INTO institution (kind, name, street, building, postal_code, locality, teryt, "
                                "contact_person, phone, email, notes, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bindAll(st, i);
    st.bind(12, i.id > 0 ? std::optional<qint64>(i.id) : std::nullopt);
    st.exec();
    return m_db.lastInsertId();
}

void InstitutionRepository::update(const Institution& i)
{
    Statement st = m_db.prepare("UPDATE institution SET kind = ?, name = ?, street = ?, building = ?, postal_code = ?, "
                                "locality = ?, teryt = ?, contact_person = ?, phone = ?, email = ?, notes = ? "
                                "WHERE id = ?");
    bindAll(st, i);
    st.bind(12, i.id);
    st.exec();
}

void InstitutionRepository::remove(qint64 id)
{
    Statement st = m_db.prepare("DELETE FROM institution WHERE id = ?");
    st.bind(1, id);
    st.exec();
}

QStringList InstitutionRepository::usages(qint64 id) const
{
    static const UseQuery uses[] = {
        {"SELECT count(*) FROM housing_coop_institution WHERE institution_id = ?",
         QT_TRANSLATE_NOOP("InstitutionRepository", "%n housing cooperative(s) it serves")},
        {"SELECT count(*) FROM participant WHERE referral_institution_id = ?",
         QT_TRANSLATE_NOOP("InstitutionRepository", "%n participant(s) it referred")},
    };
    return describeUses(m_db, id, uses, "InstitutionRepository");
}

QList<Institution> InstitutionRepository::list(std::optional<InstitutionKind> kind) const
{
    Statement st = m_db.prepare(QByteArray(selectColumns) + (kind ? "WHERE i.kind = ? " : "") +
                                "ORDER BY i.name COLLATE pl, i.id");
    if (kind) {
        st.bind(1, key(*kind));
    }
    return readAll(st);
}

QList<Institution> InstitutionRepository::servingHousingCoop(qint64 housingCoopId) const
{
    Statement st = m_db.prepare(QByteArray(selectColumns) +
                                "JOIN housing_coop_institution l ON l.institution_id = i.id "
                                "WHERE l.housing_coop_id = ? ORDER BY i.kind, i.name COLLATE pl");
    st.bind(1, housingCoopId);
    return readAll(st);
}

} // namespace osiedle::core
