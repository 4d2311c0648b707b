#include "core/storage/SocialCoopRepository.h"

#include "core/storage/Database.h"
#include "core/storage/NotNullText.h"

namespace osiedle::core {

namespace {

constexpr const char* columns =
    "id, name, housing_coop_id, krs, nip, regon, street, building, postal_code, locality, business_idea, "
    "dissolved_on, notes";

SocialCoop read(const Statement& st)
{
    SocialCoop c;
    c.id = st.int64(0);
    c.name = st.text(1);
    c.housingCoopId = st.optInt64(2);
    c.krs = st.text(3);
    c.nip = st.text(4);
    c.regon = st.text(5);
    c.street = st.text(6);
    c.building = st.text(7);
    c.postalCode = st.text(8);
    c.locality = st.text(9);
    c.businessIdea = st.text(10);
    c.dissolvedOn = st.optDate(11);
    c.notes = st.text(12);
    return c;
}

void bindFields(Statement& st, const SocialCoop& c)
{
    const auto optText = [](const QString& s) { return s.isEmpty() ? std::nullopt : std::optional<QString>(s); };
    st.bind(1, c.name)
        .bind(2, c.housingCoopId)
        .bind(3, optText(c.krs))
        .bind(4, optText(c.nip))
        .bind(5, optText(c.regon))
        .bind(6, notNullText(c.street))
        .bind(7, notNullText(c.building))
        .bind(8, notNullText(c.postalCode))
        .bind(9, notNullText(c.locality))
        .bind(10, notNullText(c.businessIdea))
        .bind(11, c.dissolvedOn)
        .bind(12, notNullText(c.notes));
}

} // namespace

QList<SocialCoop> SocialCoopRepository::all() const
{
    Statement st = m_db.prepare(QByteArray("SELECT ") + columns + " FROM social_coop ORDER BY name COLLATE pl, id");
    QList<SocialCoop> result;
    while (st.step()) {
        result.append(read(st));
    }
    return result;
}

std::optional<SocialCoop> SocialCoopRepository::find(qint64 id) const
{
    Statement st = m_db.prepare(QByteArray("SELECT ") + columns + " FROM social_coop WHERE id = ?");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    return read(st);
}

qint64 SocialCoopRepository::insert(const SocialCoop& coop)
{
    Statement st = m_db.prepare(
        "INSERT INTO social_coop (name, housing_coop_id, krs, nip, regon, street, building, postal_code, locality, "
        "business_idea, dissolved_on, notes, id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    bindFields(st, coop);
    st.bind(13, coop.id != 0 ? std::optional<qint64>(coop.id) : std::nullopt);
    st.exec();
    return m_db.lastInsertId();
}

void SocialCoopRepository::update(const SocialCoop& coop)
{
    Statement st = m_db.prepare(
        "UPDATE social_coop SET name = ?, housing_coop_id = ?, krs = ?, nip = ?, regon = ?, street = ?, building = ?, "
        "postal_code = ?, locality = ?, business_idea = ?, dissolved_on = ?, notes = ? WHERE id = ?");
    bindFields(st, coop);
    st.bind(13, coop.id);
    st.exec();
}

void SocialCoopRepository::remove(qint64 id)
{
    Statement st = m_db.prepare("DELETE FROM social_coop WHERE id = ?");
    st.bind(1, id);
    st.exec();
}

QList<ChoiceItem> SocialCoopRepository::housingCoops() const
{
    Statement st = m_db.prepare("SELECT id, name FROM housing_coop ORDER BY name COLLATE pl, id");
    QList<ChoiceItem> result;
    while (st.step()) {
        result.append({st.int64(0), st.text(1)});
    }
    return result;
}

std::optional<QString> SocialCoopRepository::housingCoopName(qint64 id) const
{
    Statement st = m_db.prepare("SELECT name FROM housing_coop WHERE id = ?");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    return st.text(0);
}

std::optional<SocialCoop> SocialCoopRepository::housingCoopParty(qint64 id) const
{
    Statement st =
        m_db.prepare("SELECT id, name, NULL, krs, nip, regon, street, building, postal_code, locality, '', NULL, notes "
                     "FROM housing_coop WHERE id = ?");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    return read(st);
}

FoundingRules SocialCoopRepository::foundingRules() const
{
    Statement st = m_db.prepare("SELECT founding_rules FROM project WHERE id = 1");
    return st.step() ? FoundingPath::rulesFromKey(st.text(0)) : FoundingRules::Rules2009;
}

} // namespace osiedle::core
