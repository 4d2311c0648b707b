#include "core/storage/PersonRecordsRepository.h"

#include "core/domain/Enums.h"
#include "core/domain/Sex.h"
#include "core/storage/ChangeLogRepository.h"
#include "core/storage/Database.h"

#include <algorithm>
#include <sqlite3.h>

namespace osiedle::core {

namespace {

using Kind = PersonRecordColumn::Kind;

// The label of an enum's stored key; the key itself when it is not one.
template <typename E> QString labelOf(const QString& key)
{
    const auto value = parseKey<E>(key);
    return value ? label(*value) : key;
}

struct ColumnDef {
    const char* key;
    const char* title; // translated in the context PersonRecordsRepository
    Kind kind;
    QString (*keyLabel)(const QString&) = nullptr;
};

// The card: the participant's own row, column by column.
constexpr ColumnDef cardColumns[] = {
    {"id", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Record number"), Kind::Number},
    {"first_name", QT_TRANSLATE_NOOP("PersonRecordsRepository", "First name"), Kind::Text},
    {"last_name", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Surname"), Kind::Text},
    {"pesel", QT_TRANSLATE_NOOP("PersonRecordsRepository", "PESEL"), Kind::Text},
    {"no_pesel", QT_TRANSLATE_NOOP("PersonRecordsRepository", "No PESEL"), Kind::Flag},
    {"sex", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Sex"), Kind::Text, &labelOf<Sex>},
    {"birth_date", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Birth date"), Kind::Date},
    {"country", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Country"), Kind::Text},
    {"education", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Education"), Kind::Text, &labelOf<Education>},
    {"voivodeship", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Voivodeship"), Kind::Text},
    {"powiat", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Powiat"), Kind::Text},
    {"gmina", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Gmina"), Kind::Text},
    {"teryt", QT_TRANSLATE_NOOP("PersonRecordsRepository", "TERYT code"), Kind::Text},
    {"area", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Area"), Kind::Text, &labelOf<Area>},
    {"locality", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Locality"), Kind::Text},
    {"street", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Street"), Kind::Text},
    {"building", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Building"), Kind::Text},
    {"flat", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Flat"), Kind::Text},
    {"postal_code", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Postal code"), Kind::Text},
    {"phone", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Phone"), Kind::Text},
    {"mobile", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Mobile phone"), Kind::Text},
    {"email", QT_TRANSLATE_NOOP("PersonRecordsRepository", "E-mail"), Kind::Text},
    {"labour_status", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Labour-market status at entry"), Kind::Text,
     &labelOf<LabourStatus>},
    {"unemployed_since", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Unemployed since"), Kind::Date},
    {"disability", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Disability"), Kind::Flag},
    {"minority", QT_TRANSLATE_NOOP("PersonRecordsRepository", "National or ethnic minority"), Kind::Flag},
    {"migrant", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Migrant"), Kind::Flag},
    {"housing_coop_id", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Tenant of (SM, record number)"), Kind::Number},
    {"referral", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Referred by"), Kind::Text, &labelOf<Referral>},
    {"referral_institution_id", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Referring institution (record number)"),
     Kind::Number},
    {"arrears_at_entry", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Arrears at entry"), Kind::Money},
    {"eviction_risk", QT_TRANSLATE_NOOP("PersonRecordsRepository", "At risk of eviction"), Kind::Flag},
    {"recruited_on", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Recruited on"), Kind::Date},
    {"recruitment_status", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Recruitment decision"), Kind::Text,
     &labelOf<RecruitmentStatus>},
    {"status_on", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Decision of"), Kind::Date},
    {"status_reason", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Reason of the decision"), Kind::Text},
    {"unmet_criteria", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Eligibility criteria not met"), Kind::Text},
    {"score", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Recruitment score"), Kind::Number},
    {"consent_on", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Consent to data processing"), Kind::Date},
    {"consent_withdrawn_on", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Consent withdrawn on"), Kind::Date},
    {"declaration_on", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Participation declaration"), Kind::Date},
    {"participation_start", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Participation start"), Kind::Date},
    {"declared_start", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Start given by an import"), Kind::Date},
    {"participation_end", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Participation end"), Kind::Date},
    {"completion", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Participation ended"), Kind::Text,
     &labelOf<Completion>},
    {"dropout_reason", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Reason for dropping out"), Kind::Text},
    {"notes", QT_TRANSLATE_NOOP("PersonRecordsRepository", "Notes"), Kind::Text},
};

struct SectionDef {
    const char* key;
    const char* title;
    const char* sql; // ?1: the person's id; the columns in the order of `columns`
    std::initializer_list<ColumnDef> columns;
};

#define TR(text) QT_TRANSLATE_NOOP("PersonRecordsRepository", text)

const SectionDef sectionDefs[] = {
    {"enrolments",
     TR("Courses"),
     "SELECT c.name, e.enrolled_on, e.withdrawn_on, e.withdrawal_reason, e.completed_on, e.certificate_number, "
     "e.certificate_issued_on FROM enrolment e JOIN course c ON c.id = e.course_id WHERE e.participant_id = ?1 "
     "ORDER BY e.enrolled_on, e.id",
     {{"course", TR("Course"), Kind::Text},
      {"enrolled_on", TR("Enrolled on"), Kind::Date},
      {"withdrawn_on", TR("Withdrawn on"), Kind::Date},
      {"withdrawal_reason", TR("Reason of the withdrawal"), Kind::Text},
      {"completed_on", TR("Completed on"), Kind::Date},
      {"certificate_number", TR("Certificate number"), Kind::Text},
      {"certificate_issued_on", TR("Certificate issued on"), Kind::Date}}},
    {"attendance",
     TR("Attendance"),
     "SELECT c.name, s.date, s.topic, a.status FROM attendance a JOIN session s ON s.id = a.session_id "
     "JOIN course c ON c.id = s.course_id WHERE a.participant_id = ?1 ORDER BY s.date, s.start_time, c.name",
     {{"course", TR("Course"), Kind::Text},
      {"date", TR("Date"), Kind::Date},
      {"topic", TR("Topic"), Kind::Text},
      {"status", TR("Attendance"), Kind::Text, &labelOf<AttendanceStatus>}}},
    {"consultations",
     TR("Consultations"),
     "SELECT k.date, k.adviser, k.area, k.topic, k.minutes, k.outcome, k.follow_up_on FROM consultation k "
     "WHERE k.participant_id = ?1 ORDER BY k.date, k.id",
     {{"date", TR("Date"), Kind::Date},
      {"adviser", TR("Adviser"), Kind::Text},
      {"area", TR("Area"), Kind::Text, &labelOf<ConsultationArea>},
      {"topic", TR("Topic"), Kind::Text},
      {"minutes", TR("Duration"), Kind::Minutes},
      {"outcome", TR("Outcome"), Kind::Text},
      {"follow_up_on", TR("Follow-up on"), Kind::Date}}},
    {"memberships",
     TR("Social cooperative membership"),
     "SELECT c.name, m.role, m.from_date, m.to_date FROM membership m JOIN social_coop c ON c.id = m.social_coop_id "
     "WHERE m.participant_id = ?1 ORDER BY m.from_date, m.id",
     {{"social_coop", TR("Social cooperative"), Kind::Text},
      {"role", TR("Role"), Kind::Text, &labelOf<MembershipRole>},
      {"from_date", TR("From"), Kind::Date},
      {"to_date", TR("To"), Kind::Date}}},
    {"employment",
     TR("Employment"),
     "SELECT coalesce(c.name, e.employer_name), e.contract, e.start_date, e.end_date, e.fte_permille, "
     "e.hourly_rate, e.deduction_kind, e.deduction_value FROM employment e "
     "LEFT JOIN social_coop c ON c.id = e.social_coop_id WHERE e.participant_id = ?1 ORDER BY e.start_date, e.id",
     {{"employer", TR("Employer"), Kind::Text},
      {"contract", TR("Contract"), Kind::Text, &labelOf<ContractType>},
      {"start_date", TR("From"), Kind::Date},
      {"end_date", TR("To"), Kind::Date},
      {"fte_permille", TR("Working time (‰ of full time)"), Kind::Number},
      {"hourly_rate", TR("Hourly rate"), Kind::Money},
      {"deduction_kind", TR("Wage deduction"), Kind::Text},
      {"deduction_value", TR("Deduction value"), Kind::Number}}},
    {"work_hours",
     TR("Hours of work on work orders"),
     "SELECT o.seq || '/' || o.year, h.name, w.date, w.minutes FROM work_hours w "
     "JOIN work_order o ON o.id = w.work_order_id JOIN housing_coop h ON h.id = o.housing_coop_id "
     "WHERE w.participant_id = ?1 ORDER BY w.date, w.id",
     {{"work_order", TR("Work order"), Kind::Text},
      {"housing_coop", TR("Housing cooperative"), Kind::Text},
      {"date", TR("Date"), Kind::Date},
      {"minutes", TR("Time"), Kind::Minutes}}},
    {"debt_accounts",
     TR("Debt accounts"),
     "SELECT h.name, a.account_number, a.flat, a.title, a.opened_on FROM debt_account a "
     "JOIN housing_coop h ON h.id = a.housing_coop_id WHERE a.participant_id = ?1 ORDER BY a.id",
     {{"housing_coop", TR("Housing cooperative"), Kind::Text},
      {"account_number", TR("Account number"), Kind::Text},
      {"flat", TR("Flat"), Kind::Text},
      {"title", TR("Title"), Kind::Text, &labelOf<DebtAccountTitle>},
      {"opened_on", TR("Opened on"), Kind::Date}}},
    {"debt_entries",
     TR("Debt ledger entries"),
     "SELECT a.account_number, e.date, e.kind, e.amount, e.wage_month, e.note FROM debt_entry e "
     "JOIN debt_account a ON a.id = e.account_id WHERE a.participant_id = ?1 ORDER BY a.id, e.date, e.id",
     {{"account_number", TR("Account number"), Kind::Text},
      {"date", TR("Date"), Kind::Date},
      {"kind", TR("Kind"), Kind::Text, &labelOf<DebtEntryKind>},
      {"amount", TR("Amount"), Kind::Money},
      {"wage_month", TR("Wage month"), Kind::Text},
      {"note", TR("Note"), Kind::Text}}},
    {"instalment_plans",
     TR("Instalment plans"),
     "SELECT a.account_number, p.signed_on, p.total, p.status, "
     "(SELECT count(*) FROM instalment i WHERE i.plan_id = p.id), p.notes FROM instalment_plan p "
     "JOIN debt_account a ON a.id = p.account_id WHERE a.participant_id = ?1 ORDER BY p.signed_on, p.id",
     {{"account_number", TR("Account number"), Kind::Text},
      {"signed_on", TR("Signed on"), Kind::Date},
      {"total", TR("Total"), Kind::Money},
      {"status", TR("Status"), Kind::Text, &labelOf<InstalmentPlanStatus>},
      {"instalments", TR("Instalments"), Kind::Number},
      {"notes", TR("Notes"), Kind::Text}}},
    {"instalments",
     TR("Instalments"),
     "SELECT p.signed_on, i.seq, i.due_on, i.amount FROM instalment i JOIN instalment_plan p ON p.id = i.plan_id "
     "JOIN debt_account a ON a.id = p.account_id WHERE a.participant_id = ?1 ORDER BY p.id, i.seq",
     {{"plan_signed_on", TR("Plan signed on"), Kind::Date},
      {"seq", TR("Instalment"), Kind::Number},
      {"due_on", TR("Due on"), Kind::Date},
      {"amount", TR("Amount"), Kind::Money}}},
    {"eviction_cases",
     TR("Eviction case"),
     "SELECT c.court, c.signature, c.social_flat_right, c.eviction_on, c.notes FROM eviction_case c "
     "WHERE c.participant_id = ?1 ORDER BY c.id",
     {{"court", TR("Court"), Kind::Text},
      {"signature", TR("Case number"), Kind::Text},
      {"social_flat_right", TR("Right to a social flat"), Kind::Flag},
      {"eviction_on", TR("Eviction on"), Kind::Date},
      {"notes", TR("Notes"), Kind::Text}}},
    {"eviction_stages",
     TR("Stages of the eviction case"),
     "SELECT c.signature, s.stage, s.date, s.notes FROM eviction_stage s JOIN eviction_case c ON c.id = s.case_id "
     "WHERE c.participant_id = ?1 ORDER BY s.date, s.id",
     {{"signature", TR("Case number"), Kind::Text},
      {"stage", TR("Stage"), Kind::Text, &labelOf<EvictionStage>},
      {"date", TR("Date"), Kind::Date},
      {"notes", TR("Notes"), Kind::Text}}},
    {"events",
     TR("Study trip, conference and other events"),
     "SELECT v.name, v.kind, v.start_date, a.role, a.attended FROM event_attendee a JOIN event v ON v.id = a.event_id "
     "WHERE a.participant_id = ?1 ORDER BY v.start_date, v.id",
     {{"event", TR("Event"), Kind::Text},
      {"kind", TR("Kind"), Kind::Text, &labelOf<EventKind>},
      {"date", TR("Date"), Kind::Date},
      {"role", TR("Role"), Kind::Text, &labelOf<AttendeeRole>},
      {"attended", TR("Attended"), Kind::Flag}}},
    {"nominations",
     TR("Competition nominations"),
     "SELECT c.name, k.name, n.award, n.justification FROM nomination n "
     "JOIN competition_category k ON k.id = n.category_id JOIN competition c ON c.id = k.competition_id "
     "WHERE n.participant_id = ?1 ORDER BY c.id, n.id",
     {{"competition", TR("Competition"), Kind::Text},
      {"category", TR("Category"), Kind::Text},
      {"award", TR("Award"), Kind::Text},
      {"justification", TR("Justification"), Kind::Text}}},
    {"questionnaires",
     TR("Questionnaires and tests"),
     "SELECT i.name, r.kind, r.date, s.code, (SELECT count(*) FROM survey_answer w WHERE w.round_id = s.round_id "
     "AND w.participant_id = s.participant_id) FROM survey_respondent s JOIN survey_round r ON r.id = s.round_id "
     "JOIN instrument i ON i.id = r.instrument_id WHERE s.participant_id = ?1 ORDER BY r.date, r.id",
     {{"instrument", TR("Questionnaire or test"), Kind::Text},
      {"round", TR("Round"), Kind::Text},
      {"date", TR("Date"), Kind::Date},
      {"code", TR("Form code"), Kind::Text},
      {"answers", TR("Answers recorded"), Kind::Number}}},
};

#undef TR

QVariant value(sqlite3_stmt* st, int column)
{
    switch (sqlite3_column_type(st, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return QVariant::fromValue<qint64>(sqlite3_column_int64(st, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(st, column);
    default:
        return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, column)),
                                 sqlite3_column_bytes(st, column));
    }
}

} // namespace

int PersonRecords::recordCount() const
{
    int count = 0;
    for (const PersonRecordSection& section : sections) {
        count += int(section.rows.size());
    }
    return count;
}

QString PersonRecordsRepository::cardTitle(const QString& key)
{
    for (const ColumnDef& c : cardColumns) {
        if (key == QLatin1String(c.key)) {
            return tr(c.title);
        }
    }
    return key;
}

std::optional<PersonRecords> PersonRecordsRepository::read(qint64 participantId) const
{
    Statement card = m_db.prepare("SELECT * FROM participant WHERE id = ?1");
    card.bind(1, participantId);
    if (!card.step()) {
        return std::nullopt;
    }
    PersonRecords records;
    records.participantId = participantId;
    PersonRecordSection own{QStringLiteral("card"), tr("The person's record"), {}, {}};
    QVariantList row;
    for (int c = 0; c < card.columnCount(); ++c) {
        const QString key = QString::fromUtf8(sqlite3_column_name(card.handle(), c));
        Kind kind = Kind::Text;
        QString (*keyLabel)(const QString&) = nullptr;
        for (const ColumnDef& known : cardColumns) {
            if (key == QLatin1String(known.key)) {
                kind = known.kind;
                keyLabel = known.keyLabel;
            }
        }
        own.columns.append({key, cardTitle(key), kind, keyLabel});
        row.append(value(card.handle(), c));
    }
    own.rows.append(row);
    const auto at = [&](const char* key) {
        for (int c = 0; c < own.columns.size(); ++c) {
            if (own.columns.at(c).key == QLatin1String(key)) {
                return row.at(c).toString();
            }
        }
        return QString();
    };
    records.name = (at("last_name") + QLatin1Char(' ') + at("first_name")).trimmed();
    records.sections.append(own);

    for (const SectionDef& def : sectionDefs) {
        PersonRecordSection section{QString::fromLatin1(def.key), tr(def.title), {}, {}};
        for (const ColumnDef& c : def.columns) {
            section.columns.append({QString::fromLatin1(c.key), tr(c.title), c.kind, c.keyLabel});
        }
        Statement st = m_db.prepare(def.sql);
        st.bind(1, participantId);
        while (st.step()) {
            QVariantList values;
            for (int c = 0; c < section.columns.size(); ++c) {
                values.append(value(st.handle(), c));
            }
            section.rows.append(values);
        }
        records.sections.append(section);
    }
    const ChangeLogRepository changeLog(m_db);
    records.history = changeLog.entries({QStringLiteral("participant"), participantId, {}, {}, {}});
    Statement accounts = m_db.prepare("SELECT id FROM debt_account WHERE participant_id = ?1 ORDER BY id");
    accounts.bind(1, participantId);
    while (accounts.step()) {
        records.history += changeLog.entries({QStringLiteral("debt_account"), accounts.int64(0), {}, {}, {}});
    }
    std::sort(records.history.begin(), records.history.end(),
              [](const ChangeEntry& a, const ChangeEntry& b) { return a.id > b.id; });
    return records;
}

} // namespace osiedle::core
