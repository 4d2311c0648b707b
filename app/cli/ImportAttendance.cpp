#include "app/cli/ImportAttendance.h"

#include "app/cli/Commands.h"
#include "core/io/AttendanceImport.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

namespace osiedle::cli {

namespace {

class ImportAttendance {
    Q_DECLARE_TR_FUNCTIONS(ImportAttendance)

public:
    static int run(core::Database& db, const QString& input, bool dryRun, const std::function<bool()>& beforeWrite);
};

int ImportAttendance::run(core::Database& db, const QString& input, bool dryRun,
                          const std::function<bool()>& beforeWrite)
{
    // Checked first without writing, so that the backup copy is made only for an import that
    // will write.
    auto report = core::AttendanceImport::runFile(db, input, true);
    if (!dryRun && report.problems.isEmpty()) {
        if (!beforeWrite()) {
            return UserError;
        }
        report = core::AttendanceImport::runFile(db, input, false);
    }
    if (!report.problems.isEmpty()) {
        printError(tr("%1: nothing imported, %2 problems:").arg(input).arg(report.problems.size()));
        for (const core::AttendanceImportProblem& p : report.problems) {
            printError(QStringLiteral("  ") + p.text());
        }
        return UserError;
    }
    printOut(dryRun ? tr("%1 rows checked: %2 attendance marks would be imported (dry run, nothing written).")
                          .arg(report.rows)
                          .arg(report.marks)
                    : tr("%1 rows checked: %2 attendance marks imported.").arg(report.rows).arg(report.marks));
    return Success;
}

} // namespace

int importAttendance(core::Database& db, const QString& input, bool dryRun, const std::function<bool()>& beforeWrite)
{
    return ImportAttendance::run(db, input, dryRun, beforeWrite);
}

} // namespace osiedle::cli
