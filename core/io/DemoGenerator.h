#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace osiedle::core {

class Database;

struct DemoOptions {
    int scale = 1;              ///< 1 = this project (10 SM, 10 OSS, ~120 participants); N multiplies
    std::uint64_t seed = 2010;  ///< same seed and scale → identical content
};

/// What a demo run wrote, for the console's summary line.
struct DemoSummary {
    qint64 housingCoops = 0;
    qint64 socialCoops = 0;
    qint64 participants = 0;
    qint64 courses = 0;
    qint64 sessions = 0;
    qint64 attendanceMarks = 0;
    qint64 consultations = 0;
    qint64 workOrders = 0;
    qint64 ledgerEntries = 0;
};

/// Writes a realistic, deterministic demo of the POKL project: partners, housing and social
/// cooperatives in real Mazowieckie towns, participants with valid PESELs, training with
/// attendance, consultations, work orders, debts falling over time, instalment plans, eviction
/// cases, deliverables and the quarterly reporting periods. Uses only its own seeded random
/// numbers and fixed dates, never the clock, so the same options give the same file content.
class DemoGenerator {
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    static constexpr int maxScale = 1000;

    /// Creates `path` (which must not exist) holding the demo project, written in one
    /// transaction. On failure nothing is left at `path`.
    static Result<DemoSummary> createFile(const QString& path, const DemoOptions& options);

    /// Writes the demo into a freshly created, empty project inside the caller's transaction.
    /// Throws StorageError.
    static DemoSummary write(Database& db, const DemoOptions& options);
};

} // namespace osiedle::core
