#pragma once

#include "core/domain/EvictionCase.h"

#include <QHash>
#include <QList>

#include <optional>

namespace osiedle::core {

class Database;

/// Every SQL statement about eviction cases (eviction_case, eviction_stage).
/// Throws StorageError. Not thread-safe.
class EvictionCaseRepository {
public:
    explicit EvictionCaseRepository(Database& db) : m_db(db) {}

    /// Inserts the case (not its steps); with c.id set when it is an undo of a removal.
    qint64 insert(const EvictionCase& c);
    void update(const EvictionCase& c);
    void remove(qint64 id);
    std::optional<EvictionCase> find(qint64 id);
    /// The participant's latest case, with its steps.
    std::optional<EvictionCase> forParticipant(qint64 participantId);
    qint64 addStep(qint64 caseId, const EvictionStep& step);
    void removeStep(qint64 stepId);
    /// The current stage of every participant whose latest case has a stage.
    QHash<qint64, EvictionStage> currentStages();

private:
    QList<EvictionStep> steps(qint64 caseId);

    Database& m_db;
};

} // namespace osiedle::core
