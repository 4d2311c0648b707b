#pragma once

#include "core/indicators/ReportingPeriod.h"

#include <QList>

#include <optional>

namespace osiedle::core {

class Database;

/// Reads the reporting periods (payment claims) of a project. Throws StorageError.
class ReportingPeriodRepository {
public:
    explicit ReportingPeriodRepository(Database& db) : m_db(db) {}

    /// Every period, in the order of their numbers.
    QList<ReportingPeriod> all();
    std::optional<ReportingPeriod> byId(qint64 id);
    std::optional<ReportingPeriod> byNumber(int number);

private:
    Database& m_db;
};

} // namespace osiedle::core
