#include "core/services/InstalmentPlanService.h"

#include "core/common/DisplayFormat.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/DebtServiceGuard.h"
#include "core/storage/Database.h"
#include "core/storage/DebtAccountRepository.h"
#include "core/storage/InstalmentPlanRepository.h"
#include "core/storage/Transaction.h"

namespace osiedle::core {

Result<qint64> InstalmentPlanService::sign(const InstalmentPlan& plan)
{
    const QStringList problems = InstalmentSchedule::problems(plan.signedOn, plan.total, plan.instalments);
    if (!problems.isEmpty()) {
        return Error{problems.join(QLatin1Char('\n'))};
    }
    return guardDebtStorage(tr("Signing the agreement"), [&]() -> Result<qint64> {
        Transaction transaction(m_db);
        if (!DebtAccountRepository(m_db).find(plan.accountId)) {
            return Error{tr("Debt account %1 does not exist.").arg(plan.accountId)};
        }
        InstalmentPlanRepository plans(m_db);
        if (plan.status == PlanStatus::Active) {
            for (const InstalmentPlan& other : plans.forAccount(plan.accountId)) {
                if (other.status == PlanStatus::Active && other.id != plan.id) {
                    return Error{tr("The account already has an active agreement signed on %1: mark it completed, "
                                    "broken or cancelled first.")
                                     .arg(core::shown::date(other.signedOn))};
                }
            }
        }
        const qint64 id = plans.insert(plan);
        transaction.commit();
        m_changes.notify(Topic::Debts);
        return id;
    });
}

Status InstalmentPlanService::setStatus(qint64 planId, PlanStatus status)
{
    return guardDebtStorage(tr("Changing the agreement's status"), [&]() -> Status {
        Transaction transaction(m_db);
        InstalmentPlanRepository plans(m_db);
        const std::optional<InstalmentPlan> plan = plans.find(planId);
        if (!plan) {
            return Error{tr("The agreement no longer exists.")};
        }
        if (status == PlanStatus::Active) {
            for (const InstalmentPlan& other : plans.forAccount(plan->accountId)) {
                if (other.status == PlanStatus::Active && other.id != planId) {
                    return Error{tr("The account already has another active agreement.")};
                }
            }
        }
        plans.setStatus(planId, status);
        transaction.commit();
        m_changes.notify(Topic::Debts);
        return {};
    });
}

Status InstalmentPlanService::remove(qint64 planId)
{
    return guardDebtStorage(tr("Removing the agreement"), [&]() -> Status {
        Transaction transaction(m_db);
        InstalmentPlanRepository(m_db).remove(planId);
        transaction.commit();
        m_changes.notify(Topic::Debts);
        return {};
    });
}

} // namespace osiedle::core
