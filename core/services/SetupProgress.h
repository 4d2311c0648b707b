#pragma once

#include "core/common/Result.h"
#include "core/storage/ProjectRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace osiedle::core {

class Database;

/// The steps of setting up a project, in the order the project runs, each ticked off once the
/// file holds its data: what the start page shows a new office.
struct SetupProgress {
    Q_DECLARE_TR_FUNCTIONS(SetupProgress)

public:
    enum class Step { Project, PartnersAndStaff, HousingCoops, Participants, Courses, SocialCoops, OrdersAndDebts };

    struct Item {
        Step step = Step::Project;
        bool done = false;
        /// What there is so far, in words ("2 partners, no office staff yet").
        QString summary;
    };

    QList<Item> items;

    /// True when every step is done.
    bool complete() const;
    /// The steps of the project in `db`. Project details count as done once the contract number
    /// and the beneficiary are filled in; each other step once its lists hold something (both
    /// lists where a step has two).
    static Result<SetupProgress> compute(Database& db);
    /// The same from what was read.
    static SetupProgress from(const Project& project, const SetupCounts& counts);
};

} // namespace osiedle::core
