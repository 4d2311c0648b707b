#pragma once

#include "core/common/Result.h"
#include "core/services/ServiceWrite.h"
#include "core/storage/CompetitionRepository.h"

#include <QCoreApplication>

namespace osiedle::core {

/// Runs the competition: editions, categories, criteria, jurors, nominations and the jury's
/// points. Validates, writes in one transaction, announces Topic::Products. Never throws.
class CompetitionService {
    Q_DECLARE_TR_FUNCTIONS(CompetitionService)

public:
    CompetitionService(Database& db, ChangeNotifier* changes = nullptr) : m_db(db), m_changes(changes) {}

    Result<qint64> saveCompetition(const Competition& c);
    Status removeCompetition(qint64 id);
    Result<qint64> addCategory(const CompetitionCategory& c);
    Result<qint64> addCriterion(const CompetitionCriterion& c);
    Result<qint64> addJuror(const Juror& j);
    /// Inserts (id 0) or updates a nomination; exactly one nominee (OSS, SM, participant or a
    /// named person) must be given.
    Result<qint64> saveNomination(const Nomination& n);
    Status removeNomination(qint64 id);
    /// One juror's points for one nomination and criterion: 0 … the criterion's maximum.
    Status setScore(const JuryScore& s);
    Status clearScore(qint64 nominationId, qint64 jurorId, qint64 criterionId);

private:
    template <typename F>
    auto write(F&& work)
    {
        return serviceWriteChecked(m_db, m_changes, Topic::Products, std::forward<F>(work));
    }

    Database& m_db;
    ChangeNotifier* m_changes;
};

} // namespace osiedle::core
