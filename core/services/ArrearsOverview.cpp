#include "core/services/ArrearsOverview.h"

#include "core/common/DisplayFormat.h"
#include "core/domain/ArrearsMonths.h"
#include "core/domain/WageDeduction.h"
#include "core/services/DebtServiceGuard.h"
#include "core/storage/Database.h"
#include "core/storage/EvictionCaseRepository.h"
#include "core/storage/HousingCoopRepository.h"
#include "core/storage/InstalmentPlanRepository.h"
#include "core/storage/LedgerRepository.h"
#include "core/storage/ProjectRepository.h"

#include <QHash>
#include <algorithm>

namespace osiedle::core {

namespace {

QString hours(qint64 minutes)
{
    return shown::hoursWithUnit(minutes);
}

} // namespace

Result<InstalmentSchedule> ArrearsOverview::schedule(const InstalmentPlan& plan, const QDate& on)
{
    return guardDebtStorage(tr("Reading the payments"), [&]() -> Result<InstalmentSchedule> {
        return InstalmentSchedule(plan.signedOn, plan.instalments,
                                  LedgerRepository(m_db).repayments(plan.accountId, on));
    });
}

Result<QList<PlanAtRisk>> ArrearsOverview::plansAtRisk(const QDate& on)
{
    return guardDebtStorage(tr("Finding the plans at risk"), [&]() -> Result<QList<PlanAtRisk>> {
        LedgerRepository ledger(m_db);
        DebtAccountRepository accounts(m_db);
        QList<PlanAtRisk> list;
        for (const InstalmentPlan& plan : InstalmentPlanRepository(m_db).active()) {
            const InstalmentSchedule schedule(plan.signedOn, plan.instalments, ledger.repayments(plan.accountId, on));
            const int days = schedule.daysOverdue(on);
            if (days <= 0) {
                continue;
            }
            const std::optional<DebtAccountInfo> info = accounts.info(plan.accountId);
            list.append({plan, info ? info->account.participantId : 0, info ? info->participantName : QString(),
                         info ? info->account.accountNumber : QString(), days, schedule.overdueAmount(on),
                         schedule.standing(on)});
        }
        std::stable_sort(list.begin(), list.end(),
                         [](const PlanAtRisk& a, const PlanAtRisk& b) { return a.daysOverdue > b.daysOverdue; });
        return list;
    });
}

Result<QList<DebtorOverview>> ArrearsOverview::debtors(const QDate& on, const QString& search)
{
    return guardDebtStorage(tr("Listing the tenants"), [&]() -> Result<QList<DebtorOverview>> {
        LedgerRepository ledger(m_db);
        QHash<qint64, std::pair<PlanStanding, int>> plans;
        for (const InstalmentPlan& plan : InstalmentPlanRepository(m_db).active()) {
            const InstalmentSchedule schedule(plan.signedOn, plan.instalments, ledger.repayments(plan.accountId, on));
            plans.insert(plan.accountId, {schedule.standing(on), schedule.daysOverdue(on)});
        }
        const QHash<qint64, EvictionStage> stages = EvictionCaseRepository(m_db).currentStages();
        QList<DebtorOverview> list;
        for (const DebtorRow& row : DebtAccountRepository(m_db).debtors(on, search)) {
            DebtorOverview item{row, std::nullopt, 0, std::nullopt};
            if (const auto stage = stages.constFind(row.participantId); stage != stages.constEnd()) {
                item.stage = *stage;
            }
            if (const auto it = plans.constFind(row.accountId); it != plans.constEnd()) {
                item.plan = it->first;
                item.daysOverdue = it->second;
            }
            list.append(item);
        }
        return list;
    });
}

Result<QList<EarlyWarning>> ArrearsOverview::earlyWarnings(const QDate& on)
{
    const Result<QList<PlanAtRisk>> atRisk = plansAtRisk(on);
    if (!atRisk) {
        return atRisk.error();
    }
    return guardDebtStorage(tr("Finding the early warnings"), [&]() -> Result<QList<EarlyWarning>> {
        QList<qint64> ids;
        for (const PlanAtRisk& plan : *atRisk) {
            ids.append(plan.participantId);
        }
        QHash<qint64, ActivityWindows> activity;
        for (const ActivityWindows& w : DebtAccountRepository(m_db).activity(ids, on)) {
            activity.insert(w.participantId, w);
        }
        QList<EarlyWarning> list;
        for (const PlanAtRisk& plan : *atRisk) {
            const ActivityWindows w = activity.value(plan.participantId);
            QStringList reasons;
            if (w.marksBefore > 0 && w.marksLast > 0 &&
                qint64(w.presentLast) * w.marksBefore < qint64(w.presentBefore) * w.marksLast) {
                reasons << tr("attendance fell from %1 % to %2 %")
                               .arg(100 * w.presentBefore / w.marksBefore)
                               .arg(100 * w.presentLast / w.marksLast);
            }
            if (w.minutesBefore > 0 && w.minutesLast < w.minutesBefore) {
                reasons << tr("hours worked fell from %1 to %2").arg(hours(w.minutesBefore), hours(w.minutesLast));
            }
            if (reasons.isEmpty()) {
                continue;
            }
            list.append({plan.participantId, plan.plan.accountId, plan.participantName, plan.daysOverdue, plan.overdue,
                         reasons.join(QStringLiteral("; "))});
        }
        return list;
    });
}

Result<TenantFigures> ArrearsOverview::figures(qint64 accountId, const QDate& on)
{
    return guardDebtStorage(tr("Reading the tenant's figures"), [&]() -> Result<TenantFigures> {
        LedgerRepository ledger(m_db);
        TenantFigures f;
        f.atEntry = ledger.atEntry(accountId);
        f.balance = ledger.balanceOn(accountId, on);
        f.monthlyCharge = ledger.monthlyCharge(accountId, on);
        f.monthsInArrears = monthsInArrears(f.balance, f.monthlyCharge);
        const std::optional<DebtAccount> account = DebtAccountRepository(m_db).find(accountId);
        if (account) {
            const WorkMonth totals = ledger.workUpTo(account->participantId, accountId, on);
            f.minutesWorked = totals.minutes;
            f.repaidFromWages = totals.repaidFromWages;
        }
        return f;
    });
}

Result<std::optional<DebtAccountInfo>> ArrearsOverview::account(qint64 accountId)
{
    return guardDebtStorage(tr("Reading the account"), [&]() -> Result<std::optional<DebtAccountInfo>> {
        return DebtAccountRepository(m_db).info(accountId);
    });
}

Result<std::optional<InstalmentPlan>> ArrearsOverview::latestPlan(qint64 accountId)
{
    return guardDebtStorage(tr("Reading the agreement"), [&]() -> Result<std::optional<InstalmentPlan>> {
        const QList<InstalmentPlan> plans = InstalmentPlanRepository(m_db).forAccount(accountId);
        return plans.isEmpty() ? std::nullopt : std::optional<InstalmentPlan>(plans.first());
    });
}

Result<std::optional<EvictionCase>> ArrearsOverview::evictionCase(qint64 participantId)
{
    return guardDebtStorage(tr("Reading the eviction case"), [&]() -> Result<std::optional<EvictionCase>> {
        return EvictionCaseRepository(m_db).forParticipant(participantId);
    });
}

Result<QList<WorkMonth>> ArrearsOverview::workMonths(qint64 participantId, qint64 accountId)
{
    return guardDebtStorage(tr("Reading the hours worked"), [&]() -> Result<QList<WorkMonth>> {
        return LedgerRepository(m_db).workMonths(participantId, accountId);
    });
}

Result<QStringList> ArrearsOverview::employments(qint64 participantId)
{
    return guardDebtStorage(tr("Reading the employment"), [&]() -> Result<QStringList> {
        QStringList lines;
        for (const EmploymentTerms& e : DebtAccountRepository(m_db).employments(participantId)) {
            QString line = tr("%1: %2/h").arg(e.socialCoopName, e.hourlyRate.format());
            if (const std::optional<DeductionKind> kind = WageDeduction::fromKey(e.deductionKind)) {
                line += tr(", %1 to the arrears").arg(WageDeduction::describe(*kind, e.deductionValue));
            }
            line += e.endDate.isValid()
                        ? tr(", %1 – %2").arg(core::shown::date(e.startDate), core::shown::date(e.endDate))
                        : tr(", from %1").arg(core::shown::date(e.startDate));
            lines << line;
        }
        return lines;
    });
}

Result<QList<std::pair<QDate, Money>>> ArrearsOverview::monthEndBalances(qint64 accountId, const QDate& on)
{
    return guardDebtStorage(tr("Reading the balances"), [&]() -> Result<QList<std::pair<QDate, Money>>> {
        return LedgerRepository(m_db).monthEndBalances(accountId, on);
    });
}

QDate ArrearsOverview::defaultDate(const QDate& today)
{
    try {
        const QDate day = ProjectRepository(m_db).referenceDay(today);
        const QDate last = LedgerRepository(m_db).latestDate();
        return last.isValid() && last < day ? last : day;
    } catch (const StorageError&) {
        return today;
    }
}

PrintedIdentity ArrearsOverview::printedIdentity()
{
    try {
        return ProjectRepository(m_db).printedIdentity();
    } catch (const StorageError&) {
        return {};
    }
}

Result<QList<std::pair<qint64, QString>>> ArrearsOverview::participantsWithoutAccount()
{
    return guardDebtStorage(tr("Listing the participants"), [&]() -> Result<QList<std::pair<qint64, QString>>> {
        return DebtAccountRepository(m_db).participantsWithoutAccount();
    });
}

Result<QList<std::pair<qint64, QString>>> ArrearsOverview::housingCoops()
{
    return guardDebtStorage(tr("Listing the housing cooperatives"), [&]() -> Result<QList<std::pair<qint64, QString>>> {
        QList<std::pair<qint64, QString>> list;
        for (const HousingCoopListRow& row : HousingCoopRepository(m_db).list()) {
            list.append({row.id, row.name});
        }
        return list;
    });
}

Result<std::optional<DebtAccountRepository::EntryFacts>> ArrearsOverview::entryFacts(qint64 participantId)
{
    return guardDebtStorage(tr("Reading the participant"),
                            [&]() -> Result<std::optional<DebtAccountRepository::EntryFacts>> {
                                return DebtAccountRepository(m_db).entryFacts(participantId);
                            });
}

} // namespace osiedle::core
