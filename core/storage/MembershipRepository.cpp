#include "core/storage/MembershipRepository.h"

#include "core/storage/Database.h"
#include "core/storage/NotNullText.h"

namespace osiedle::core {

namespace {

constexpr const char* select =
    "SELECT m.id, m.social_coop_id, m.participant_id, m.person_name, m.legal_person, m.eligible_group, m.role, "
    "m.from_date, m.to_date, "
    "CASE WHEN m.participant_id IS NULL THEN m.person_name ELSE trim(p.last_name || ' ' || p.first_name) END "
    "FROM membership m LEFT JOIN participant p ON p.id = m.participant_id ";

Membership read(const Statement& st)
{
    Membership m;
    m.id = st.int64(0);
    m.socialCoopId = st.int64(1);
    m.participantId = st.optInt64(2);
    m.personName = st.text(3);
    m.legalPerson = st.boolean(4);
    m.eligibleGroup = st.boolean(5);
    m.role = MembershipRepository::roleFromKey(st.text(6)).value_or(MembershipRole::Member);
    m.from = st.date(7);
    m.to = st.optDate(8);
    m.displayName = st.text(9);
    return m;
}

void bindFields(Statement& st, const Membership& m)
{
    st.bind(1, m.socialCoopId)
        .bind(2, m.participantId)
        .bind(3, notNullText(m.personName))
        .bind(4, m.legalPerson)
        .bind(5, m.eligibleGroup)
        .bind(6, MembershipRepository::roleKey(m.role))
        .bind(7, m.from)
        .bind(8, m.to);
}

// Who a membership row is: the same person may hold several roles.
constexpr const char* personKey =
    "CASE WHEN participant_id IS NULL THEN 'n:' || person_name ELSE 'p:' || participant_id END";

} // namespace

QString MembershipRepository::roleKey(MembershipRole value)
{
    return core::key(value);
}

std::optional<MembershipRole> MembershipRepository::roleFromKey(const QString& key)
{
    return parseKey<MembershipRole>(key);
}

QString MembershipRepository::roleTitle(MembershipRole value)
{
    return label(value);
}

QList<MembershipRole> MembershipRepository::allRoles()
{
    return allValues<MembershipRole>();
}

QList<Membership> MembershipRepository::forCoop(qint64 socialCoopId) const
{
    Statement st = m_db.prepare(QByteArray(select) + "WHERE m.social_coop_id = ? ORDER BY 10 COLLATE pl, m.from_date");
    st.bind(1, socialCoopId);
    QList<Membership> result;
    while (st.step()) {
        result.append(read(st));
    }
    return result;
}

std::optional<Membership> MembershipRepository::find(qint64 id) const
{
    Statement st = m_db.prepare(QByteArray(select) + "WHERE m.id = ?");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    return read(st);
}

qint64 MembershipRepository::insert(const Membership& m)
{
    Statement st = m_db.prepare(
        "INSERT INTO membership (social_coop_id, participant_id, person_name, legal_person, eligible_group, role, "
        "from_date, to_date, id) VALUES (?,?,?,?,?,?,?,?,?)");
    bindFields(st, m);
    st.bind(9, m.id != 0 ? std::optional<qint64>(m.id) : std::nullopt);
    st.exec();
    return m_db.lastInsertId();
}

void MembershipRepository::update(const Membership& m)
{
    Statement st = m_db.prepare(
        "UPDATE membership SET social_coop_id = ?, participant_id = ?, person_name = ?, legal_person = ?, "
        "eligible_group = ?, role = ?, from_date = ?, to_date = ? WHERE id = ?");
    bindFields(st, m);
    st.bind(9, m.id);
    st.exec();
}

void MembershipRepository::remove(qint64 id)
{
    Statement st = m_db.prepare("DELETE FROM membership WHERE id = ?");
    st.bind(1, id);
    st.exec();
}

int MembershipRepository::naturalFounders(qint64 socialCoopId) const
{
    Statement st = m_db.prepare(QByteArray("SELECT count(DISTINCT ") + personKey +
                                ") FROM membership WHERE social_coop_id = ? AND role = 'founder' AND legal_person = 0");
    st.bind(1, socialCoopId);
    return st.step() ? st.integer(0) : 0;
}

MemberCount MembershipRepository::count(qint64 socialCoopId, const QDate& date) const
{
    // a person is outside the eligible groups when none of their rows says otherwise
    Statement st = m_db.prepare(QByteArray("SELECT count(*), coalesce(sum(eligible = 0), 0) FROM (SELECT ") + personKey +
                                " AS who, max(eligible_group) AS eligible FROM membership WHERE social_coop_id = ? "
                                "AND from_date <= ? AND (to_date IS NULL OR to_date >= ?) GROUP BY who)");
    st.bind(1, socialCoopId).bind(2, date).bind(3, date);
    MemberCount c;
    if (st.step()) {
        c.members = st.integer(0);
        c.outsideEligibleGroups = st.integer(1);
    }
    return c;
}

QList<ChoiceItem> MembershipRepository::participants() const
{
    Statement st = m_db.prepare(
        "SELECT id, trim(last_name || ' ' || first_name) AS n FROM participant ORDER BY n COLLATE pl, id");
    QList<ChoiceItem> result;
    while (st.step()) {
        result.append({st.int64(0), st.text(1)});
    }
    return result;
}

} // namespace osiedle::core
