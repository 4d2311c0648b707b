#include "core/io/AnswerImport.h"

#include "core/common/TextFold.h"
#include "core/domain/SurveyScoring.h"
#include "core/history/ChangeScope.h"
#include "core/io/CsvHeaderMatcher.h"
#include "core/services/SurveyAnswerService.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/StorageError.h"
#include "core/storage/SurveyRoundRepository.h"

#include <QRegularExpression>
#include <QSet>

namespace osiedle::core {

namespace {

QString folded(const QString& text)
{
    return CsvHeaderMatcher::normalise(text);
}

// What a column of the file is: a field that names the person, an item, or nothing known.
struct Columns {
    int code = -1;
    int pesel = -1;
    int name = -1;
    int firstName = -1;
    int lastName = -1;
    QHash<int, const InstrumentItem*> items; // column → item
    QStringList ignored;
    QList<AnswerImportProblem> problems;
};

Columns readHeader(const QStringList& header, const Instrument& instrument)
{
    CsvHeaderMatcher people;
    people.addField(QStringLiteral("code"), {QStringLiteral("kod"), QStringLiteral("kod uczestnika"),
                                             QStringLiteral("kod ankiety"), QStringLiteral("respondent code")});
    people.addField(QStringLiteral("pesel"));
    people.addField(QStringLiteral("name"),
                    {QStringLiteral("imię i nazwisko"), QStringLiteral("nazwisko i imię"), QStringLiteral("uczestnik"),
                     QStringLiteral("participant"), QStringLiteral("full name")});
    people.addField(QStringLiteral("first_name"), {QStringLiteral("imię"), QStringLiteral("first name")});
    people.addField(QStringLiteral("last_name"),
                    {QStringLiteral("nazwisko"), QStringLiteral("surname"), QStringLiteral("last name")});
    QHash<QString, const InstrumentItem*> byText;
    QHash<int, const InstrumentItem*> byNumber;
    for (const InstrumentItem& item : instrument.items) {
        byText.insert(folded(item.text), &item);
        byNumber.insert(item.position, &item);
    }
    // "3", "P3", "Pyt. 3", "pytanie 3", "Q3", "item 3", "3. Lubię…", "3) …"
    static const QRegularExpression numbered(
        QStringLiteral(
            R"(^\s*(?:p|pyt|pytanie|q|question|item|pozycja|nr)?\s*\.?\s*(\d{1,3})\s*(?:[.):\-–]\s*(.*))?$)"),
        QRegularExpression::CaseInsensitiveOption);
    Columns columns;
    QHash<qint64, int> itemColumn;
    for (int c = 0; c < header.size(); ++c) {
        const QString title = header[c].trimmed();
        const QString field = people.fieldFor(title);
        int* slot = field == QLatin1String("code")         ? &columns.code
                    : field == QLatin1String("pesel")      ? &columns.pesel
                    : field == QLatin1String("name")       ? &columns.name
                    : field == QLatin1String("first_name") ? &columns.firstName
                    : field == QLatin1String("last_name")  ? &columns.lastName
                                                           : nullptr;
        if (slot != nullptr) {
            if (*slot < 0) {
                *slot = c;
            } else {
                columns.problems.append({0, title, AnswerImport::tr("the column appears twice")});
            }
            continue;
        }
        const InstrumentItem* item = byText.value(folded(title));
        if (item == nullptr) {
            const QRegularExpressionMatch m = numbered.match(title);
            if (m.hasMatch()) {
                item = byNumber.value(m.captured(1).toInt());
                if (item == nullptr) {
                    columns.problems.append({0, title,
                                             AnswerImport::tr("the questionnaire has no item %1 (it has %n item(s))",
                                                              nullptr, int(instrument.items.size()))
                                                 .arg(m.captured(1))});
                    continue;
                }
            }
        }
        if (item == nullptr) {
            if (!title.isEmpty()) {
                columns.ignored << title;
            }
            continue;
        }
        if (const int earlier = itemColumn.value(item->id, -1); earlier >= 0) {
            columns.problems.append({0, title,
                                     AnswerImport::tr("item %1 has two columns: “%2” and this one")
                                         .arg(item->position)
                                         .arg(header[earlier].trimmed())});
            continue;
        }
        itemColumn.insert(item->id, c);
        columns.items.insert(c, item);
    }
    if (columns.code < 0 && columns.pesel < 0 && columns.name < 0 && (columns.firstName < 0 || columns.lastName < 0)) {
        columns.problems.append(
            {0,
             {},
             AnswerImport::tr("the file needs a column that names the person: “code” (kod), “pesel”, "
                              "“name” (imię i nazwisko), or “first name” and “last name”")});
    }
    if (columns.items.isEmpty()) {
        columns.problems.append({0,
                                 {},
                                 AnswerImport::tr("no column names an item of the questionnaire: title them by the "
                                                  "item's number (1, 2, …) or its text")});
    }
    return columns;
}

// The five-point scale in words, Polish and English, folded.
const QHash<QString, int>& likertWords()
{
    static const QHash<QString, int> words = [] {
        QHash<QString, int> w;
        const char* const polish[] = {"zdecydowanie sie nie zgadzam", "raczej sie nie zgadzam", "trudno powiedziec",
                                      "raczej sie zgadzam", "zdecydowanie sie zgadzam"};
        const char* const english[] = {"strongly disagree", "disagree", "neither agree nor disagree", "agree",
                                       "strongly agree"};
        for (int i = 0; i < 5; ++i) {
            w.insert(folded(QString::fromLatin1(polish[i])), i + 1);
            w.insert(folded(QString::fromLatin1(english[i])), i + 1);
        }
        w.insert(folded(QStringLiteral("nie wiem")), 3);
        w.insert(folded(QStringLiteral("neutral")), 3);
        return w;
    }();
    return words;
}

} // namespace

QString AnswerImportProblem::text() const
{
    if (row == 0) {
        return column.isEmpty() ? message : AnswerImport::tr("column %1: %2").arg(column, message);
    }
    if (column.isEmpty()) {
        return AnswerImport::tr("row %1: %2").arg(row).arg(message);
    }
    return AnswerImport::tr("row %1, column %2: %3").arg(row).arg(column, message);
}

std::optional<int> AnswerImport::parseAnswer(const InstrumentItem& item, const QString& input)
{
    const QString text = input.trimmed();
    const QString f = folded(text);
    bool isNumber = false;
    const int number = text.toInt(&isNumber);
    switch (item.kind) {
    case ItemKind::Likert: {
        if (isNumber) {
            return number >= 1 && number <= 5 ? std::optional<int>(number) : std::nullopt;
        }
        if (const auto it = likertWords().constFind(f); it != likertWords().constEnd()) {
            return *it;
        }
        // "4 - raczej się zgadzam"
        static const QRegularExpression leading(QStringLiteral(R"(^([1-5])\s*[-–.:)]\s*\S)"));
        const QRegularExpressionMatch m = leading.match(text);
        return m.hasMatch() ? std::optional<int>(m.captured(1).toInt()) : std::nullopt;
    }
    case ItemKind::YesNo:
        if (f == QLatin1String("1") || f == QLatin1String("tak") || f == QLatin1String("t") ||
            f == QLatin1String("yes") || f == QLatin1String("y")) {
            return 1;
        }
        if (f == QLatin1String("0") || f == QLatin1String("nie") || f == QLatin1String("n") ||
            f == QLatin1String("no")) {
            return 0;
        }
        return std::nullopt;
    case ItemKind::Choice: {
        if (isNumber) {
            return number >= 1 && number <= item.options.size() ? std::optional<int>(number) : std::nullopt;
        }
        for (int i = 0; i < item.options.size(); ++i) {
            if (folded(item.options[i]) == f) {
                return i + 1;
            }
        }
        // "b", "b)", "b."
        static const QRegularExpression letter(QStringLiteral(R"(^([a-z])\s*[).]?$)"));
        const QRegularExpressionMatch m = letter.match(text.toLower());
        if (m.hasMatch()) {
            const int n = m.captured(1).at(0).unicode() - 'a' + 1;
            return n <= item.options.size() ? std::optional<int>(n) : std::nullopt;
        }
        return std::nullopt;
    }
    }
    return std::nullopt;
}

AnswerImportReport AnswerImport::runFile(Database& db, qint64 roundId, const QString& path, bool dryRun,
                                         ChangeNotifier* changes)
{
    const auto table = readTableFile(path);
    if (!table) {
        AnswerImportReport report;
        report.problems.append({0, {}, table.error().message});
        return report;
    }
    return run(db, roundId, *table, dryRun, changes);
}

AnswerImportReport AnswerImport::run(Database& db, qint64 roundId, const CsvTable& table, bool dryRun,
                                     ChangeNotifier* changes)
{
    AnswerImportReport report;
    report.rows = static_cast<int>(table.rows.size());
    try {
        SurveyRoundRepository rounds(db);
        const auto round = rounds.find(roundId);
        if (!round) {
            report.problems.append({0, {}, tr("there is no round with id %1").arg(roundId)});
            return report;
        }
        const auto instrument = InstrumentRepository(db).find(round->instrumentId);
        if (!instrument) {
            report.problems.append({0, {}, tr("the round's questionnaire no longer exists")});
            return report;
        }
        const Columns columns = readHeader(table.header, *instrument);
        report.ignoredColumns = columns.ignored;
        report.problems = columns.problems;
        if (!report.problems.isEmpty()) {
            return report;
        }
        if (table.rows.isEmpty()) {
            report.problems.append({0, {}, tr("the file has no rows of answers")});
            return report;
        }

        // The round's respondents by code, PESEL and name (both orders), folded.
        QHash<QString, qint64> byCode;
        QHash<QString, qint64> byPesel;
        QHash<QString, QList<qint64>> byName;
        QSet<qint64> answered;
        for (const Respondent& r : rounds.respondents(roundId)) {
            byCode.insert(r.code.toUpper(), r.participantId);
            if (!r.pesel.isEmpty()) {
                byPesel.insert(r.pesel, r.participantId);
            }
            byName[foldForSearch((r.lastName + QLatin1Char(' ') + r.firstName).simplified())] << r.participantId;
            byName[foldForSearch((r.firstName + QLatin1Char(' ') + r.lastName).simplified())] << r.participantId;
        }
        for (const SurveyAnswer& a : rounds.answers(roundId)) {
            answered.insert(a.participantId);
        }
        auto title = [&](int column) { return table.header.value(column).trimmed(); };

        QHash<qint64, QList<SurveyAnswer>> forms;
        QHash<qint64, int> rowOf;
        for (const CsvTable::Row& row : table.rows) {
            auto problem = [&](int column, const QString& message) {
                report.problems.append({row.number, column >= 0 ? title(column) : QString(), message});
            };
            // The person: the code first, then the PESEL, then the name.
            std::optional<qint64> who;
            const QString code = row.field(columns.code).trimmed();
            const QString pesel = row.field(columns.pesel).trimmed();
            QString name = row.field(columns.name).simplified();
            int nameColumn = columns.name;
            if (name.isEmpty() && columns.firstName >= 0 && columns.lastName >= 0) {
                name = (row.field(columns.firstName) + QLatin1Char(' ') + row.field(columns.lastName)).simplified();
                nameColumn = columns.lastName;
            }
            if (!code.isEmpty()) {
                if (const auto it = byCode.constFind(code.toUpper()); it != byCode.constEnd()) {
                    who = *it;
                } else {
                    problem(columns.code, tr("no respondent of this round has the code %1").arg(code));
                }
            } else if (!pesel.isEmpty()) {
                if (const auto it = byPesel.constFind(pesel); it != byPesel.constEnd()) {
                    who = *it;
                } else {
                    problem(columns.pesel, tr("nobody with PESEL %1 is a respondent of this round").arg(pesel));
                }
            } else if (!name.isEmpty()) {
                const QList<qint64> ids = byName.value(foldForSearch(name));
                if (ids.isEmpty()) {
                    problem(nameColumn, tr("nobody called “%1” is a respondent of this round").arg(name));
                } else if (QSet<qint64>(ids.begin(), ids.end()).size() > 1) {
                    problem(nameColumn, tr("several respondents are called “%1”; give the code or PESEL").arg(name));
                } else {
                    who = ids.first();
                }
            } else {
                problem(-1, tr("the row does not say whose form it is: give the code, PESEL or name"));
            }
            QList<SurveyAnswer> answers;
            bool rowOk = true;
            for (auto it = columns.items.constBegin(); it != columns.items.constEnd(); ++it) {
                const QString cell = row.field(it.key()).trimmed();
                if (cell.isEmpty()) {
                    continue;
                }
                const auto value = parseAnswer(*it.value(), cell);
                if (!value) {
                    problem(it.key(), tr("“%1” is not an answer of item %2 (%3)")
                                          .arg(cell)
                                          .arg(it.value()->position)
                                          .arg(SurveyScoring::acceptedAnswers(*it.value())));
                    rowOk = false;
                    continue;
                }
                answers.append({who.value_or(0), it.value()->id, *value});
            }
            if (rowOk && answers.isEmpty()) {
                problem(-1, tr("the row has no answers"));
                continue;
            }
            if (!who || !rowOk) {
                continue;
            }
            if (const int earlier = rowOf.value(*who); earlier > 0) {
                problem(-1, tr("the same person as row %1").arg(earlier));
                continue;
            }
            rowOf.insert(*who, row.number);
            forms.insert(*who, answers);
            report.answers += int(answers.size());
            report.replaced += answered.contains(*who) ? 1 : 0;
        }
        if (!report.problems.isEmpty()) {
            report.answers = 0;
            report.replaced = 0;
            return report;
        }
        report.forms = int(forms.size());
        report.formsByPerson = forms;
        if (dryRun) {
            return report;
        }
        const ChangeScope scope(ChangeAction::Import);
        const auto written = SurveyAnswerService(db, changes).setForms(roundId, forms);
        if (!written) {
            report.problems.append({0, {}, written.error().message});
            return report;
        }
        report.previousForms = *written;
        report.written = true;
    } catch (const StorageError& e) {
        report.problems.append({0, {}, e.message()});
    }
    return report;
}

} // namespace osiedle::core
