#include "core/io/ParticipantImport.h"

#include "core/common/TextFold.h"
#include "core/history/ChangeScope.h"
#include "core/io/CsvValues.h"
#include "core/io/ParticipantImportColumns.h"
#include "core/io/PolishEnumWords.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/ParticipantService.h"
#include "core/storage/Database.h"
#include "core/storage/HousingCoopRepository.h"
#include "core/storage/InstitutionRepository.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"

#include <QSet>

namespace osiedle::core {

namespace {

/// Values of an enum by what people write: the stored key, the English label, the label in the
/// program's language and the Polish words (whatever the program's language), all folded
/// ("Wyższe", "wyzsze", "higher", "kobieta", "K").
template <typename E> QHash<QString, E> enumLookup()
{
    QHash<QString, E> lookup;
    for (const EnumEntry<E>& entry : enumTable<E>()) {
        lookup.insert(foldForSearch(QString::fromLatin1(entry.key)), entry.value);
        lookup.insert(foldForSearch(QString::fromUtf8(entry.label)), entry.value);
        lookup.insert(foldForSearch(label(entry.value)), entry.value);
    }
    for (const EnumWord<E>& word : polishWords<E>()) {
        lookup.insert(foldForSearch(QString::fromUtf8(word.text)), word.value);
    }
    return lookup;
}

// Everything a row check needs to look up, read once per check().
struct Lookups {
    QHash<QString, Education> education = enumLookup<Education>();
    QHash<QString, LabourStatus> labour = enumLookup<LabourStatus>();
    QHash<QString, Referral> referral = enumLookup<Referral>();
    QHash<QString, Completion> completion = enumLookup<Completion>();
    QHash<QString, RecruitmentStatus> status = enumLookup<RecruitmentStatus>();
    QHash<QString, Sex> sex = enumLookup<Sex>();
    QHash<QString, qint64> coopByName;
    QHash<QString, Institution> institutionByName;
    QHash<QString, QString> existingPesels;
};

// Reads one table row into a participant, collecting problems.
class RowReader {
    Q_DECLARE_TR_FUNCTIONS(ParticipantImport)

public:
    RowReader(const CsvTable& table, const QHash<QString, int>& mapping, const Lookups& lookups,
              const CsvTable::Row& row, QList<ParticipantImport::Problem>& problems)
        : m_table(table), m_mapping(mapping), m_lookups(lookups), m_row(row), m_problems(problems)
    {}

    bool has(const char* key) const { return m_mapping.contains(QLatin1String(key)); }
    QString text(const QString& key) const
    {
        const int column = m_mapping.value(key, -1);
        return column < 0 ? QString() : m_row.field(column).trimmed();
    }
    QString text(const char* key) const { return text(QString::fromLatin1(key)); }
    QString title(const QString& key) const
    {
        const int column = m_mapping.value(key, -1);
        return column >= 0 && column < m_table.header.size() ? m_table.header.at(column).trimmed()
                                                             : participantColumnTitle(key);
    }

    void problem(const QString& key, const QString& reason)
    {
        m_problems.append(ParticipantImport::Problem{m_row.number, title(key), text(key), reason});
        m_failed = true;
    }
    void problem(const char* key, const QString& reason) { problem(QString::fromLatin1(key), reason); }
    bool failed() const { return m_failed; }

    void readText(const char* key, QString& target)
    {
        if (has(key)) {
            target = text(key);
        }
    }
    void readDate(const char* key, QDate& target)
    {
        const QString t = text(key);
        if (t.isEmpty()) {
            return;
        }
        if (auto d = CsvValues::date(t)) {
            target = *d;
        } else {
            problem(key, d.error().message);
        }
    }
    void readYesNo(const char* key, bool& target)
    {
        const QString t = text(key);
        if (auto b = CsvValues::yesNo(t)) {
            target = *b;
        } else {
            problem(key, b.error().message);
        }
    }
    void readOptionalYesNo(const char* key, std::optional<bool>& target)
    {
        const QString t = text(key);
        if (t.isEmpty()) {
            return;
        }
        if (auto b = CsvValues::yesNo(t)) {
            target = *b;
        } else {
            problem(key, b.error().message);
        }
    }
    template <typename E> void readEnum(const char* key, const QHash<QString, E>& lookup, std::optional<E>& target)
    {
        const QString t = text(key);
        if (t.isEmpty()) {
            return;
        }
        if (const auto it = lookup.constFind(foldForSearch(t)); it != lookup.constEnd()) {
            target = *it;
        } else {
            QStringList allowed;
            for (const E value : allValues<E>()) {
                allowed.append(label(value));
            }
            problem(key, tr("expected one of: %1").arg(allowed.join(QStringLiteral(", "))));
        }
    }

