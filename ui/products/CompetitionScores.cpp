#include "ui/products/CompetitionScores.h"

#include "core/services/ChangeNotifier.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"

namespace osiedle::ui {

core::Status CompetitionScores::set(core::Database& db, core::ChangeNotifier& changes, const core::JuryScore& where,
                                    std::optional<int> points, int maxPoints)
{
    if (points && (*points < 0 || *points > maxPoints)) {
        return core::Error{tr("%1 points: give a whole number from 0 to %2.").arg(*points).arg(maxPoints)};
    }
    try {
        core::Transaction transaction(db);
        core::CompetitionRepository repo(db);
        if (points) {
            core::JuryScore score = where;
            score.points = *points;
            repo.setScore(score);
        } else {
            repo.clearScore(where.nominationId, where.jurorId, where.criterionId);
        }
        transaction.commit();
    } catch (const core::StorageError& e) {
        return core::Error{tr("The score could not be saved: %1").arg(QString::fromUtf8(e.what()))};
    }
    changes.notify(core::Topic::Products);
    return {};
}

} // namespace osiedle::ui
