#include "core/io/LedgerImport.h"

#include "core/common/DisplayFormat.h"
#include "core/history/ChangeScope.h"
#include "core/io/CsvHeaderMatcher.h"
#include "core/io/CsvValues.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/DebtLedgerService.h"
#include "core/services/DebtServiceGuard.h"
#include "core/storage/Database.h"
#include "core/storage/DebtAccountRepository.h"
#include "core/storage/LedgerRepository.h"
#include "core/storage/Transaction.h"

#include <QHash>
#include <QPair>
#include <QSet>

namespace osiedle::core {

namespace {

/// Progress is reported every this many rows (and at the end).
constexpr int kProgressStep = 500;

CsvHeaderMatcher ledgerHeaderMatcher()
{
    CsvHeaderMatcher matcher;
    matcher.addField(QStringLiteral("account"), {QStringLiteral("konto"), QStringLiteral("nr konta"),
                                                 QStringLiteral("numer konta"), QStringLiteral("account number")});
    matcher.addField(QStringLiteral("date"), {QStringLiteral("data"), QStringLiteral("data operacji")});
    matcher.addField(QStringLiteral("kind"),
                     {QStringLiteral("rodzaj"), QStringLiteral("typ"), QStringLiteral("rodzaj operacji")});
    matcher.addField(QStringLiteral("amount"), {QStringLiteral("kwota")});
    matcher.addField(QStringLiteral("note"),
                     {QStringLiteral("uwagi"), QStringLiteral("opis"), QStringLiteral("notatka")});
    matcher.addField(QStringLiteral("wage_month"),
                     {QStringLiteral("wage month"), QStringLiteral("miesiac wynagrodzenia"),
                      QStringLiteral("za miesiac"), QStringLiteral("miesiac")});
    return matcher;
}

/// Reads the cells of one row into an entry, collecting the row's problems.
class LedgerRowReader {
    Q_DECLARE_TR_FUNCTIONS(LedgerImport)

public:
    LedgerRowReader(const CsvTable& table, const CsvHeaderMatcher::Match& match, const CsvTable::Row& row,
                    QList<LedgerImportProblem>& problems)
        : m_table(table), m_match(match), m_row(row), m_problems(problems)
    {}

    QString cell(const char* key) const { return m_row.field(m_match.column(QString::fromLatin1(key))).trimmed(); }
    void problem(const char* key, const QString& reason)
    {
        const int column = m_match.column(QString::fromLatin1(key));
        m_problems.append({m_row.number, m_table.header.value(column).trimmed(), cell(key), reason});
        m_failed = true;
    }
    void rowProblem(const QString& reason)
    {
        m_problems.append({m_row.number, {}, {}, reason});
        m_failed = true;
    }
    bool failed() const { return m_failed; }

    std::optional<DebtAccount> account(const QHash<QString, QList<DebtAccount>>& byNumber)
    {
        const QString number = cell("account");
        const QList<DebtAccount> found = byNumber.value(number);
        if (number.isEmpty()) {
            problem("account", tr("the account number is missing"));
        } else if (found.isEmpty()) {
            problem("account", tr("no debt account has this number"));
        } else if (found.size() > 1) {
            problem("account", tr("%n housing cooperatives have an account with this number", nullptr,
                                  static_cast<int>(found.size())));
        } else {
            return found.first();
        }
        return std::nullopt;
    }

    std::optional<QDate> date(const std::optional<DebtAccount>& account)
    {
        const Result<QDate> date = CsvValues::date(cell("date"));
        if (!date) {
            problem("date", cell("date").isEmpty() ? tr("the date is missing") : date.error().message);
            return std::nullopt;
        }
        if (account && *date < account->openedOn) {
            problem("date", tr("before the account was opened on %1").arg(core::shown::date(account->openedOn)));
            return std::nullopt;
        }
        return *date;
    }

    std::optional<DebtEntryKind> kind()
    {
        const QString text = cell("kind");
        const std::optional<DebtEntryKind> kind = LedgerImport::parseKind(text);
        if (text.isEmpty()) {
            problem("kind", tr("the kind is missing"));
        } else if (!kind) {
            problem("kind", tr("not a kind of entry; write charge, payment, wage_payment, housing_allowance, "
                               "write_off, interest or correction"));
        } else if (*kind == DebtEntryKind::Opening) {
            problem("kind", tr("the arrears at entry are set when the account is opened, not imported"));
        } else {
            return kind;
        }
        return std::nullopt;
    }

