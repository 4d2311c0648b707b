#pragma once

#include "core/indicators/IndicatorReport.h"

#include <QCoreApplication>

namespace osiedle::core {

class Database;

/// The data-quality problems of the report that are not missing participant data (DOMAIN.md,
/// "Who and when, precisely"): records dated before the project start (counted by no
/// indicator), imported start dates that differ from the first support recorded, and ends of
/// participation without their outcome. Read-only; throws StorageError.
class DataProblems {
    Q_DECLARE_TR_FUNCTIONS(DataProblems)

public:
    /// Every problem of the file, by kind, then date, then name.
    static QList<IndicatorReport::DataProblem> read(Database& db);

    /// The project's first day (invalid when the project has none).
    static QDate projectStart(Database& db);
    /// The kinds of record a problem can name, as stable keys.
    static QStringList recordKeys();
    /// A record kind in words ("Housing cooperative qualified").
    static QString recordName(const QString& recordKey);
    /// The problem in one sentence, translated ("Housing cooperative qualified on 24.09.2010,
    /// before the project start (01.10.2010): not counted by any indicator."). Without the
    /// record, for a table that names it in a column of its own ("Before the project start …").
    static QString describe(const IndicatorReport::DataProblem& problem, const QDate& projectStart,
                            bool withRecord = true);
    /// The stable key of a problem kind: "before_project", "start_mismatch", "end_without_reason".
    static QString kindKey(IndicatorReport::DataProblem::Kind kind);
};

} // namespace osiedle::core
