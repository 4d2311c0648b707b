#pragma once

#include "core/common/FieldError.h"
#include "core/common/Result.h"
#include "core/services/ServiceWrite.h"
#include "core/storage/IndicatorRepository.h"

#include <QCoreApplication>

namespace osiedle::core {

/// The office's edits of the indicator list: targets (total, women, men) of every indicator,
/// and the office's own indicators whose value is typed per reporting period (e.g. brochure
/// copies distributed). Validates, writes in one transaction, announces Topic::Indicators.
/// Manual values of a locked period are refused. Never throws.
class IndicatorService {
    Q_DECLARE_TR_FUNCTIONS(IndicatorService)

public:
    explicit IndicatorService(Database& db, ChangeNotifier* changes = nullptr) : m_db(db), m_changes(changes) {}

    /// Field keys: target_total, target_women, target_men. Every part ≥ 0; women and men only
    /// for an indicator counted by sex, both or neither, and then women + men = total.
    static FieldErrors validateTarget(const IndicatorTarget& target, bool splitBySex);
    /// Field keys: name, unit, and those of validateTarget.
    static FieldErrors validate(const IndicatorEntry& entry);
    /// Field keys: total, women, men. Each ≥ 0; for a split indicator women and men are
    /// required and women + men = total; otherwise they are empty.
    static FieldErrors validateValue(const IndicatorValue& value, bool splitBySex);

    Status setTarget(const QString& code, const IndicatorTarget& target, FieldErrors* errors = nullptr);
    /// A new own (manual) indicator at the end of the list; returns its code.
    Result<QString> createOwn(IndicatorEntry entry, FieldErrors* errors = nullptr);
    /// Edits names, unit, kind and target of any indicator; the split by sex of an own one only
    /// while it has no values.
    Status update(const IndicatorEntry& entry, FieldErrors* errors = nullptr);
    /// Deletes an own indicator with its values; refused for the calculated ones and when a
    /// locked period holds a value of it. Returns the values deleted (for undo).
    Result<QList<ManualValue>> removeOwn(const QString& code);
    /// Undo: writes the indicator back as it was, with the values given.
    Status restore(const IndicatorEntry& entry, const QList<ManualValue>& values = {});

    /// The value of an own indicator in a period; nullopt removes it. Refused for a locked
    /// period and for an indicator that is calculated.
    Status setManualValue(const QString& code, qint64 periodId, const std::optional<IndicatorValue>& value,
                          FieldErrors* errors = nullptr);

private:
    template <typename F> auto write(F&& work)
    {
        return serviceWriteChecked(m_db, m_changes, Topic::Indicators, std::forward<F>(work));
    }

    Database& m_db;
    ChangeNotifier* m_changes;
};

} // namespace osiedle::core
