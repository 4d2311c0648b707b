#pragma once

#include "core/common/Result.h"
#include "core/storage/CompetitionRepository.h"

#include <QCoreApplication>

#include <optional>

namespace osiedle::core {
class ChangeNotifier;
}

namespace osiedle::ui {

/// Writes one juror's points through the competition repository in a transaction and
/// announces Topic::Products; checks the points against the criterion's maximum first.
class CompetitionScores {
    Q_DECLARE_TR_FUNCTIONS(CompetitionScores)

public:
    /// Sets the points, or clears them when `points` is empty. Never throws.
    static core::Status set(core::Database& db, core::ChangeNotifier& changes, const core::JuryScore& where,
                            std::optional<int> points, int maxPoints);
};

} // namespace osiedle::ui
