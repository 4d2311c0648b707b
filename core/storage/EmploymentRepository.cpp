#include "core/storage/EmploymentRepository.h"

#include "core/storage/Database.h"
#include "core/storage/NotNullText.h"

namespace osiedle::core {

namespace {

Employment read(const Statement& st)
{
    Employment e;
    e.id = st.int64(0);
    e.participantId = st.int64(1);
    e.socialCoopId = st.optInt64(2);
    e.employerName = st.text(3);
    e.contract = EmploymentRepository::contractFromKey(st.text(4)).value_or(ContractType::Cooperative);
    e.start = st.date(5);
    e.end = st.optDate(6);
    e.ftePermille = st.integer(7);
    if (const auto rate = st.optInt64(8)) {
        e.hourlyRate = Money::fromGrosze(*rate);
    }
    if (!st.isNull(9)) {
        e.deductionKind = st.text(9) == QLatin1String("fixed") ? WageDeduction::Fixed : WageDeduction::Percent;
    }
    e.deductionValue = st.optInt64(10);
    e.participantName = st.text(11);
    return e;
}

void bindFields(Statement& st, const Employment& e)
{
    std::optional<QString> deduction;
    if (e.deductionKind) {
        deduction = *e.deductionKind == WageDeduction::Fixed ? QStringLiteral("fixed") : QStringLiteral("percent");
    }
    st.bind(1, e.participantId)
        .bind(2, e.socialCoopId)
        .bind(3, notNullText(e.employerName))
        .bind(4, EmploymentRepository::contractKey(e.contract))
        .bind(5, e.start)
        .bind(6, e.end)
        .bind(7, e.ftePermille)
        .bind(8, e.hourlyRate ? std::optional<qint64>(e.hourlyRate->grosze()) : std::nullopt)
        .bind(9, deduction)
        .bind(10, e.deductionValue);
}

} // namespace

QString EmploymentRepository::contractKey(ContractType value)
{
    return core::key(value);
}

std::optional<ContractType> EmploymentRepository::contractFromKey(const QString& key)
{
    return parseKey<ContractType>(key);
}

QString EmploymentRepository::contractTitle(ContractType value)
{
    return label(value);
}

QList<ContractType> EmploymentRepository::allContracts()
{
    return allValues<ContractType>();
}

QList<Employment> EmploymentRepository::query(const QByteArray& where, qint64 id) const
{
    Statement st = m_db.prepare(
        "SELECT e.id, e.participant_id, e.social_coop_id, e.employer_name, e.contract, e.start_date, e.end_date, "
        "e.fte_permille, e.hourly_rate, e.deduction_kind, e.deduction_value, trim(p.last_name || ' ' || p.first_name) "
        "FROM employment e JOIN participant p ON p.id = e.participant_id WHERE " +
        where + " ORDER BY e.start_date, 12 COLLATE pl, e.id");
    st.bind(1, id);
    QList<Employment> result;
    while (st.step()) {
        result.append(read(st));
    }
    return result;
}

QList<Employment> EmploymentRepository::forCoop(qint64 socialCoopId) const
{
    return query("e.social_coop_id = ?", socialCoopId);
}

QList<Employment> EmploymentRepository::forParticipant(qint64 participantId) const
{
    return query("e.participant_id = ?", participantId);
}

std::optional<Employment> EmploymentRepository::find(qint64 id) const
{
    const auto found = query("e.id = ?", id);
    return found.isEmpty() ? std::nullopt : std::optional<Employment>(found.first());
}

qint64 EmploymentRepository::insert(const Employment& e)
{
    Statement st = m_db.prepare(
        "INSERT INTO employment (participant_id, social_coop_id, employer_name, contract, start_date, end_date, "
        "fte_permille, hourly_rate, deduction_kind, deduction_value, id) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    bindFields(st, e);
    st.bind(11, e.id != 0 ? std::optional<qint64>(e.id) : std::nullopt);
    st.exec();
    return m_db.lastInsertId();
}

void EmploymentRepository::update(const Employment& e)
{
    Statement st = m_db.prepare(
        "UPDATE employment SET participant_id = ?, social_coop_id = ?, employer_name = ?, contract = ?, "
        "start_date = ?, end_date = ?, fte_permille = ?, hourly_rate = ?, deduction_kind = ?, deduction_value = ? "
        "WHERE id = ?");
    bindFields(st, e);
    st.bind(11, e.id);
    st.exec();
}

void EmploymentRepository::remove(qint64 id)
{
    Statement st = m_db.prepare("DELETE FROM employment WHERE id = ?");
    st.bind(1, id);
    st.exec();
}

int EmploymentRepository::employedOn(qint64 socialCoopId, const QDate& date) const
{
    Statement st = m_db.prepare(
        "SELECT count(DISTINCT participant_id) FROM employment WHERE social_coop_id = ? AND start_date <= ? "
        "AND (end_date IS NULL OR end_date >= ?)");
    st.bind(1, socialCoopId).bind(2, date).bind(3, date);
    return st.step() ? st.integer(0) : 0;
}

std::optional<QDate> EmploymentRepository::firstOssEmployment(qint64 participantId) const
{
    Statement st = m_db.prepare(
        "SELECT min(start_date) FROM employment WHERE participant_id = ? AND social_coop_id IS NOT NULL");
    st.bind(1, participantId);
    return st.step() ? st.optDate(0) : std::nullopt;
}

} // namespace osiedle::core