    std::optional<Money> amount(const std::optional<DebtEntryKind>& kind)
    {
        const Result<Money> amount = CsvValues::amount(cell("amount"));
        if (!amount) {
            problem("amount", amount.error().message);
        } else if (amount->grosze() == 0) {
            problem("amount", tr("the amount must not be zero"));
        } else if (amount->grosze() < 0 && kind != DebtEntryKind::Correction) {
            problem("amount", tr("only a correction may be negative; give the amount without a minus (the kind "
                                 "says whether it raises or lowers the arrears), or import a reversal as a "
                                 "correction with a note"));
        } else {
            return *amount;
        }
        return std::nullopt;
    }

    /// The month of the wages a wage payment comes from, "YYYY-MM" (written so or as MM.YYYY);
    /// empty for the other kinds, which must not carry one. Empty with a problem when wrong.
    QString wageMonth(const std::optional<DebtEntryKind>& kind)
    {
        const bool hasColumn = m_match.column(QStringLiteral("wage_month")) >= 0;
        const QString text = hasColumn ? cell("wage_month") : QString();
        if (kind != DebtEntryKind::WagePayment) {
            if (!text.isEmpty() && kind) {
                problem("wage_month", tr("only a wage payment has a month of wages"));
            }
            return {};
        }
        if (!hasColumn) {
            problem("kind", tr("a wage payment needs the month of the wages it is deducted from: add the column "
                               "wage_month (YYYY-MM)"));
            return {};
        }
        if (text.isEmpty()) {
            problem("wage_month", tr("the month of the wages is missing (YYYY-MM)"));
            return {};
        }
        QDate month = QDate::fromString(text + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
        if (!month.isValid()) {
            month = QDate::fromString(QStringLiteral("01.") + text, QStringLiteral("dd.MM.yyyy"));
        }
        if (!month.isValid()) {
            problem("wage_month", tr("not a month; write it as YYYY-MM, e.g. 2013-05"));
            return {};
        }
        return month.toString(QStringLiteral("yyyy-MM"));
    }

    QString note(const std::optional<DebtEntryKind>& kind)
    {
        const QString note = cell("note");
        if (kind == DebtEntryKind::Correction && note.isEmpty()) {
            problem(m_match.column(QStringLiteral("note")) >= 0 ? "note" : "kind",
                    tr("a correction needs a note saying why"));
        }
        return note;
    }

private:
    const CsvTable& m_table;
    const CsvHeaderMatcher::Match& m_match;
    const CsvTable::Row& m_row;
    QList<LedgerImportProblem>& m_problems;
    bool m_failed = false;
};

/// The columns up to the last one with a title: a delimiter at the end of every line adds an
/// untitled, empty column that is no problem.
int titledWidth(const QStringList& header)
{
    auto width = static_cast<int>(header.size());
    while (width > 0 && header.at(width - 1).trimmed().isEmpty()) {
        --width;
    }
    return width;
}

/// True when the row has nothing in the fields from `column` on.
bool blankFrom(const CsvTable::Row& row, int column)
{
    for (int i = column; i < row.fields.size(); ++i) {
        if (!row.fields.at(i).trimmed().isEmpty()) {
            return false;
        }
    }
    return true;
}

/// The header's problems: required columns missing, columns that are no field or name one twice.
QList<LedgerImportProblem> headerProblems(const CsvTable& table, const CsvHeaderMatcher::Match& match)
{
    const int width = titledWidth(table.header);
    QList<LedgerImportProblem> problems;
    const int row = table.headerRowNumber;
    const QString expected = QStringLiteral("account, date, kind, amount, note, wage_month");
    for (const char* key : {"account", "date", "kind", "amount"}) {
        if (match.column(QString::fromLatin1(key)) < 0) {
            problems.append({row,
                             QString::fromLatin1(key),
                             {},
                             LedgerImport::tr("the column is missing (the columns are %1)").arg(expected)});
        }
    }
    for (const int column : match.unknownColumns) {
        if (column >= width) {
            continue;
        }
        const QString title = table.header.value(column).trimmed();
        problems.append({row,
                         title,
                         {},
                         title.isEmpty()
                             ? LedgerImport::tr("a column without a title (the columns are %1)").arg(expected)
                             : LedgerImport::tr("not a column of a ledger (the columns are %1)").arg(expected)});
    }
    for (const int column : match.duplicateColumns) {
        problems.append({row, table.header.value(column).trimmed(), {}, LedgerImport::tr("the column appears twice")});
    }
    return problems;
}

} // namespace

QString LedgerImportProblem::text() const
{
    if (row <= 0) {
        return reason;
    }
    if (column.isEmpty()) {
        return LedgerImport::tr("row %1: %2").arg(row).arg(reason);
    }
    if (value.isEmpty()) {
        return LedgerImport::tr("row %1, column %2: %3").arg(row).arg(column, reason);
    }
    return LedgerImport::tr("row %1, column %2, value \"%3\": %4").arg(row).arg(column, value, reason);
}

std::optional<DebtEntryKind> LedgerImport::parseKind(const QString& text)
{
    const QString folded = CsvHeaderMatcher::normalise(text);
    if (folded.isEmpty()) {
        return std::nullopt;
    }
    static const QHash<QString, DebtEntryKind> words = [] {
        QHash<QString, DebtEntryKind> map;
        for (const EnumEntry<DebtEntryKind>& entry : enumTable<DebtEntryKind>()) {
            map.insert(CsvHeaderMatcher::normalise(QString::fromLatin1(entry.key)), entry.value);
            map.insert(CsvHeaderMatcher::normalise(QString::fromUtf8(entry.label)), entry.value);
        }
        const std::pair<const char*, DebtEntryKind> polish[] = {
            {"bilans otwarcia", DebtEntryKind::Opening},
            {"zadluzenie na wejsciu", DebtEntryKind::Opening},
            {"naliczenie", DebtEntryKind::Charge},
            {"oplata", DebtEntryKind::Charge},
            {"oplaty", DebtEntryKind::Charge},
            {"oplata miesieczna", DebtEntryKind::Charge},
            {"czynsz", DebtEntryKind::Charge},
            {"monthly charge", DebtEntryKind::Charge},
            {"wplata", DebtEntryKind::Payment},
            {"splata", DebtEntryKind::Payment},
            {"wplata z wynagrodzenia", DebtEntryKind::WagePayment},
            {"wplata z wynagrodzenia oss", DebtEntryKind::WagePayment},
            {"potracenie z wynagrodzenia", DebtEntryKind::WagePayment},
            {"dodatek mieszkaniowy", DebtEntryKind::HousingAllowance},
            {"housing allowance credited", DebtEntryKind::HousingAllowance},
            {"umorzenie", DebtEntryKind::WriteOff},
            {"write off", DebtEntryKind::WriteOff},
            {"odsetki", DebtEntryKind::Interest},
            {"korekta", DebtEntryKind::Correction},
        };
        for (const auto& [word, kind] : polish) {
            map.insert(CsvHeaderMatcher::normalise(QString::fromLatin1(word)), kind);
        }
        return map;
    }();
    if (const auto it = words.constFind(folded); it != words.constEnd()) {
        return *it;
    }
    // The name in the program's language ("Wpłata z wynagrodzenia OSS").
    for (const DebtEntryKind kind : DebtEntryKinds::all()) {
        if (CsvHeaderMatcher::normalise(DebtEntryKinds::name(kind)) == folded) {
            return kind;
        }
    }
    return std::nullopt;
}

Result<LedgerImportSummary> LedgerImport::runFile(Database& db, const QString& path, bool dryRun,
                                                  ChangeNotifier* changes, const LedgerImportProgress& progress)
{
    const Result<CsvTable> table = readTableFile(path);
    if (!table) {
        LedgerImportSummary summary;
        summary.problems.append({0, {}, {}, table.error().message});
        return summary;
    }
    return run(db, *table, dryRun, changes, progress);
}

Result<LedgerImportSummary> LedgerImport::run(Database& db, const CsvTable& table, bool dryRun, ChangeNotifier* changes,
                                              const LedgerImportProgress& progress)
{
    const CsvHeaderMatcher::Match match = ledgerHeaderMatcher().match(table.header);
    LedgerImportSummary summary;
    summary.rows = static_cast<int>(table.rows.size());
    summary.problems = headerProblems(table, match);
    if (!summary.problems.isEmpty()) {
        return summary;
    }
    if (table.rows.isEmpty()) {
        summary.problems.append({0, {}, {}, tr("The file has a header but no rows.")});
        return summary;
    }
    const int total = summary.rows * (dryRun ? 1 : 2);
    const auto goOn = [&](int done) { return !progress || done % kProgressStep != 0 || progress(done, total); };
    const Error cancelled{tr("The import was cancelled; nothing was written.")};

    return guardDebtStorage(tr("Importing the ledger"), [&]() -> Result<LedgerImportSummary> {
        LedgerRepository ledger(db);
        const QHash<QString, QList<DebtAccount>> byNumber = DebtAccountRepository(db).byNumber();
        const int columns = titledWidth(table.header);
        QSet<qint64> accounts;
        QHash<QPair<qint64, QString>, int> wageRows; // (account, month) -> the row that has it
        int done = 0;
        for (const CsvTable::Row& row : table.rows) {
            if (!goOn(++done)) {
                return cancelled;
            }
            LedgerRowReader reader(table, match, row, summary.problems);
            if (row.fields.size() < columns) {
                reader.rowProblem(
                    tr("the row has %1 of %2 columns (it is cut short)").arg(row.fields.size()).arg(columns));
                continue;
            }
            if (row.fields.size() > table.header.size() || !blankFrom(row, columns)) {
                reader.rowProblem(tr("the row has %1 columns, the header %2").arg(row.fields.size()).arg(columns) +
                                  (table.delimiter == QLatin1Char(',')
                                       ? tr(" (an amount with a decimal comma must be in quotes)")
                                       : QString()));
                continue;
            }
            const std::optional<DebtAccount> account = reader.account(byNumber);
            const std::optional<QDate> date = reader.date(account);
            const std::optional<DebtEntryKind> kind = reader.kind();
            const std::optional<Money> amount = reader.amount(kind);
            const QString note = reader.note(kind);
            const QString wageMonth = reader.wageMonth(kind);
            if (reader.failed() || !account || !date || !kind || !amount) {
                continue;
            }
            const DebtEntry entry{0,    account->id, *date, *kind, DebtLedgerService::signedAmount(*kind, *amount),
                                  note, wageMonth};
            // One deduction per account and month of wages, whether posted by the wage run or
            // imported: a second one would repay the same wages twice.
            if (!wageMonth.isEmpty()) {
                const QPair<qint64, QString> key{account->id, wageMonth};
                if (const auto posted = ledger.wageEntry(account->id, wageMonth)) {
                    reader.problem("wage_month",
                                   tr("the wages of %1 are already deducted on this account (entry of %2)")
                                       .arg(wageMonth, core::shown::date(posted->date)));
                    continue;
                }
                if (wageRows.contains(key)) {
                    reader.problem(
                        "wage_month",
                        tr("row %1 already deducts the wages of this month on this account").arg(wageRows.value(key)));
                    continue;
                }
                wageRows.insert(key, row.number);
            }
            if (ledger.hasEntry(entry)) {
                reader.rowProblem(tr("the same entry is already in the ledger (was the file imported before?)"));
                continue;
            }
            summary.entries.append(entry);
            accounts.insert(entry.accountId);
        }
        if (!summary.problems.isEmpty()) {
            summary.entries.clear();
            return summary;
        }
        summary.accounts = static_cast<int>(accounts.size());
        if (dryRun) {
            if (progress) {
                progress(total, total);
            }
            return summary;
        }
        const ChangeScope scope(ChangeAction::Import);
        Transaction transaction(db);
        for (DebtEntry& entry : summary.entries) {
            if (!goOn(++done)) {
                return cancelled;
            }
            entry.id = ledger.insert(entry);
        }
        transaction.commit();
        if (progress) {
            progress(total, total);
        }
        summary.written = true;
        if (changes != nullptr) {
            changes->notify(Topic::Debts);
        }
        return summary;
    });
}

} // namespace osiedle::core
