#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace osiedle::core {

class Database;

/// What `osiedle-cli check` reports about an open project file: schema version, integrity,
/// the project's header, row counts of the main tables and the participants whose mandatory
/// monitoring data is incomplete (view participant_missing).
struct FileSummary {
    struct TableCount {
        QString table; ///< the table's name in the file, e.g. "participant"
        qint64 rows = 0;
    };
    struct IncompleteParticipant {
        qint64 id = 0;
        QString name; ///< "Surname First name"
        int missing = 0; ///< the bit mask of ParticipantCompleteness
        bool started = false; ///< has a participation start (so would count in indicators)
    };

    int schemaVersion = 0;
    QStringList integrityProblems;
    bool hasProject = false;
    QString contractNumber;
    QString title;
    QList<TableCount> counts;
    qint64 participants = 0;
    QList<IncompleteParticipant> incomplete; ///< in surname order
};

/// Reads a FileSummary. Read-only; throws StorageError.
class FileSummaryRepository {
public:
    static FileSummary read(Database& db);
    /// The main tables counted, in the order shown.
    static QStringList countedTables();
};

} // namespace osiedle::core
