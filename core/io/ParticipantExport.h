#pragma once

#include "core/common/Result.h"
#include "core/domain/Participant.h"
#include "core/io/ParticipantImportColumns.h"
#include "core/storage/ParticipantRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace osiedle::core {

class Database;

/// The participant-monitoring export: one row per participant with the columns of the funder's
/// participant form (participantColumns(), Polish titles), to CSV (UTF-8 with BOM, `;`) or XLSX.
/// The optional columns (disability, minority, migrant) only when the project collects them.
/// All participants, or those whose participation started in a period. Records with incomplete
/// mandatory data can be listed first and left out. Reading only; never throws.
class ParticipantExport {
    Q_DECLARE_TR_FUNCTIONS(ParticipantExport)

public:
    enum class Format { Csv, Xlsx };

    struct Options {
        QDate from; ///< with `to`: only participants whose participation started in [from, to]
        QDate to;
        bool excludeIncomplete = false;
    };

    /// A participant whose mandatory monitoring data is incomplete, with what is missing.
    struct Incomplete {
        qint64 id = 0;
        QString name;
        int missing = 0;
        QString missingText; ///< "sex, education"
    };

    explicit ParticipantExport(Database& db) : m_db(db) {}

    /// The participants the options select that are incomplete, by name.
    Result<QList<Incomplete>> incomplete(const Options& options) const;
    /// Writes the file; returns the number of participants written. The file is replaced only
    /// when it was written completely.
    Result<int> write(const QString& path, Format format, const Options& options) const;

    /// The columns written when the project collects the given optional data: every column of
    /// participantColumns() except the optional ones that are off.
    static QList<ParticipantColumn> columns(const OptionalMonitoringData& collected);

    /// The format by the file's extension (".xlsx" → Xlsx, anything else → Csv).
    static Format formatOf(const QString& path);

private:
    Database& m_db;
};

} // namespace osiedle::core
