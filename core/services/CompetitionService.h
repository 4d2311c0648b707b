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

    // Every save inserts (id 0) or updates; every remove returns what it took away (with the
    // categories, nominations and scores that depended on it) for restore() to put back.

    Result<qint64> saveCompetition(const Competition& c);
    Result<CompetitionSnapshot> removeCompetition(qint64 id);
    /// A category needs a name and 0 or more awards.
    Result<qint64> saveCategory(const CompetitionCategory& c);
    Result<CompetitionSnapshot> removeCategory(qint64 id);
    /// A criterion gives 1 point or more at most, weight 1 or more; its maximum cannot fall
    /// below points a juror has already given.
    Result<qint64> saveCriterion(const CompetitionCriterion& c);
    Result<CompetitionSnapshot> removeCriterion(qint64 id);
    Result<qint64> saveJuror(const Juror& j);
    Result<CompetitionSnapshot> removeJuror(qint64 id);
    /// Exactly one nominee, of the category's kind: an OSS in an OSS category, an SM in an SM
    /// category, a participant or a named person among the residents.
    Result<qint64> saveNomination(const Nomination& n);
    Result<CompetitionSnapshot> removeNomination(qint64 id);
    /// Puts back what a remove took away, under the same ids.
    Status restore(const CompetitionSnapshot& snapshot);
    /// One juror's points for one nomination and criterion: 0 … the criterion's maximum.
    Status setScore(const JuryScore& s);
    Status clearScore(qint64 nominationId, qint64 jurorId, qint64 criterionId);

private:
    template <typename F> auto write(F&& work)
    {
        return serviceWriteChecked(m_db, m_changes, Topic::Products, std::forward<F>(work));
    }

    Database& m_db;
    ChangeNotifier* m_changes;
};

} // namespace osiedle::core
