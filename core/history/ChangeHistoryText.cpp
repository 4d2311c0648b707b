#include "core/history/ChangeHistoryText.h"

#include "core/domain/Enums.h"
#include "core/domain/Money.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace osiedle::core {

namespace {

QString readable(const QString& stored)
{
    QString text = stored;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text;
}

const QHash<QString, const char*>& kindLabels()
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("participant"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Participant")},
        {QStringLiteral("housing_coop"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Housing cooperative")},
        {QStringLiteral("housing_coop_institution"), QT_TRANSLATE_NOOP("ChangeHistoryText", "SM's OPS/PUP")},
        {QStringLiteral("social_coop"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Social cooperative")},
        {QStringLiteral("debt_account"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Debt account")},
        {QStringLiteral("debt_entry"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Ledger entry")},
        {QStringLiteral("instalment_plan"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Instalment plan")},
        {QStringLiteral("instalment"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Instalment")},
        {QStringLiteral("eviction_case"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Eviction case")},
        {QStringLiteral("eviction_stage"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Eviction stage")},
        {QStringLiteral("work_order"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Work order")},
        {QStringLiteral("work_hours"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Hours worked")},
        {QStringLiteral("membership"), QT_TRANSLATE_NOOP("ChangeHistoryText", "OSS membership")},
        {QStringLiteral("employment"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Employment")},
        {QStringLiteral("founding_step"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Founding step")},
        {QStringLiteral("cooperation_agreement"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Cooperation agreement")},
        {QStringLiteral("service_point"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Service point")},
        {QStringLiteral("service_sale"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Service sale")},
        {QStringLiteral("course"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Course")},
        {QStringLiteral("session"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Session")},
        {QStringLiteral("enrolment"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Enrolment")},
        {QStringLiteral("attendance"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Attendance mark")},
        {QStringLiteral("consultation"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Consultation")},
        {QStringLiteral("day_off"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Day off")},
        {QStringLiteral("reporting_period"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Reporting period")},
        {QStringLiteral("period_lock_log"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Period lock log")},
        {QStringLiteral("indicator"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Indicator")},
        {QStringLiteral("indicator_manual_value"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Indicator value")},
        {QStringLiteral("project"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Project")},
        {QStringLiteral("partner"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Partner")},
        {QStringLiteral("institution"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Institution (OPS/PUP)")},
        {QStringLiteral("office_staff"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Office staff member")},
        {QStringLiteral("setting"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Setting")},
        {QStringLiteral("deliverable"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Deliverable")},
        {QStringLiteral("event"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Event")},
        {QStringLiteral("event_attendee"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Event attendee")},
        {QStringLiteral("competition"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Competition")},
        {QStringLiteral("nomination"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Nomination")},
        {QStringLiteral("survey_round"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Survey round")},
        {QStringLiteral("survey_answer"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Survey answer")},
        {QStringLiteral("instrument"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Questionnaire")},
        {QStringLiteral("file"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Project file")},
    };
    return labels;
}

const QHash<QString, const char*>& fieldLabels()
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("first_name"), QT_TRANSLATE_NOOP("ChangeHistoryText", "First name")},
        {QStringLiteral("last_name"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Last name")},
        {QStringLiteral("pesel"), QT_TRANSLATE_NOOP("ChangeHistoryText", "PESEL")},
        {QStringLiteral("no_pesel"), QT_TRANSLATE_NOOP("ChangeHistoryText", "No PESEL")},
        {QStringLiteral("sex"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Sex")},
        {QStringLiteral("birth_date"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Date of birth")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Country")},
        {QStringLiteral("education"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Education")},
        {QStringLiteral("voivodeship"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Voivodeship")},
        {QStringLiteral("powiat"), QT_TRANSLATE_NOOP("ChangeHistoryText", "County")},
        {QStringLiteral("gmina"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Commune")},
        {QStringLiteral("teryt"), QT_TRANSLATE_NOOP("ChangeHistoryText", "TERYT code")},
        {QStringLiteral("area"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Area")},
        {QStringLiteral("locality"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Locality")},
        {QStringLiteral("street"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Street")},
        {QStringLiteral("building"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Building no.")},
        {QStringLiteral("flat"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Flat no.")},
        {QStringLiteral("postal_code"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Postal code")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Phone")},
        {QStringLiteral("mobile"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Mobile phone")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("ChangeHistoryText", "E-mail")},
        {QStringLiteral("labour_status"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Labour-market status")},
        {QStringLiteral("unemployed_since"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Unemployed since")},
        {QStringLiteral("disability"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Disability")},
        {QStringLiteral("minority"), QT_TRANSLATE_NOOP("ChangeHistoryText", "National or ethnic minority")},
        {QStringLiteral("migrant"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Migrant")},
        {QStringLiteral("housing_coop_id"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Housing cooperative no.")},
        {QStringLiteral("social_coop_id"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Social cooperative no.")},
        {QStringLiteral("participant_id"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Participant no.")},
        {QStringLiteral("account_id"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Debt account no.")},
        {QStringLiteral("session_id"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Session no.")},
        {QStringLiteral("course_id"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Course no.")},
        {QStringLiteral("work_order_id"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Work order no.")},
        {QStringLiteral("referral"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Referred by")},
        {QStringLiteral("referral_institution_id"),
         QT_TRANSLATE_NOOP("ChangeHistoryText", "Referring institution no.")},
        {QStringLiteral("arrears_at_entry"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Arrears at entry")},
        {QStringLiteral("eviction_risk"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Risk of eviction")},
        {QStringLiteral("recruited_on"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Recruited on")},
        {QStringLiteral("recruitment_status"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Recruitment status")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Status")},
        {QStringLiteral("status_on"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Status date")},
        {QStringLiteral("status_reason"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Reason for the status")},
        {QStringLiteral("unmet_criteria"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Criteria not met")},
        {QStringLiteral("score"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Score")},
        {QStringLiteral("consent_on"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Consent given on")},
        {QStringLiteral("declaration_on"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Declaration signed on")},
        {QStringLiteral("declared_start"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Declared start of support")},
        {QStringLiteral("participation_start"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Start of support")},
        {QStringLiteral("participation_end"), QT_TRANSLATE_NOOP("ChangeHistoryText", "End of support")},
        {QStringLiteral("completion"), QT_TRANSLATE_NOOP("ChangeHistoryText", "How the support ended")},
        {QStringLiteral("dropout_reason"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Reason for dropping out")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Notes")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Note")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Name")},
        {QStringLiteral("krs"), QT_TRANSLATE_NOOP("ChangeHistoryText", "KRS")},
        {QStringLiteral("nip"), QT_TRANSLATE_NOOP("ChangeHistoryText", "NIP")},
        {QStringLiteral("regon"), QT_TRANSLATE_NOOP("ChangeHistoryText", "REGON")},
        {QStringLiteral("contact_person"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Contact person")},
        {QStringLiteral("flats"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Number of flats")},
        {QStringLiteral("applied_on"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Applied on")},
        {QStringLiteral("business_idea"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Business idea")},
        {QStringLiteral("dissolved_on"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Dissolved on")},
        {QStringLiteral("account_number"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Account number")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Title")},
        {QStringLiteral("opened_on"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Opened on")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Date")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Kind")},
        {QStringLiteral("amount"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Amount")},
        {QStringLiteral("total"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Total")},
        {QStringLiteral("wage_month"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Wage month")},
        {QStringLiteral("year"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Year")},
        {QStringLiteral("seq"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Number in the year")},
        {QStringLiteral("estate"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Estate")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Description")},
        {QStringLiteral("ordered_on"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Ordered on")},
        {QStringLiteral("due_on"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Due on")},
        {QStringLiteral("completed_on"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Completed on")},
        {QStringLiteral("accepted_on"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Accepted on")},
        {QStringLiteral("invoice_number"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Invoice number")},
        {QStringLiteral("invoiced_on"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Invoiced on")},
        {QStringLiteral("paid_on"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Paid on")},
        {QStringLiteral("net_amount"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Net amount")},
        {QStringLiteral("vat_rate"), QT_TRANSLATE_NOOP("ChangeHistoryText", "VAT rate")},
        {QStringLiteral("series"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Series")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Role")},
        {QStringLiteral("position"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Position")},
        {QStringLiteral("topic"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Topic")},
        {QStringLiteral("minutes"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Minutes")},
        {QStringLiteral("trainer"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Trainer")},
        {QStringLiteral("adviser"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Adviser")},
        {QStringLiteral("enrolled_on"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Enrolled on")},
        {QStringLiteral("withdrawn_on"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Withdrawn on")},
        {QStringLiteral("locked_on"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Locked on")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Reason")},
        {QStringLiteral("by_whom"), QT_TRANSLATE_NOOP("ChangeHistoryText", "By whom")},
        {QStringLiteral("action"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Action")},
        {QStringLiteral("at"), QT_TRANSLATE_NOOP("ChangeHistoryText", "When")},
        {QStringLiteral("key"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Setting")},
        {QStringLiteral("value"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Value")},
        {QStringLiteral("contract"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Contract")},
        {QStringLiteral("stage"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Stage")},
        {QStringLiteral("step"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Step")},
        {QStringLiteral("schema_version"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Data format version")},
        {QStringLiteral("scale"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Scale")},
        {QStringLiteral("seed"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Seed")},
        {QStringLiteral("participants"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Participants")},
        {QStringLiteral("attendance_marks"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Attendance marks")},
        {QStringLiteral("ledger_entries"), QT_TRANSLATE_NOOP("ChangeHistoryText", "Ledger entries")},
    };
    return labels;
}

bool isMoney(const QString& column)
{
    static const QStringList columns = {QStringLiteral("amount"),           QStringLiteral("total"),
                                        QStringLiteral("arrears_at_entry"), QStringLiteral("hourly_rate"),
                                        QStringLiteral("net_amount"),       QStringLiteral("cost")};
    return columns.contains(column);
}

bool isYesNo(const QString& column)
{
    static const QStringList columns = {
        QStringLiteral("no_pesel"),     QStringLiteral("disability"),     QStringLiteral("minority"),
        QStringLiteral("migrant"),      QStringLiteral("eviction_risk"),  QStringLiteral("follow_up_done"),
        QStringLiteral("legal_person"), QStringLiteral("eligible_group"), QStringLiteral("anonymous"),
        QStringLiteral("reversed"),     QStringLiteral("manual"),         QStringLiteral("split_by_sex")};
    return columns.contains(column);
}

template <typename E> QString enumText(const QString& stored)
{
    const std::optional<E> value = parseKey<E>(stored);
    return value ? label(*value) : stored;
}

using EnumText = QString (*)(const QString&);

const QHash<QString, EnumText>& enumColumns()
{
    static const QHash<QString, EnumText> columns = {
        {QStringLiteral("participant.education"), &enumText<Education>},
        {QStringLiteral("participant.labour_status"), &enumText<LabourStatus>},
        {QStringLiteral("participant.area"), &enumText<Area>},
        {QStringLiteral("participant.recruitment_status"), &enumText<RecruitmentStatus>},
        {QStringLiteral("participant.referral"), &enumText<Referral>},
        {QStringLiteral("participant.completion"), &enumText<Completion>},
        {QStringLiteral("housing_coop.status"), &enumText<HousingCoopStatus>},
        {QStringLiteral("institution.kind"), &enumText<InstitutionKind>},
        {QStringLiteral("attendance.status"), &enumText<AttendanceStatus>},
        {QStringLiteral("consultation.area"), &enumText<ConsultationArea>},
        {QStringLiteral("founding_step.step"), &enumText<FoundingStep>},
        {QStringLiteral("membership.role"), &enumText<MembershipRole>},
        {QStringLiteral("employment.contract"), &enumText<ContractType>},
        {QStringLiteral("work_order.kind"), &enumText<WorkOrderKind>},
        {QStringLiteral("work_order.status"), &enumText<WorkOrderStatus>},
        {QStringLiteral("debt_account.title"), &enumText<DebtAccountTitle>},
        {QStringLiteral("debt_entry.kind"), &enumText<DebtEntryKind>},
        {QStringLiteral("instalment_plan.status"), &enumText<InstalmentPlanStatus>},
        {QStringLiteral("eviction_stage.stage"), &enumText<EvictionStage>},
        {QStringLiteral("office_staff.role"), &enumText<StaffRole>},
    };
    return columns;
}

} // namespace

QString ChangeHistoryText::recordKind(const QString& table)
{
    const auto it = kindLabels().constFind(table);
    return it != kindLabels().constEnd() ? tr(it.value()) : readable(table);
}

QString ChangeHistoryText::record(const ChangeEntry& entry)
{
    if (!entry.recordId || entry.operation == QLatin1String("summary")) {
        return recordKind(entry.recordKind);
    }
    return tr("%1 no. %2").arg(recordKind(entry.recordKind)).arg(*entry.recordId);
}

QString ChangeHistoryText::operation(const QString& operation)
{
    if (operation == QLatin1String("insert")) {
        return tr("Added");
    }
    if (operation == QLatin1String("update")) {
        return tr("Changed");
    }
    if (operation == QLatin1String("delete")) {
        return tr("Deleted");
    }
    if (operation == QLatin1String("summary")) {
        return tr("Whole file");
    }
    return operation;
}

QString ChangeHistoryText::field(const QString& /*table*/, const QString& column)
{
    const auto it = fieldLabels().constFind(column);
    return it != fieldLabels().constEnd() ? tr(it.value()) : readable(column);
}

QString ChangeHistoryText::value(const QString& table, const QString& column, const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined()) {
        return QStringLiteral("—");
    }
    if (value.isDouble()) {
        const auto number = static_cast<qint64>(value.toDouble());
        if (isMoney(column)) {
            return Money::fromGrosze(number).format();
        }
        if (isYesNo(column)) {
            return number != 0 ? tr("yes") : tr("no");
        }
        if (column == QLatin1String("vat_rate")) {
            return QStringLiteral("%1 %").arg(static_cast<double>(number) / 100.0);
        }
        return QString::number(value.toDouble(), 'g', 15);
    }
    const QString text = value.toString();
    if (text.isEmpty()) {
        return QStringLiteral("“”");
    }
    if (column == QLatin1String("sex")) {
        return text == QLatin1String("F") ? tr("woman") : text == QLatin1String("M") ? tr("man") : text;
    }
    const auto special = enumColumns().constFind(table + QLatin1Char('.') + column);
    if (special != enumColumns().constEnd()) {
        return special.value()(text);
    }
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression isoTime(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"));
    if (isoDate.match(text).hasMatch()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid()) {
            return day.toString(QStringLiteral("dd.MM.yyyy"));
        }
    }
    if (isoTime.match(text).hasMatch()) {
        const QDateTime moment = QDateTime::fromString(text, Qt::ISODate);
        if (moment.isValid()) {
            return moment.toString(QStringLiteral("dd.MM.yyyy HH:mm"));
        }
    }
    return text;
}

QString ChangeHistoryText::summary(const ChangeEntry& entry)
{
    QStringList parts;
    for (const FieldChange& f : entry.fields) {
        const QString name = field(entry.recordKind, f.column);
        const bool both = !f.before.isNull() && !f.after.isNull();
        if (entry.operation == QLatin1String("update") || both) {
            parts << QStringLiteral("%1: %2 → %3")
                         .arg(name, value(entry.recordKind, f.column, f.before),
                              value(entry.recordKind, f.column, f.after));
        } else {
            const QJsonValue held = f.after.isNull() ? f.before : f.after;
            parts << QStringLiteral("%1: %2").arg(name, value(entry.recordKind, f.column, held));
        }
    }
    return parts.join(QStringLiteral("; "));
}

QString ChangeHistoryText::time(const QDateTime& at)
{
    return at.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm:ss"));
}

} // namespace osiedle::core
