#pragma once

#include "core/common/Result.h"
#include "core/domain/Participant.h"
#include "core/io/CsvTable.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>
#include <functional>

namespace osiedle::core {

class ChangeNotifier;
class Database;

/// Imports participants from a table (CSV or XLSX, see readTableFile) in two steps: check()
/// validates every row and lists every problem with row, column, value and reason; write()
/// stores the checked rows in one transaction — all of them only when there was no problem at
/// all, or just the valid rows when the caller asks for that. A PESEL already in the file is a
/// problem (reported, never duplicated). Not thread-safe; never throws.
class ParticipantImport {
    Q_DECLARE_TR_FUNCTIONS(ParticipantImport)

public:
    /// One problem of the input. `row` is the row number a spreadsheet shows (0 for the whole
    /// file), `column` the file's column title (or the field key when the column is missing).
    struct Problem {
        int row = 0;
        QString column;
        QString value;
        QString reason;

        /// "row 7, column PESEL, value 44051401358: wrong check digit"
        QString text() const;
        friend bool operator==(const Problem&, const Problem&) = default;
    };

    /// The outcome of check(): the participants of the valid rows (with their row numbers) and
    /// every problem, in row order.
    struct Checked {
        QList<Participant> valid;
        QList<int> validRows;
        QList<Problem> problems;
        QStringList ignoredColumns; ///< titles of columns that match no field
        int rowCount = 0;
        /// Rows with at least one problem.
        int invalidRowCount() const;
        /// What becomes of the start dates the valid rows give (empty when none gives one): the
        /// participation start is the first support recorded, so an imported start is kept only
        /// to be compared with it.
        QString startNote() const;
    };

    /// Told how far a check or a write has come: rows done of all rows. Called at the start,
    /// every progressStep rows and at the end, so that it costs nothing worth measuring.
    using Progress = std::function<void(int done, int total)>;
    static constexpr int progressStep = 250;

    ParticipantImport(Database& db, ChangeNotifier& changes);

    /// Column field key → 0-based column of the table found from its header.
    static QHash<QString, int> defaultMapping(const QStringList& header);

    /// Validates every row of a table using a mapping of field keys to columns (the default
    /// mapping when empty). Reads the file for the PESELs, SMs and institutions already stored.
    Checked check(const CsvTable& table, const QHash<QString, int>& mapping = {}, const Progress& progress = {}) const;
    /// Reads a file and checks it; a file that cannot be read gives one problem at row 0.
    Checked checkFile(const QString& path) const;

    /// Stores the valid participants of `checked` in one transaction. Without `onlyValid`,
    /// nothing is written when there is any problem. Returns how many were written.
    Result<int> write(const Checked& checked, bool onlyValid = false, const Progress& progress = {});

private:
    Database& m_db;
    ChangeNotifier& m_changes;
};

} // namespace osiedle::core