    Participant read()
    {
        Participant p;
        p.country = QStringLiteral("Polska");
        readText("country", p.country);
        if (p.country.isEmpty()) {
            p.country = QStringLiteral("Polska");
        }
        readText("first_name", p.firstName);
        readText("last_name", p.lastName);
        readText("pesel", p.pesel);
        readYesNo("no_pesel", p.noPesel);
        if (p.noPesel) {
            readEnum("sex", m_lookups.sex, p.sex);
            readDate("birth_date", p.birthDate);
        }
        readEnum("education", m_lookups.education, p.education);
        readText("teryt", p.teryt);
        readText("locality", p.locality);
        readText("street", p.street);
        readText("building", p.building);
        readText("flat", p.flat);
        readText("postal_code", p.postalCode);
        readText("phone", p.phone);
        readText("mobile", p.mobile);
        readText("email", p.email);
        readDate("participation_start", p.declaredStart);
        readDate("participation_end", p.participationEnd);
        readEnum("labour_status", m_lookups.labour, p.labourStatus);
        readOptionalYesNo("disability", p.disability);
        readOptionalYesNo("minority", p.minority);
        readOptionalYesNo("migrant", p.migrant);
        readCompletion(p);
        readText("dropout_reason", p.dropoutReason);
        readHousingCoop(p);
        readReferral(p);
        readArrears(p);
        readYesNo("eviction_risk", p.evictionRisk);
        readDate("recruited_on", p.recruitedOn);
        std::optional<RecruitmentStatus> status;
        readEnum("recruitment_status", m_lookups.status, status);
        p.status = status.value_or(RecruitmentStatus::Candidate);
        readDate("consent_on", p.consentOn);
        readDate("declaration_on", p.declarationOn);
        return p;
    }

private:
    void readCompletion(Participant& p)
    {
        const QString t = text("completion");
        if (t.isEmpty()) {
            return;
        }
        if (auto yes = CsvValues::yesNo(t)) {
            p.completion = *yes ? Completion::Completed : Completion::DroppedOut;
            return;
        }
        readEnum("completion", m_lookups.completion, p.completion);
    }
    void readHousingCoop(Participant& p)
    {
        const QString t = text("housing_coop");
        if (t.isEmpty()) {
            return;
        }
        if (const auto it = m_lookups.coopByName.constFind(foldForSearch(t)); it != m_lookups.coopByName.constEnd()) {
            p.housingCoopId = *it;
        } else {
            problem("housing_coop", tr("no housing cooperative of this name is recorded"));
        }
    }
    void readReferral(Participant& p)
    {
        const QString t = text("referral");
        if (!t.isEmpty()) {
            // Either a kind of referral or the name of the referring OPS/PUP.
            if (const auto inst = m_lookups.institutionByName.constFind(foldForSearch(t));
                inst != m_lookups.institutionByName.constEnd()) {
                p.referral = inst->kind == InstitutionKind::Ops ? Referral::Ops : Referral::Pup;
                p.referralInstitutionId = inst->id;
            } else {
                readEnum("referral", m_lookups.referral, p.referral);
            }
        }
        const QString name = text("referral_institution");
        if (name.isEmpty()) {
            return;
        }
        const auto inst = m_lookups.institutionByName.constFind(foldForSearch(name));
        if (inst == m_lookups.institutionByName.constEnd()) {
            problem("referral_institution", tr("no OPS or PUP of this name is recorded"));
            return;
        }
        p.referralInstitutionId = inst->id;
        if (!p.referral) {
            p.referral = inst->kind == InstitutionKind::Ops ? Referral::Ops : Referral::Pup;
        }
    }
    void readArrears(Participant& p)
    {
        const QString t = text("arrears_at_entry");
        if (t.isEmpty()) {
            return;
        }
        auto amount = CsvValues::amount(t);
        if (!amount) {
            problem("arrears_at_entry", amount.error().message);
        } else if (*amount < Money()) {
            problem("arrears_at_entry", tr("the amount cannot be negative"));
        } else {
            p.arrearsAtEntry = *amount;
        }
    }

