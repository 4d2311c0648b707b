#include "core/services/IndicatorService.h"

#include "core/storage/ReportingPeriodRepository.h"

namespace osiedle::core {

namespace {

// Checks the total/women/men parts of a target or a value alike; `prefix` makes the field keys.
FieldErrors checkParts(const std::optional<qint64>& total, const std::optional<qint64>& women,
                       const std::optional<qint64>& men, bool splitBySex, const QString& prefix)
{
    FieldErrors errors;
    const std::pair<const std::optional<qint64>*, const char*> parts[] = {
        {&total, "total"}, {&women, "women"}, {&men, "men"}};
    for (const auto& [value, name] : parts) {
        if (*value && **value < 0) {
            errors.append({prefix + QString::fromLatin1(name), IndicatorService::tr("A value cannot be negative.")});
        }
    }
    if (!errors.isEmpty()) {
        return errors;
    }
    if (!splitBySex) {
        if (women || men) {
            errors.append({prefix + QStringLiteral("women"),
                           IndicatorService::tr("This indicator is not counted by sex: leave women and men empty.")});
        }
        return errors;
    }
    if (women.has_value() != men.has_value()) {
        errors.append({prefix + (women ? QStringLiteral("men") : QStringLiteral("women")),
                       IndicatorService::tr("Give both women and men, or neither.")});
    } else if (women && men) {
        if (!total) {
            errors.append({prefix + QStringLiteral("total"),
                           IndicatorService::tr("Give the total too (women + men = %1).").arg(*women + *men)});
        } else if (*women + *men != *total) {
            errors.append(
                {prefix + QStringLiteral("total"), IndicatorService::tr("Women (%1) + men (%2) = %3, not the total %4.")
                                                       .arg(*women)
                                                       .arg(*men)
                                                       .arg(*women + *men)
                                                       .arg(*total)});
        }
    }
    return errors;
}

} // namespace

FieldErrors IndicatorService::validateTarget(const IndicatorTarget& target, bool splitBySex)
{
    return checkParts(target.total, target.women, target.men, splitBySex, QStringLiteral("target_"));
}

FieldErrors IndicatorService::validateValue(const IndicatorValue& value, bool splitBySex)
{
    FieldErrors errors = checkParts(value.total, value.women, value.men, splitBySex, QString());
    if (errors.isEmpty() && splitBySex && !value.isSplit()) {
        errors.append({QStringLiteral("women"), tr("Give the women and men of this value.")});
    }
    return errors;
}

FieldErrors IndicatorService::validate(const IndicatorEntry& entry)
{
    FieldErrors errors;
    if (entry.name.trimmed().isEmpty()) {
        errors.append({QStringLiteral("name"), tr("The indicator's name is required.")});
    }
    if (entry.unit.trimmed().isEmpty()) {
        errors.append({QStringLiteral("unit"), tr("The unit is required (e.g. copies, persons).")});
    }
    errors << validateTarget(entry.target, entry.splitBySex);
    return errors;
}

Status IndicatorService::setTarget(const QString& code, const IndicatorTarget& target, FieldErrors* errors)
{
    return write([&]() -> Status {
        IndicatorRepository repo(m_db);
        auto entry = repo.find(code);
        if (!entry) {
            return Error{tr("The indicator %1 no longer exists.").arg(code)};
        }
        const FieldErrors problems = validateTarget(target, entry->splitBySex);
        if (errors) {
            *errors = problems;
        }
        if (!problems.isEmpty()) {
            return joinedError(problems);
        }
        entry->target = target;
        repo.update(*entry);
        return {};
    });
}

Result<QString> IndicatorService::createOwn(IndicatorEntry entry, FieldErrors* errors)
{
    entry.name = entry.name.trimmed();
    entry.unit = entry.unit.trimmed();
    entry.objective = entry.objective.trimmed();
    entry.manual = true;
    entry.money = false;
    const FieldErrors problems = validate(entry);
    if (errors) {
        *errors = problems;
    }
    if (!problems.isEmpty()) {
        return joinedError(problems);
    }
    return write([&]() -> Result<QString> {
        IndicatorRepository repo(m_db);
        entry.code = repo.nextOwnCode();
        entry.sortOrder = repo.nextSortOrder();
        repo.insert(entry);
        return entry.code;
    });
}

Status IndicatorService::update(const IndicatorEntry& input, FieldErrors* errors)
{
    IndicatorEntry entry = input;
    entry.name = entry.name.trimmed();
    entry.unit = entry.unit.trimmed();
    entry.objective = entry.objective.trimmed();
    const FieldErrors problems = validate(entry);
    if (errors) {
        *errors = problems;
    }
    if (!problems.isEmpty()) {
        return joinedError(problems);
    }
    return write([&]() -> Status {
        IndicatorRepository repo(m_db);
        const auto stored = repo.find(entry.code);
        if (!stored) {
            return Error{tr("The indicator %1 no longer exists.").arg(entry.code)};
        }
        // What is calculated stays as the calculation needs it.
        entry.manual = stored->manual;
        entry.money = stored->money;
        entry.sortOrder = stored->sortOrder;
        if (entry.splitBySex != stored->splitBySex && (!stored->manual || !repo.manualValues(entry.code).isEmpty())) {
            return Error{stored->manual
                             ? tr("\"%1\" has values already: its split by sex cannot change.").arg(stored->name)
                             : tr("\"%1\" is calculated: its split by sex cannot change.").arg(stored->name)};
        }
        repo.update(entry);
        return {};
    });
}

Result<QList<ManualValue>> IndicatorService::removeOwn(const QString& code)
{
    return write([&]() -> Result<QList<ManualValue>> {
        IndicatorRepository repo(m_db);
        const auto stored = repo.find(code);
        if (!stored) {
            return Error{tr("The indicator %1 no longer exists.").arg(code)};
        }
        if (!stored->manual) {
            return Error{tr("\"%1\" is calculated from the data and cannot be deleted.").arg(stored->name)};
        }
        QList<ManualValue> values = repo.manualValues(code);
        ReportingPeriodRepository periods(m_db);
        for (const ManualValue& value : values) {
            if (const auto period = periods.byId(value.periodId); period && period->locked) {
                return Error{tr("\"%1\" has a value in the locked period %2: unlock the period first.")
                                 .arg(stored->name)
                                 .arg(period->number.value_or(0))};
            }
        }
        repo.remove(code);
        return values;
    });
}

Status IndicatorService::restore(const IndicatorEntry& entry, const QList<ManualValue>& values)
{
    return write([&]() -> Status {
        IndicatorRepository repo(m_db);
        if (repo.find(entry.code)) {
            repo.update(entry);
        } else {
            repo.insert(entry);
        }
        for (const ManualValue& value : values) {
            repo.setManualValue(value);
        }
        return {};
    });
}

Status IndicatorService::setManualValue(const QString& code, qint64 periodId,
                                        const std::optional<IndicatorValue>& value, FieldErrors* errors)
{
    return write([&]() -> Status {
        IndicatorRepository repo(m_db);
        const auto entry = repo.find(code);
        if (!entry) {
            return Error{tr("The indicator %1 no longer exists.").arg(code)};
        }
        if (!entry->manual) {
            return Error{tr("\"%1\" is calculated from the data: it has no values to type.").arg(entry->name)};
        }
        const auto period = ReportingPeriodRepository(m_db).byId(periodId);
        if (!period) {
            return Error{tr("The reporting period no longer exists.")};
        }
        if (period->locked) {
            return Error{
                tr("Period %1 is locked: unlock it first to change its values.").arg(period->number.value_or(0))};
        }
        if (!value) {
            repo.removeManualValue(code, periodId);
            return {};
        }
        const FieldErrors problems = validateValue(*value, entry->splitBySex);
        if (errors) {
            *errors = problems;
        }
        if (!problems.isEmpty()) {
            return joinedError(problems);
        }
        repo.setManualValue({code, periodId, *value});
        return {};
    });
}

} // namespace osiedle::core
