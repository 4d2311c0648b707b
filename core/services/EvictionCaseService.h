#pragma once

#include "core/common/Result.h"
#include "core/domain/EvictionCase.h"

#include <QCoreApplication>

namespace osiedle::core {

class Database;
class ChangeNotifier;

/// Opens eviction cases, edits their details and records their stages in the order of
/// EvictionPath (a stage that does not follow is refused with the reason). Each write runs one
/// transaction and notifies Topic::Debts. Never throws.
class EvictionCaseService {
    Q_DECLARE_TR_FUNCTIONS(EvictionCaseService)

public:
    EvictionCaseService(Database& db, ChangeNotifier& changes) : m_db(db), m_changes(changes) {}

    /// Opens a case (its details only; stages are added with addStage).
    Result<qint64> open(const EvictionCase& c);
    /// Saves court, signature, social flat right, eviction date and notes.
    Status update(const EvictionCase& c);
    Status remove(qint64 caseId);
    /// Adds the next stage; refused when it does not follow (the message says why).
    Result<qint64> addStage(qint64 caseId, const EvictionStep& step);
    /// Removes the case's last stage (undo of addStage); refuses any other.
    Status removeLastStage(qint64 caseId, qint64 stepId);

private:
    Database& m_db;
    ChangeNotifier& m_changes;
};

} // namespace osiedle::core