    const CsvTable& m_table;
    const QHash<QString, int>& m_mapping;
    const Lookups& m_lookups;
    const CsvTable::Row& m_row;
    QList<ParticipantImport::Problem>& m_problems;
    bool m_failed = false;
};

} // namespace

QString ParticipantImport::Problem::text() const
{
    if (row == 0) {
        return reason;
    }
    if (column.isEmpty()) {
        return tr("row %1: %2").arg(row).arg(reason);
    }
    if (value.isEmpty()) {
        return tr("row %1, column %2: %3").arg(row).arg(column, reason);
    }
    return tr("row %1, column %2, value \"%3\": %4").arg(row).arg(column, value, reason);
}

int ParticipantImport::Checked::invalidRowCount() const
{
    QSet<int> rows;
    for (const Problem& p : problems) {
        rows.insert(p.row);
    }
    return static_cast<int>(rows.size());
}

QString ParticipantImport::Checked::startNote() const
{
    const auto given =
        std::count_if(valid.cbegin(), valid.cend(), [](const Participant& p) { return p.declaredStart.isValid(); });
    if (given == 0) {
        return {};
    }
    return ParticipantImport::tr(
        "%n row(s) give a start of participation. The start is the first support recorded (an attended "
        "session or a consultation), so these dates are kept only to be compared with it: until the support "
        "is recorded, and wherever it differs, the report's data quality lists the person.",
        nullptr, int(given));
}

ParticipantImport::ParticipantImport(Database& db, ChangeNotifier& changes) : m_db(db), m_changes(changes) {}

QHash<QString, int> ParticipantImport::defaultMapping(const QStringList& header)
{
    return participantHeaderMatcher().match(header).columnOf;
}

ParticipantImport::Checked ParticipantImport::check(const CsvTable& table, const QHash<QString, int>& givenMapping,
                                                    const Progress& progress) const
{
    Checked result;
    const QHash<QString, int> mapping = givenMapping.isEmpty() ? defaultMapping(table.header) : givenMapping;
    QSet<int> used;
    for (auto it = mapping.constBegin(); it != mapping.constEnd(); ++it) {
        used.insert(it.value());
    }
    for (int c = 0; c < table.header.size(); ++c) {
        if (!used.contains(c) && !table.header.at(c).trimmed().isEmpty()) {
            result.ignoredColumns.append(table.header.at(c).trimmed());
        }
    }
    // The header must name at least the person.
    QStringList missing;
    for (const char* required : {"first_name", "last_name"}) {
        if (!mapping.contains(QLatin1String(required))) {
            missing.append(QString::fromLatin1(required));
        }
    }
    if (!mapping.contains(QStringLiteral("pesel")) && !mapping.contains(QStringLiteral("no_pesel"))) {
        missing.append(QStringLiteral("pesel"));
    }
    for (const QString& key : missing) {
        result.problems.append(
            Problem{table.headerRowNumber, key, QString(),
                    tr("the column is missing (expected \"%1\" or \"%2\")").arg(key, participantColumnTitle(key))});
    }
    result.rowCount = static_cast<int>(table.rows.size());
    if (!missing.isEmpty()) {
        return result;
    }
    if (table.rows.isEmpty()) {
        result.problems.append(Problem{0, QString(), QString(), tr("The file has a header but no rows.")});
        return result;
    }

    Lookups lookups;
    QStringList pesels;
    const int peselColumn = mapping.value(QStringLiteral("pesel"), -1);
    try {
        for (const HousingCoopListRow& h : HousingCoopRepository(m_db).list()) {
            lookups.coopByName.insert(foldForSearch(h.name), h.id);
        }
        for (const Institution& i : InstitutionRepository(m_db).list()) {
            lookups.institutionByName.insert(foldForSearch(i.name), i);
        }
        if (peselColumn >= 0) {
            for (const CsvTable::Row& row : table.rows) {
                pesels.append(row.field(peselColumn).trimmed());
            }
            lookups.existingPesels = ParticipantRepository(m_db).existingPesels(pesels);
        }
    } catch (const StorageError& e) {
        result.problems.append(Problem{0, QString(), QString(), e.message()});
        return result;
    }

    QHash<QString, int> rowOfPesel;
    const auto headerSize = table.header.size();
    const int total = result.rowCount;
    int done = 0;
    if (progress) {
        progress(0, total);
    }
    for (const CsvTable::Row& row : table.rows) {
        if (progress && ++done % progressStep == 0 && !progress(done, total)) {
            result.cancelled = true;
            return result;
        }
        RowReader reader(table, mapping, lookups, row, result.problems);
        if (row.fields.size() < headerSize) {
            reader.problem(QString(),
                           tr("the row has %1 of %2 columns (it is cut short)").arg(row.fields.size()).arg(headerSize));
            continue;
        }
        const Participant p = ParticipantService::derived(reader.read());
        for (const FieldError& e : ParticipantService::validateFields(p)) {
            const QString key = e.field == QLatin1String("referral") && !reader.has("referral")
                                    ? QStringLiteral("referral_institution")
                                    : e.field;
            reader.problem(key, e.message);
        }
        if (!p.pesel.isEmpty() && !p.noPesel) {
            if (const auto existing = lookups.existingPesels.constFind(p.pesel);
                existing != lookups.existingPesels.constEnd()) {
                reader.problem("pesel", tr("already recorded for %1").arg(*existing));
            } else if (const auto first = rowOfPesel.constFind(p.pesel); first != rowOfPesel.constEnd()) {
                reader.problem("pesel", tr("the same PESEL as in row %1").arg(*first));
            } else {
                rowOfPesel.insert(p.pesel, row.number);
            }
        }
        if (!reader.failed()) {
            result.valid.append(p);
            result.validRows.append(row.number);
        }
    }
    if (progress) {
        progress(total, total);
    }
    return result;
}

ParticipantImport::Checked ParticipantImport::checkFile(const QString& path) const
{
    auto table = readTableFile(path);
    if (!table) {
        Checked failed;
        failed.problems.append(Problem{0, QString(), QString(), table.error().message});
        return failed;
    }
    return check(*table);
}

Result<int> ParticipantImport::write(const Checked& checked, bool onlyValid, const Progress& progress)
{
    if (checked.cancelled) {
        return Error{tr("The check of the file was cancelled: nothing was imported.")};
    }
    if (!checked.problems.isEmpty() && !onlyValid) {
        return Error{tr("Nothing was imported: the file has %n problem(s).", nullptr,
                        static_cast<int>(checked.problems.size()))};
    }
    try {
        const int total = static_cast<int>(checked.valid.size());
        int done = 0;
        if (progress) {
            progress(0, total);
        }
        const ChangeScope scope(ChangeAction::Import);
        Transaction tx(m_db);
        ParticipantRepository repo(m_db);
        for (Participant p : checked.valid) {
            p.id = 0;
            repo.insert(p);
            if (progress && ++done % progressStep == 0 && !progress(done, total)) {
                return Error{tr("The import was cancelled: nothing was imported.")}; // rolled back
            }
        }
        tx.commit();
        if (progress) {
            progress(total, total);
        }
    } catch (const StorageError& e) {
        return Error{tr("Nothing was imported: %1").arg(e.message()), e.code()};
    }
    if (!checked.valid.isEmpty()) {
        m_changes.notify(Topic::Participants);
    }
    return static_cast<int>(checked.valid.size());
}

} // namespace osiedle::core
