#include "core/services/EvictionCaseService.h"

#include "core/services/ChangeNotifier.h"
#include "core/services/DebtServiceGuard.h"
#include "core/storage/Database.h"
#include "core/storage/EvictionCaseRepository.h"
#include "core/storage/Transaction.h"

namespace osiedle::core {

Result<qint64> EvictionCaseService::open(const EvictionCase& c)
{
    if (c.participantId <= 0) {
        return Error{tr("Choose the participant.")};
    }
    return guardDebtStorage(tr("Opening the case"), [&]() -> Result<qint64> {
        Transaction transaction(m_db);
        const qint64 id = EvictionCaseRepository(m_db).insert(c);
        transaction.commit();
        m_changes.notify(Topic::Debts);
        return id;
    });
}

Status EvictionCaseService::update(const EvictionCase& c)
{
    return guardDebtStorage(tr("Saving the case"), [&]() -> Status {
        Transaction transaction(m_db);
        EvictionCaseRepository cases(m_db);
        const std::optional<EvictionCase> old = cases.find(c.id);
        if (!old) {
            return Error{tr("The case no longer exists.")};
        }
        if (!c.socialFlatRight.has_value() && old->stage().has_value()) {
            for (const EvictionStep& step : old->steps) {
                if (step.stage == EvictionStage::EvictionOrdered) {
                    return Error{tr("The eviction is ordered: say whether it grants the right to a social flat.")};
                }
            }
        }
        cases.update(c);
        transaction.commit();
        m_changes.notify(Topic::Debts);
        return {};
    });
}

Status EvictionCaseService::remove(qint64 caseId)
{
    return guardDebtStorage(tr("Removing the case"), [&]() -> Status {
        Transaction transaction(m_db);
        EvictionCaseRepository(m_db).remove(caseId);
        transaction.commit();
        m_changes.notify(Topic::Debts);
        return {};
    });
}

Result<qint64> EvictionCaseService::addStage(qint64 caseId, const EvictionStep& step)
{
    return guardDebtStorage(tr("Recording the stage"), [&]() -> Result<qint64> {
        Transaction transaction(m_db);
        EvictionCaseRepository cases(m_db);
        const std::optional<EvictionCase> c = cases.find(caseId);
        if (!c) {
            return Error{tr("The case no longer exists.")};
        }
        const QString refusal = EvictionPath::refusal(c->steps, step.stage, step.date, c->socialFlatRight);
        if (!refusal.isEmpty()) {
            return Error{refusal};
        }
        const qint64 id = cases.addStep(caseId, step);
        transaction.commit();
        m_changes.notify(Topic::Debts);
        return id;
    });
}

Status EvictionCaseService::removeLastStage(qint64 caseId, qint64 stepId)
{
    return guardDebtStorage(tr("Removing the stage"), [&]() -> Status {
        Transaction transaction(m_db);
        EvictionCaseRepository cases(m_db);
        const std::optional<EvictionCase> c = cases.find(caseId);
        if (!c || c->steps.isEmpty() || c->steps.last().id != stepId) {
            return Error{tr("Only the last stage of a case can be removed.")};
        }
        cases.removeStep(stepId);
        transaction.commit();
        m_changes.notify(Topic::Debts);
        return {};
    });
}

} // namespace osiedle::core
