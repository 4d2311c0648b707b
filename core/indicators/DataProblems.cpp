#include "core/indicators/DataProblems.h"

#include "core/common/DisplayFormat.h"
#include "core/storage/Database.h"

#include <algorithm>

namespace osiedle::core {

namespace {

using Problem = IndicatorReport::DataProblem;

// What is dated before the project start, one query a kind of record: (id, name, date) with ?1
// the project start. Persons are named "Surname First name" as the lists sort them.
struct BeforeQuery {
    const char* record;
    const char* what; // the record kind in words (translated in the context DataProblems)
    const char* sql;
};

#define PERSON(alias) "trim(" alias ".last_name || ' ' || " alias ".first_name)"

constexpr BeforeQuery beforeQueries[] = {
    {"housing_coop", QT_TRANSLATE_NOOP("DataProblems", "Housing cooperative qualified"),
     "SELECT id, name, status_on FROM housing_coop WHERE status = 'qualified' AND status_on < ?1"},
    {"oss_registered", QT_TRANSLATE_NOOP("DataProblems", "Social cooperative registered in the KRS"),
     "SELECT s.social_coop_id, c.name, s.done_on FROM founding_step s JOIN social_coop c ON c.id = s.social_coop_id "
     "WHERE s.step = 'registered' AND s.done_on < ?1"},
    {"cooperation_agreement", QT_TRANSLATE_NOOP("DataProblems", "Cooperation agreement signed"),
     "SELECT a.id, h.name || ' – ' || c.name, a.signed_on FROM cooperation_agreement a "
     "JOIN housing_coop h ON h.id = a.housing_coop_id JOIN social_coop c ON c.id = a.social_coop_id "
     "WHERE a.signed_on < ?1"},
    {"attendance", QT_TRANSLATE_NOOP("DataProblems", "Attended session"),
     "SELECT p.id, " PERSON(
         "p") ", min(s.date) FROM attendance a JOIN session s ON s.id = a.session_id "
              "JOIN participant p ON p.id = a.participant_id WHERE a.status = 'present' AND s.date < ?1 GROUP BY p.id"},
    {"consultation", QT_TRANSLATE_NOOP("DataProblems", "Consultation"),
     "SELECT k.id, coalesce(" PERSON(
         "p") ", c.name, ''), k.date FROM consultation k "
              "LEFT JOIN participant p ON p.id = k.participant_id LEFT JOIN social_coop c ON c.id = k.social_coop_id "
              "WHERE k.date < ?1"},
    {"course_completion", QT_TRANSLATE_NOOP("DataProblems", "Course completed"),
     "SELECT e.id, " PERSON("p") " || ' – ' || c.name, e.completed_on FROM enrolment e "
                                 "JOIN participant p ON p.id = e.participant_id JOIN course c ON c.id = e.course_id "
                                 "WHERE e.completed_on < ?1"},
    {"study_trip", QT_TRANSLATE_NOOP("DataProblems", "Study trip attended"),
     "SELECT a.id, " PERSON(
         "p") " || ' – ' || v.name, v.start_date FROM event_attendee a "
              "JOIN event v ON v.id = a.event_id JOIN participant p ON p.id = a.participant_id "
              "WHERE v.kind = 'study_trip' AND a.role = 'participant' AND a.attended = 1 AND v.start_date < ?1"},
    {"employment", QT_TRANSLATE_NOOP("DataProblems", "Employment in a social cooperative"),
     "SELECT e.id, " PERSON(
         "p") " || ' – ' || c.name, e.start_date FROM employment e "
              "JOIN participant p ON p.id = e.participant_id JOIN social_coop c ON c.id = e.social_coop_id "
              "WHERE e.start_date < ?1"},
    {"participation_end", QT_TRANSLATE_NOOP("DataProblems", "End of participation"),
     "SELECT p.id, " PERSON("p") ", p.participation_end FROM participant p WHERE p.participation_end < ?1"},
    {"instalment_plan", QT_TRANSLATE_NOOP("DataProblems", "Instalment agreement signed"),
     "SELECT i.id, " PERSON("p") ", i.signed_on FROM instalment_plan i JOIN debt_account a ON a.id = i.account_id "
                                 "JOIN participant p ON p.id = a.participant_id WHERE i.signed_on < ?1"},
    {"ledger_entry", QT_TRANSLATE_NOOP("DataProblems", "Ledger entries of a debt account"),
     "SELECT a.id, " PERSON(
         "p") " || CASE WHEN a.account_number <> '' THEN ' – ' || a.account_number ELSE '' END, "
              "min(e.date) FROM debt_entry e JOIN debt_account a ON a.id = e.account_id "
              "JOIN participant p ON p.id = a.participant_id WHERE e.kind <> 'opening' AND e.date < ?1 GROUP BY a.id"},
    // Only the stages that end the threat: an eviction case begun before the project is what puts
    // a tenant at risk, and only its suspension, withdrawal or settlement would count.
    {"eviction_stage", QT_TRANSLATE_NOOP("DataProblems", "Eviction case suspended, withdrawn or settled"),
     "SELECT c.id, " PERSON(
         "p") ", min(s.date) FROM eviction_stage s JOIN eviction_case c ON c.id = s.case_id "
              "JOIN participant p ON p.id = c.participant_id "
              "WHERE s.date < ?1 AND s.stage IN ('suspended', 'withdrawn', 'settled') GROUP BY c.id"},
    {"work_order", QT_TRANSLATE_NOOP("DataProblems", "Work order accepted"),
     "SELECT o.id, o.seq || '/' || o.year || ' – ' || h.name, o.accepted_on FROM work_order o "
     "JOIN housing_coop h ON h.id = o.housing_coop_id WHERE o.accepted_on < ?1 AND o.status <> 'cancelled'"},
    {"service_point", QT_TRANSLATE_NOOP("DataProblems", "Service point opened"),
     "SELECT s.id, c.name, s.opened_on FROM service_point s JOIN social_coop c ON c.id = s.social_coop_id "
     "WHERE s.opened_on < ?1"},
    {"deliverable", QT_TRANSLATE_NOOP("DataProblems", "Product done"),
     "SELECT id, title, done_on FROM deliverable WHERE status = 'done' AND done_on < ?1"},
    {"survey_round", QT_TRANSLATE_NOOP("DataProblems", "Exit round of a questionnaire or test"),
     "SELECT r.id, n.name || ' – ' || coalesce(c.name, o.name, ''), r.date FROM survey_round r "
     "JOIN instrument n ON n.id = r.instrument_id LEFT JOIN course c ON c.id = r.course_id "
     "LEFT JOIN social_coop o ON o.id = r.social_coop_id WHERE r.kind = 'exit' AND r.date < ?1"},
};

#undef PERSON

void readInto(QList<Problem>& list, Database& db, const QByteArray& sql, Problem::Kind kind, const QString& record,
              const QDate& projectStart)
{
    Statement& st = db.cached(sql);
    if (kind == Problem::Kind::BeforeProject) {
        st.bind(1, projectStart);
    }
    while (st.step()) {
        Problem p;
        p.kind = kind;
        p.record = record;
        p.recordId = st.int64(0);
        p.name = st.text(1);
        p.date = st.date(2);
        if (kind == Problem::Kind::StartMismatch) {
            p.recordedStart = st.date(3);
        }
        list << p;
    }
    st.reset();
}

QString dateText(const QDate& date)
{
    return core::shown::date(date);
}

} // namespace

QDate DataProblems::projectStart(Database& db)
{
    QDate start;
    Statement& project = db.cached("SELECT start_date FROM project WHERE id = 1");
    if (project.step()) {
        start = project.date(0);
    }
    project.reset();
    return start;
}

QList<IndicatorReport::DataProblem> DataProblems::read(Database& db)
{
    const QDate projectStart = DataProblems::projectStart(db);
    QList<Problem> list;
    if (projectStart.isValid()) {
        for (const BeforeQuery& q : beforeQueries) {
            readInto(list, db, q.sql, Problem::Kind::BeforeProject, QString::fromLatin1(q.record), projectStart);
        }
    }
    // A start date given by an import is kept only to compare with the support recorded.
    readInto(list, db,
             "SELECT id, trim(last_name || ' ' || first_name), declared_start, participation_start FROM participant "
             "WHERE declared_start IS NOT NULL AND declared_start IS NOT participation_start",
             Problem::Kind::StartMismatch, QStringLiteral("participant"), projectStart);
    readInto(list, db,
             "SELECT id, trim(last_name || ' ' || first_name), participation_end FROM participant "
             "WHERE participation_end IS NOT NULL AND completion IS NULL",
             Problem::Kind::EndWithoutReason, QStringLiteral("participant"), projectStart);
    // The legal ground of holding a person's data: a consent recorded and not withdrawn. (A
    // participant who started without one is listed with the missing monitoring data already.)
    readInto(list, db,
             "SELECT id, trim(last_name || ' ' || first_name), recruited_on FROM participant "
             "WHERE consent_on IS NULL AND participation_start IS NULL",
             Problem::Kind::NoConsent, QStringLiteral("participant"), projectStart);
    readInto(list, db,
             "SELECT id, trim(last_name || ' ' || first_name), consent_withdrawn_on FROM participant "
             "WHERE consent_withdrawn_on IS NOT NULL",
             Problem::Kind::ConsentWithdrawn, QStringLiteral("participant"), projectStart);
    std::stable_sort(list.begin(), list.end(), [](const Problem& a, const Problem& b) {
        if (a.kind != b.kind) {
            return a.kind < b.kind;
        }
        if (a.date != b.date) {
            return a.date < b.date;
        }
        return a.name < b.name;
    });
    return list;
}

QStringList DataProblems::recordKeys()
{
    QStringList keys;
    for (const BeforeQuery& q : beforeQueries) {
        keys << QString::fromLatin1(q.record);
    }
    return keys << QStringLiteral("participant");
}

QString DataProblems::recordName(const QString& recordKey)
{
    for (const BeforeQuery& q : beforeQueries) {
        if (recordKey == QLatin1String(q.record)) {
            return tr(q.what);
        }
    }
    return recordKey == QLatin1String("participant") ? tr("Participant") : recordKey;
}

QString DataProblems::kindKey(IndicatorReport::DataProblem::Kind kind)
{
    switch (kind) {
    case Problem::Kind::BeforeProject:
        return QStringLiteral("before_project");
    case Problem::Kind::StartMismatch:
        return QStringLiteral("start_mismatch");
    case Problem::Kind::EndWithoutReason:
        return QStringLiteral("end_without_reason");
    case Problem::Kind::NoConsent:
        return QStringLiteral("no_consent");
    case Problem::Kind::ConsentWithdrawn:
        return QStringLiteral("consent_withdrawn");
    }
    return {};
}

QString DataProblems::describe(const IndicatorReport::DataProblem& problem, const QDate& projectStart, bool withRecord)
{
    switch (problem.kind) {
    case Problem::Kind::BeforeProject:
        return withRecord
                   ? tr("%1 on %2, before the project start (%3): not counted by any indicator.")
                         .arg(recordName(problem.record), dateText(problem.date), dateText(projectStart))
                   : tr("Before the project start (%1): not counted by any indicator.").arg(dateText(projectStart));
    case Problem::Kind::StartMismatch:
        return problem.recordedStart.isValid()
                   ? tr("The imported start of participation %1 is not the first support recorded (%2); the "
                        "indicators count from the support recorded.")
                         .arg(dateText(problem.date), dateText(problem.recordedStart))
                   : tr("The imported start of participation %1 has no support recorded (no attended session or "
                        "consultation): not a participant until support is recorded.")
                         .arg(dateText(problem.date));
    case Problem::Kind::EndWithoutReason:
        return tr("The participation ends on %1 without its outcome (completed as planned or dropped out): "
                  "counted as ended, neither as planned nor dropped out.")
            .arg(dateText(problem.date));
    case Problem::Kind::NoConsent:
        return tr("No consent to the processing of personal data is recorded: record the date it was given, or "
                  "erase the person's data if there is none.");
    case Problem::Kind::ConsentWithdrawn:
        return tr("Withdrew the consent to the processing of personal data on %1: the data is kept only as long as "
                  "the project's archiving obligation requires.")
            .arg(dateText(problem.date));
    }
    return {};
}

} // namespace osiedle::core
