#include "app/cli/ImportLedger.h"

#include "app/cli/Commands.h"
#include "core/io/LedgerImport.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>

namespace osiedle::cli {

namespace {

class ImportLedger {
    Q_DECLARE_TR_FUNCTIONS(ImportLedger)

public:
    static int run(core::Database& db, const QString& input, bool dryRun, const std::function<bool()>& beforeWrite);
};

int ImportLedger::run(core::Database& db, const QString& input, bool dryRun, const std::function<bool()>& beforeWrite)
{
    core::ChangeNotifier changes;
    // Checked first without writing, so that the backup copy is made only for an import that
    // will write.
    auto summary = core::LedgerImport::runFile(db, input, true, &changes);
    if (!dryRun && summary && summary->problems.isEmpty()) {
        if (!beforeWrite()) {
            return UserError;
        }
        summary = core::LedgerImport::runFile(db, input, false, &changes);
    }
    if (!summary) {
        printError(summary.error().message);
        return UserError;
    }
    const QString file = QDir::toNativeSeparators(input);
    if (!summary->problems.isEmpty()) {
        printError(
            tr("%1: nothing imported, %n problem(s):", nullptr, static_cast<int>(summary->problems.size())).arg(file));
        for (const core::LedgerImportProblem& p : summary->problems) {
            printError(QStringLiteral("  ") + p.text());
        }
        return UserError;
    }
    const auto entries = static_cast<int>(summary->entries.size());
    printOut(dryRun ? tr("%1: %n row(s) checked for %2 account(s), no problems; nothing written (--dry-run).", nullptr,
                         entries)
                          .arg(file)
                          .arg(summary->accounts)
                    : tr("%1: %n ledger entry(-ies) imported for %2 account(s).", nullptr, entries)
                          .arg(file)
                          .arg(summary->accounts));
    return Success;
}

} // namespace

int importLedger(core::Database& db, const QString& input, bool dryRun, const std::function<bool()>& beforeWrite)
{
    return ImportLedger::run(db, input, dryRun, beforeWrite);
}

} // namespace osiedle::cli
