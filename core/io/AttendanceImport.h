#pragma once

#include "core/common/Result.h"
#include "core/domain/Enums.h"
#include "core/io/CsvTable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace osiedle::core {

class Database;
class ChangeNotifier;

/// One problem of an imported attendance file, with the row (as a spreadsheet numbers it) and
/// the column it is in.
struct AttendanceImportProblem {
    int row = 0;        ///< 0 for a problem of the whole file (e.g. a missing column)
    QString column;     ///< the column's title in the file, or the field's key
    QString message;

    /// "row 7, column pesel: no participant with PESEL 44051401359 on this course"
    QString text() const;
};

/// What an attendance import did, or would do (dry run).
struct AttendanceImportReport {
    int rows = 0;    ///< data rows read
    int marks = 0;   ///< marks written (or that would be written)
    bool written = false;
    QList<AttendanceImportProblem> problems; ///< nothing is written when there is any
};

/// Imports attendance marks from a CSV (or XLSX) table with the columns course (id or exact
/// name), date (of a session of that course), PESEL or name of an enrolled participant, and
/// status (present/excused/absent, obecny/usprawiedliwiony/nieobecny, P/U/N or 1/2/3). Every row
/// is checked first; nothing is written unless all rows are right. The marks are written in one
/// transaction, and participation start and completion are brought up to date.
class AttendanceImport {
    Q_DECLARE_TR_FUNCTIONS(AttendanceImport)

public:
    /// The mark a status text means, or nullopt when it means none of them.
    static std::optional<AttendanceStatus> parseStatus(const QString& text);

    static AttendanceImportReport run(Database& db, const CsvTable& table, bool dryRun,
                                      ChangeNotifier* changes = nullptr);
    /// Reads the file (CSV or XLSX by extension) and runs the import; a file that cannot be
    /// read is reported as a problem of row 0.
    static AttendanceImportReport runFile(Database& db, const QString& path, bool dryRun,
                                          ChangeNotifier* changes = nullptr);
};

} // namespace osiedle::core
