#include "core/storage/CooperationAgreementRepository.h"

#include "core/domain/WorkOrderLifecycle.h"
#include "core/storage/Database.h"
#include "core/storage/NotNullText.h"

namespace osiedle::core {

namespace {

QString scopeText(const QList<WorkOrderKind>& scope)
{
    QStringList keys;
    for (WorkOrderKind k : scope) {
        keys.append(WorkOrderLifecycle::kindKey(k));
    }
    return keys.join(QLatin1Char(','));
}

QList<WorkOrderKind> scopeFrom(const QString& text)
{
    QList<WorkOrderKind> scope;
    for (const QString& key : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const auto k = WorkOrderLifecycle::kindFromKey(key.trimmed())) {
            scope.append(*k);
        }
    }
    return scope;
}

void bindFields(Statement& st, const CooperationAgreement& a)
{
    st.bind(1, a.housingCoopId)
        .bind(2, a.socialCoopId)
        .bind(3, notNullText(a.number))
        .bind(4, a.signedOn)
        .bind(5, a.validFrom)
        .bind(6, a.validTo)
        .bind(7, a.inauguratedOn)
        .bind(8, notNullText(scopeText(a.scope)))
        .bind(9, notNullText(a.notes));
}

} // namespace

QList<CooperationAgreement> CooperationAgreementRepository::query(const QByteArray& where, qint64 id) const
{
    Statement st = m_db.prepare(
        "SELECT a.id, a.housing_coop_id, a.social_coop_id, a.number, a.signed_on, a.valid_from, a.valid_to, "
        "a.inaugurated_on, a.scope, a.notes, h.name FROM cooperation_agreement a "
        "JOIN housing_coop h ON h.id = a.housing_coop_id WHERE " +
        where + " ORDER BY a.signed_on DESC, a.id DESC");
    st.bind(1, id);
    QList<CooperationAgreement> result;
    while (st.step()) {
        CooperationAgreement a;
        a.id = st.int64(0);
        a.housingCoopId = st.int64(1);
        a.socialCoopId = st.int64(2);
        a.number = st.text(3);
        a.signedOn = st.date(4);
        a.validFrom = st.optDate(5);
        a.validTo = st.optDate(6);
        a.inauguratedOn = st.optDate(7);
        a.scope = scopeFrom(st.text(8));
        a.notes = st.text(9);
        a.housingCoopName = st.text(10);
        result.append(a);
    }
    return result;
}

QList<CooperationAgreement> CooperationAgreementRepository::forCoop(qint64 socialCoopId) const
{
    return query("a.social_coop_id = ?", socialCoopId);
}

std::optional<CooperationAgreement> CooperationAgreementRepository::latest(qint64 socialCoopId) const
{
    const auto all = forCoop(socialCoopId);
    return all.isEmpty() ? std::nullopt : std::optional<CooperationAgreement>(all.first());
}

std::optional<CooperationAgreement> CooperationAgreementRepository::find(qint64 id) const
{
    const auto found = query("a.id = ?", id);
    return found.isEmpty() ? std::nullopt : std::optional<CooperationAgreement>(found.first());
}

qint64 CooperationAgreementRepository::insert(const CooperationAgreement& a)
{
    Statement st = m_db.prepare(
        "INSERT INTO cooperation_agreement (housing_coop_id, social_coop_id, number, signed_on, valid_from, valid_to, "
        "inaugurated_on, scope, notes, id) VALUES (?,?,?,?,?,?,?,?,?,?)");
    bindFields(st, a);
    st.bind(10, a.id != 0 ? std::optional<qint64>(a.id) : std::nullopt);
    st.exec();
    return m_db.lastInsertId();
}

void CooperationAgreementRepository::update(const CooperationAgreement& a)
{
    Statement st = m_db.prepare(
        "UPDATE cooperation_agreement SET housing_coop_id = ?, social_coop_id = ?, number = ?, signed_on = ?, "
        "valid_from = ?, valid_to = ?, inaugurated_on = ?, scope = ?, notes = ? WHERE id = ?");
    bindFields(st, a);
    st.bind(10, a.id);
    st.exec();
}

void CooperationAgreementRepository::remove(qint64 id)
{
    Statement st = m_db.prepare("DELETE FROM cooperation_agreement WHERE id = ?");
    st.bind(1, id);
    st.exec();
}

} // namespace osiedle::core
