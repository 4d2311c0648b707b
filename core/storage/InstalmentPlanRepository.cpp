#include "core/storage/InstalmentPlanRepository.h"

#include "core/storage/Database.h"
#include "core/storage/DebtText.h"

#include <QHash>

namespace osiedle::core {

qint64 InstalmentPlanRepository::insert(const InstalmentPlan& plan)
{
    Statement& st = m_db.cached(
        "INSERT INTO instalment_plan (account_id, signed_on, total, status, notes, id) VALUES (?, ?, ?, ?, ?, ?)");
    st.bind(1, plan.accountId)
        .bind(2, plan.signedOn)
        .bind(3, plan.total.grosze())
        .bind(4, PlanStatuses::key(plan.status))
        .bind(5, debtText(plan.notes));
    if (plan.id > 0) {
        st.bind(6, plan.id);
    } else {
        st.bind(6, std::nullopt);
    }
    st.exec();
    const qint64 id = m_db.lastInsertId();
    Statement& item = m_db.cached("INSERT INTO instalment (plan_id, seq, due_on, amount) VALUES (?, ?, ?, ?)");
    for (const Instalment& instalment : plan.instalments) {
        item.reset();
        item.bind(1, id).bind(2, instalment.seq).bind(3, instalment.dueOn).bind(4, instalment.amount.grosze());
        item.exec();
    }
    return id;
}

void InstalmentPlanRepository::remove(qint64 id)
{
    Statement& st = m_db.cached("DELETE FROM instalment_plan WHERE id = ?");
    st.bind(1, id);
    st.exec();
}

void InstalmentPlanRepository::setStatus(qint64 id, PlanStatus status)
{
    Statement& st = m_db.cached("UPDATE instalment_plan SET status = ? WHERE id = ?");
    st.bind(1, PlanStatuses::key(status)).bind(2, id);
    st.exec();
}

std::optional<InstalmentPlan> InstalmentPlanRepository::find(qint64 id)
{
    QList<InstalmentPlan> list = plans("p.id = :id", id);
    if (list.isEmpty()) {
        return std::nullopt;
    }
    return list.first();
}

QList<InstalmentPlan> InstalmentPlanRepository::forAccount(qint64 accountId)
{
    return plans("p.account_id = :id", accountId);
}

QList<InstalmentPlan> InstalmentPlanRepository::active()
{
    return plans("p.status = 'active'", std::nullopt);
}

QList<InstalmentPlan> InstalmentPlanRepository::plans(const QByteArray& where, const std::optional<qint64>& id)
{
    Statement& st = m_db.cached("SELECT p.id, p.account_id, p.signed_on, p.total, p.status, p.notes,"
                                " i.seq, i.due_on, i.amount FROM instalment_plan p"
                                " LEFT JOIN instalment i ON i.plan_id = p.id WHERE " +
                                where + " ORDER BY p.signed_on DESC, p.id DESC, i.seq");
    if (id) {
        st.bind(":id", *id);
    }
    QList<InstalmentPlan> list;
    while (st.step()) {
        if (list.isEmpty() || list.last().id != st.int64(0)) {
            InstalmentPlan plan;
            plan.id = st.int64(0);
            plan.accountId = st.int64(1);
            plan.signedOn = st.date(2);
            plan.total = Money::fromGrosze(st.int64(3));
            plan.status = PlanStatuses::fromKey(st.text(4)).value_or(PlanStatus::Active);
            plan.notes = st.text(5);
            list.append(plan);
        }
        if (!st.isNull(6)) {
            list.last().instalments.append({st.integer(6), st.date(7), Money::fromGrosze(st.int64(8))});
        }
    }
    return list;
}

} // namespace osiedle::core
