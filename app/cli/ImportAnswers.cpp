#include "app/cli/ImportAnswers.h"

#include "app/cli/Commands.h"
#include "core/io/AnswerImport.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace osiedle::cli {

namespace {

class ImportAnswers {
    Q_DECLARE_TR_FUNCTIONS(ImportAnswers)

public:
    static int run(core::Database& db, const QString& input, bool dryRun, const std::function<bool()>& beforeWrite,
                   const QString& round);
};

int ImportAnswers::run(core::Database& db, const QString& input, bool dryRun, const std::function<bool()>& beforeWrite,
                       const QString& roundText)
{
    bool ok = false;
    const qint64 round = roundText.toLongLong(&ok);
    if (!ok || round <= 0) {
        printError(tr("--round must be the id of a round of a questionnaire or test, not \"%1\".").arg(roundText));
        return UsageError;
    }
    // Checked first without writing, so that the backup copy is made only for an import that
    // will write.
    core::AnswerImportReport report = core::AnswerImport::runFile(db, round, input, true);
    if (!dryRun && report.problems.isEmpty()) {
        if (!beforeWrite()) {
            return UserError;
        }
        report = core::AnswerImport::runFile(db, round, input, false);
    }
    if (!report.ignoredColumns.isEmpty()) {
        printOut(tr("Columns not imported: %1").arg(report.ignoredColumns.join(QStringLiteral(", "))));
    }
    if (!report.problems.isEmpty()) {
        printError(tr("%1: nothing imported, %n problem(s):", nullptr, static_cast<int>(report.problems.size()))
                       .arg(QFileInfo(input).fileName()));
        for (const core::AnswerImportProblem& p : report.problems) {
            printError(QStringLiteral("  ") + p.text());
        }
        return UserError;
    }
    const QString replaced =
        report.replaced > 0 ? tr(" (%n of them replace answers entered before)", nullptr, report.replaced) : QString();
    printOut(
        dryRun
            ? tr("%1 rows checked: %n form(s) would be imported%2 (dry run, nothing written).", nullptr, report.forms)
                  .arg(report.rows)
                  .arg(replaced)
            : tr("%1 rows checked: %n form(s) imported%2.", nullptr, report.forms).arg(report.rows).arg(replaced));
    return Success;
}

} // namespace

int importAnswers(core::Database& db, const QString& input, bool dryRun, const std::function<bool()>& beforeWrite,
                  const QString& round)
{
    return ImportAnswers::run(db, input, dryRun, beforeWrite, round);
}

} // namespace osiedle::cli
