#pragma once

#include "core/domain/Enums.h"
#include "core/indicators/IndicatorValue.h"

#include <QList>
#include <QString>
#include <optional>

namespace osiedle::core {

class Database;

/// One indicator of the project file as the office edits it: its names, its target and
/// whether it is the office's own indicator with a value typed per period (manual).
struct IndicatorEntry {
    QString code;
    QString name;
    QString objective;
    QString unit;
    IndicatorKind kind = IndicatorKind::Product;
    bool splitBySex = false;
    bool money = false;
    bool manual = false;
    IndicatorTarget target;
    int sortOrder = 0;

    friend bool operator==(const IndicatorEntry&, const IndicatorEntry&) = default;
};

/// The value of an own (manual) indicator in one reporting period.
struct ManualValue {
    QString code;
    qint64 periodId = 0;
    IndicatorValue value;

    friend bool operator==(const ManualValue&, const ManualValue&) = default;
};

/// All SQL about the file's indicators, their targets and the manual values of the office's
/// own indicators. Throws StorageError.
class IndicatorRepository {
public:
    explicit IndicatorRepository(Database& db) : m_db(db) {}

    /// In report order.
    QList<IndicatorEntry> all();
    std::optional<IndicatorEntry> find(const QString& code);
    void insert(const IndicatorEntry& entry);
    void update(const IndicatorEntry& entry);
    void remove(const QString& code);
    /// A code for a new own indicator ("OWN_1", "OWN_2", ...) and the sort order after the last.
    QString nextOwnCode();
    int nextSortOrder();

    QList<ManualValue> manualValues(const QString& code);
    QList<ManualValue> manualValuesOfPeriod(qint64 periodId);
    void setManualValue(const ManualValue& value);
    void removeManualValue(const QString& code, qint64 periodId);

private:
    Database& m_db;
};

} // namespace osiedle::core
