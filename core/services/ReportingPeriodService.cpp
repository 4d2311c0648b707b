#include "core/services/ReportingPeriodService.h"

#include "core/common/DisplayFormat.h"
#include "core/common/SystemUser.h"
#include "core/history/ChangeScope.h"
#include "core/indicators/IndicatorCalculator.h"
#include "core/indicators/LockedReport.h"
#include "core/storage/ReportingPeriodRepository.h"

namespace osiedle::core {

QString ReportingPeriodService::currentUserName()
{
    return SystemUser::name();
}

Error ReportingPeriodService::lockedError(const ReportingPeriod& period)
{
    return Error{tr("Period %1 is locked (since %2): unlock it first, giving the reason.")
                     .arg(period.number.value_or(0))
                     .arg(core::shown::dateTime(period.lockedOn))};
}

FieldErrors ReportingPeriodService::validate(const ReportingPeriod& period)
{
    FieldErrors errors;
    if (!period.number || *period.number <= 0) {
        errors.append({QStringLiteral("number"), tr("The period's number must be 1 or more.")});
    }
    if (!period.from.isValid()) {
        errors.append({QStringLiteral("from"), tr("The first day of the period is required.")});
    }
    if (!period.to.isValid()) {
        errors.append({QStringLiteral("to"), tr("The last day of the period is required.")});
    }
    if (period.from.isValid() && period.to.isValid() && period.to < period.from) {
        errors.append({QStringLiteral("to"), tr("The period cannot end (%1) before it starts (%2).")
                                                 .arg(core::shown::date(period.to), core::shown::date(period.from))});
    }
    try {
        ReportingPeriodRepository repo(m_db);
        const qint64 self = period.id.value_or(0);
        if (period.number && *period.number > 0) {
            if (const auto other = repo.byNumber(*period.number); other && other->id != period.id) {
                errors.append(
                    {QStringLiteral("number"), tr("Period %1 exists already (%2 – %3).")
                                                   .arg(*period.number)
                                                   .arg(core::shown::date(other->from), core::shown::date(other->to))});
            }
        }
        if (errors.isEmpty()) {
            if (const auto other = repo.overlapping(period.from, period.to, self)) {
                errors.append(
                    {QStringLiteral("from"), tr("The dates overlap period %1 (%2 – %3).")
                                                 .arg(other->number.value_or(0))
                                                 .arg(core::shown::date(other->from), core::shown::date(other->to))});
            }
        }
    } catch (const StorageError& e) {
        errors.append({QString(), e.message()});
    }
    return errors;
}

Result<qint64> ReportingPeriodService::create(ReportingPeriod period, FieldErrors* errors)
{
    period.id.reset();
    const FieldErrors problems = validate(period);
    if (errors) {
        *errors = problems;
    }
    if (!problems.isEmpty()) {
        return joinedError(problems);
    }
    return write([&]() -> Result<qint64> { return ReportingPeriodRepository(m_db).insert(period); });
}

Status ReportingPeriodService::update(const ReportingPeriod& period, FieldErrors* errors)
{
    const FieldErrors problems = validate(period);
    if (errors) {
        *errors = problems;
    }
    if (!problems.isEmpty()) {
        return joinedError(problems);
    }
    return write([&]() -> Status {
        ReportingPeriodRepository repo(m_db);
        const auto stored = repo.byId(period.id.value_or(0));
        if (!stored) {
            return Error{tr("The reporting period no longer exists.")};
        }
        if (stored->locked) {
            return lockedError(*stored);
        }
        repo.update(period);
        return {};
    });
}

Result<QList<ManualValue>> ReportingPeriodService::remove(qint64 id)
{
    return write([&]() -> Result<QList<ManualValue>> {
        ReportingPeriodRepository repo(m_db);
        const auto stored = repo.byId(id);
        if (!stored) {
            return Error{tr("The reporting period no longer exists.")};
        }
        if (stored->locked) {
            return lockedError(*stored);
        }
        QList<ManualValue> values = IndicatorRepository(m_db).manualValuesOfPeriod(id);
        repo.remove(id);
        return values;
    });
}

Status ReportingPeriodService::restore(const ReportingPeriod& period, const QList<ManualValue>& values)
{
    return write([&]() -> Status {
        ReportingPeriodRepository repo(m_db);
        const auto stored = repo.byId(period.id.value_or(0));
        if (stored && stored->locked) {
            return lockedError(*stored);
        }
        if (stored) {
            repo.update(period);
        } else {
            repo.insert(period);
        }
        IndicatorRepository indicators(m_db);
        for (const ManualValue& value : values) {
            indicators.setManualValue(value);
        }
        return {};
    });
}

Status ReportingPeriodService::lock(qint64 id, const QString& byWhom)
{
    const ChangeScope scope(ChangeAction::Lock);
    return write([&]() -> Status {
        ReportingPeriodRepository repo(m_db);
        const auto period = repo.byId(id);
        if (!period) {
            return Error{tr("The reporting period no longer exists.")};
        }
        if (period->locked) {
            return Error{tr("Period %1 is locked already (since %2).")
                             .arg(*period->number)
                             .arg(core::shown::dateTime(period->lockedOn))};
        }
        auto report = IndicatorCalculator(m_db).compute(*period);
        if (!report) {
            return report.error();
        }
        const QDateTime now = QDateTime::currentDateTime();
        repo.setLock(id, now, QString::fromUtf8(LockedReport::snapshot(report.value())));
        repo.addLogEntry({0, id, false, now, byWhom.trimmed(), QString()});
        return {};
    });
}

Status ReportingPeriodService::unlock(qint64 id, const QString& reason, const QString& byWhom)
{
    if (reason.trimmed().isEmpty()) {
        return Error{tr("Give the reason for unlocking the period: it is recorded with the period.")};
    }
    const ChangeScope scope(ChangeAction::Unlock);
    return write([&]() -> Status {
        ReportingPeriodRepository repo(m_db);
        const auto period = repo.byId(id);
        if (!period) {
            return Error{tr("The reporting period no longer exists.")};
        }
        if (!period->locked) {
            return Error{tr("Period %1 is not locked.").arg(*period->number)};
        }
        repo.clearLock(id);
        repo.addLogEntry({0, id, true, QDateTime::currentDateTime(), byWhom.trimmed(), reason.trimmed()});
        return {};
    });
}

} // namespace osiedle::core
