#pragma once

#include "core/domain/FoundingPath.h"

#include <QList>

namespace osiedle::core {

class Database;

/// All SQL of founding_step. Throws StorageError.
class FoundingStepRepository {
public:
    explicit FoundingStepRepository(Database& db) : m_db(db) {}

    QList<FoundingStepEntry> forCoop(qint64 socialCoopId) const;
    /// Inserts the step or replaces the one of the same kind of that OSS; returns its id.
    qint64 save(const FoundingStepEntry& step);
    void remove(qint64 socialCoopId, FoundingStep kind);

private:
    Database& m_db;
};

} // namespace osiedle::core
