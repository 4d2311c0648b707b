#pragma once

#include "core/common/FieldError.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <utility>

namespace osiedle::core {

class Database;

/// What a new project file starts with: the funded project's header data. Programme, priority
/// and measure default to the POKL 7.2.2 wording of the schema when left empty.
struct ProjectDetails {
    QString title;
    QString contractNumber;
    QString beneficiary;
    QString beneficiaryAddress;
    QString programme;
    QString priority;
    QString measure;
    QString region;
    QString place;
    QDate startDate;
    QDate endDate;
    /// Also create the quarterly reporting periods (payment claims) over the project's dates.
    bool quarterlyPeriods = true;
};

/// Creates project files: the `project` row (id 1), the default indicators with their targets
/// and, when asked, the quarterly reporting periods — all in one transaction, so a new file
/// either holds the whole starting state or none of it.
class ProjectService {
    Q_DECLARE_TR_FUNCTIONS(ProjectService)

public:
    /// Problems of the details, by field key ("title", "start_date", "end_date").
    static FieldErrors validate(const ProjectDetails& details);

    /// Creates a new file at `path` (which must not exist) and writes the starting state.
    /// On failure nothing is left behind at `path`.
    static Result<std::unique_ptr<Database>> createFile(const QString& path, const ProjectDetails& details);

    /// Writes the starting state into a freshly created, empty project inside the caller's
    /// transaction (used by createFile and by the demo generator). Throws StorageError.
    static void writeStartingState(Database& db, const ProjectDetails& details);

    /// The calendar quarters covering [from, to], clipped to it, in order. Empty when to < from.
    static QList<std::pair<QDate, QDate>> quarters(const QDate& from, const QDate& to);
};

} // namespace osiedle::core
