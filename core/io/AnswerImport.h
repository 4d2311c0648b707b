#pragma once

#include "core/domain/Instrument.h"
#include "core/io/CsvTable.h"
#include "core/storage/SurveyRoundRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace osiedle::core {

class Database;
class ChangeNotifier;

/// One problem of an imported answers file, with the row (as a spreadsheet numbers it) and the
/// column it is in.
struct AnswerImportProblem {
    int row = 0;    ///< 0 for a problem of the whole file (e.g. no column names the person)
    QString column; ///< the column's title in the file
    QString message;

    /// "row 7, column 3: “7” is not an answer of item 3 (1–5)"
    QString text() const;
};

/// What an answers import did, or would do (dry run).
struct AnswerImportReport {
    int rows = 0;     ///< data rows read
    int forms = 0;    ///< forms written (or that would be)
    int replaced = 0; ///< of them, forms that had answers already (they are replaced)
    int answers = 0;
    bool written = false;
    QStringList ignoredColumns;          ///< titles that name neither the person nor an item (e.g. a timestamp)
    QList<AnswerImportProblem> problems; ///< nothing is written when there is any
    /// The forms of the file by participant, and (once written) what they replaced: for undo.
    QHash<qint64, QList<SurveyAnswer>> formsByPerson;
    QHash<qint64, QList<SurveyAnswer>> previousForms;
};

/// Imports the answers of one round from a CSV or XLSX table, e.g. the export of an online
/// form: a row per respondent, found by the column "code" (kod), "pesel" or the name ("name",
/// "imię i nazwisko", or "first name" and "last name"), and a column per item, named by its
/// number ("1", "P1", "Pyt. 3", "Q3", "3. Lubię…") or by its text. Answers are the item's
/// numbers (1–5; 1/0 or tak/nie for yes/no; 1..n or a, b, c for one right answer), the words of
/// the five-point scale ("raczej się zgadzam", "agree") or the text of an answer. A blank cell
/// is no answer. Every row is checked first; nothing is written unless all rows are right. A
/// person's form in the file replaces what was entered for them before.
class AnswerImport {
    Q_DECLARE_TR_FUNCTIONS(AnswerImport)

public:
    /// The answer a cell means for the item; nullopt when it means none it takes.
    static std::optional<int> parseAnswer(const InstrumentItem& item, const QString& text);

    static AnswerImportReport run(Database& db, qint64 roundId, const CsvTable& table, bool dryRun,
                                  ChangeNotifier* changes = nullptr);
    /// Reads the file (CSV or XLSX by extension) and runs the import; a file that cannot be
    /// read is reported as a problem of row 0.
    static AnswerImportReport runFile(Database& db, qint64 roundId, const QString& path, bool dryRun,
                                      ChangeNotifier* changes = nullptr);
};

} // namespace osiedle::core
