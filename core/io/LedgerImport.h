#pragma once

#include "core/common/Result.h"
#include "core/domain/DebtEntry.h"
#include "core/io/CsvTable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace osiedle::core {

class ChangeNotifier;
class Database;

/// One problem of an imported ledger file, by row and column as a spreadsheet shows them.
struct LedgerImportProblem {
    int row = 0;    ///< the row a spreadsheet shows (the header is row 1); 0: the file as a whole
    QString column; ///< the column's title in the file, or the field key when the column is missing
    QString value;  ///< the cell as written (trimmed), empty when there is none
    QString reason;

    /// "row 7, column Kwota, value "-12,00": …", "row 7: …" or just the reason for the file.
    QString text() const;
    friend bool operator==(const LedgerImportProblem&, const LedgerImportProblem&) = default;
};

/// What an import found, and wrote unless it was a dry run or there was any problem.
struct LedgerImportSummary {
    int rows = 0;             ///< data rows read
    QList<DebtEntry> entries; ///< the entries of the rows, in file order (with their ids once written)
    QList<LedgerImportProblem> problems;
    int accounts = 0; ///< distinct accounts the entries go to
    bool written = false;
};

/// Called as the rows are checked and written: `done` of `total` steps. Returning false cancels
/// the import (nothing is written).
using LedgerImportProgress = std::function<bool(int done, int total)>;

/// Imports a ledger exported from an SM's own system: a CSV (or XLSX) table with the columns
/// account (the account number at the SM), date, kind, amount and note; the Polish titles "Nr
/// konta", "Data", "Rodzaj", "Kwota", "Uwagi" are understood too. Kinds are the stored keys
/// (charge, payment, wage_payment, housing_allowance, write_off, interest, correction), their
/// names, or the Polish words ("naliczenie", "wpłata", "dodatek mieszkaniowy", "umorzenie",
/// "odsetki", "korekta"…). Amounts are positive; the kind says whether they raise or lower the
/// arrears; only a correction carries its own sign and needs a note. An entry that is already
/// in the ledger (same account, date, kind, amount and note) is refused as a file imported
/// twice. A wage payment names the month of the wages it is deducted from (column wage_month,
/// "YYYY-MM"; "miesiąc wynagrodzenia"): an account has one deduction per month, whether posted by
/// the wage run or imported, so a month already deducted is refused. All rows are checked first, every problem is
/// listed, and nothing is written unless every row is right: all-or-nothing, in one transaction. Never throws.
class LedgerImport {
    Q_DECLARE_TR_FUNCTIONS(LedgerImport)

public:
    /// Checks the table and, when it is right and `dryRun` is false, writes it. An Error only for
    /// a storage failure or a cancelled import; the file's problems are in the summary.
    static Result<LedgerImportSummary> run(Database& db, const CsvTable& table, bool dryRun,
                                           ChangeNotifier* changes = nullptr,
                                           const LedgerImportProgress& progress = {});
    /// Reads the file (readTableFile) and runs it; a file that cannot be read is a problem of row 0.
    static Result<LedgerImportSummary> runFile(Database& db, const QString& path, bool dryRun,
                                               ChangeNotifier* changes = nullptr,
                                               const LedgerImportProgress& progress = {});
    /// The kind a cell names (key, name or Polish word); nullopt when it names none.
    static std::optional<DebtEntryKind> parseKind(const QString& text);
};

} // namespace osiedle::core
