#include "core/services/PersonalDataService.h"

#include "core/common/DisplayFormat.h"
#include "core/domain/Pesel.h"
#include "core/domain/Sex.h"
#include "core/history/ChangeScope.h"
#include "core/indicators/ProjectParticipants.h"
#include "core/services/ServiceWrite.h"
#include "core/storage/ChangeLogRepository.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/ProjectRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace osiedle::core {

namespace {

QDate keepDocumentsUntil(Database& db)
{
    const auto project = ProjectRepository(db).project();
    return project ? project->keepDocumentsUntil : QDate();
}

// Everything that refers to one person, in an order the foreign keys allow (a debt account's
// entries and plans, a case's stages, a form's answers go with them by ON DELETE CASCADE). A
// consultation held for a social cooperative stays, without the person.
struct PersonRows {
    const char* count;
    const char* erase;
    const char* what; // translated in the context PersonalDataService, %n the count
};

constexpr PersonRows personRows[] = {
    {"SELECT count(*) FROM attendance WHERE participant_id = ?1", "DELETE FROM attendance WHERE participant_id = ?1",
     QT_TRANSLATE_NOOP("PersonalDataService", "%n attendance mark(s)")},
    {"SELECT count(*) FROM enrolment WHERE participant_id = ?1", "DELETE FROM enrolment WHERE participant_id = ?1",
     QT_TRANSLATE_NOOP("PersonalDataService", "%n course enrolment(s)")},
    {"SELECT count(*) FROM consultation WHERE participant_id = ?1",
     "DELETE FROM consultation WHERE participant_id = ?1 AND social_coop_id IS NULL; "
     "UPDATE consultation SET participant_id = NULL WHERE participant_id = ?1",
     QT_TRANSLATE_NOOP("PersonalDataService", "%n consultation(s)")},
    {"SELECT count(*) FROM membership WHERE participant_id = ?1", "DELETE FROM membership WHERE participant_id = ?1",
     QT_TRANSLATE_NOOP("PersonalDataService", "%n social cooperative membership(s)")},
    {"SELECT count(*) FROM employment WHERE participant_id = ?1", "DELETE FROM employment WHERE participant_id = ?1",
     QT_TRANSLATE_NOOP("PersonalDataService", "%n employment record(s)")},
    {"SELECT count(*) FROM work_hours WHERE participant_id = ?1", "DELETE FROM work_hours WHERE participant_id = ?1",
     QT_TRANSLATE_NOOP("PersonalDataService", "%n day(s) of work logged")},
    {"SELECT count(*) FROM eviction_case WHERE participant_id = ?1 OR account_id IN "
     "(SELECT id FROM debt_account WHERE participant_id = ?1)",
     "DELETE FROM eviction_case WHERE participant_id = ?1 OR account_id IN "
     "(SELECT id FROM debt_account WHERE participant_id = ?1)",
     QT_TRANSLATE_NOOP("PersonalDataService", "%n eviction case(s) with their stages")},
    {"SELECT count(*) FROM debt_account WHERE participant_id = ?1",
     "DELETE FROM debt_account WHERE participant_id = ?1",
     QT_TRANSLATE_NOOP("PersonalDataService", "%n debt account(s) with their entries and instalment plans")},
    {"SELECT count(*) FROM nomination WHERE participant_id = ?1", "DELETE FROM nomination WHERE participant_id = ?1",
     QT_TRANSLATE_NOOP("PersonalDataService", "%n competition nomination(s)")},
    {"SELECT count(*) FROM event_attendee WHERE participant_id = ?1",
     "DELETE FROM event_attendee WHERE participant_id = ?1",
     QT_TRANSLATE_NOOP("PersonalDataService", "%n event attendance(s)")},
    {"SELECT count(*) FROM survey_respondent WHERE participant_id = ?1",
     "DELETE FROM survey_respondent WHERE participant_id = ?1",
     QT_TRANSLATE_NOOP("PersonalDataService", "%n questionnaire form(s) with their answers")},
};

// Rebuilds the file without free space: secure_delete overwrites what is deleted, but a row
// rewritten shorter, or a page rebalanced, may leave older bytes in a page's unused space.
// After an erasure or an anonymisation nothing of the old content may stay. Best effort: the
// change itself is committed already.
void compact(Database& db)
{
    try {
        db.exec("VACUUM");
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (const StorageError&) {
        // A file that cannot be rebuilt now (busy, no room) keeps its free space until the next time.
    }
}

// Runs one or more statements (separated by "; ") with ?1 bound to `id`.
void execFor(Database& db, const char* sql, qint64 id)
{
    for (const QByteArray& one : QByteArray(sql).split(';')) {
        if (one.trimmed().isEmpty()) {
            continue;
        }
        Statement st = db.prepare(one.trimmed());
        st.bind(1, id);
        st.exec();
    }
}

} // namespace

PersonalDataService::PersonalDataService(Database& db, ChangeNotifier& changes) : m_db(db), m_changes(changes) {}

QString PersonalDataService::anonymousFirstName()
{
    return QStringLiteral("Osoba");
}

QString PersonalDataService::anonymousLastName(qint64 participantId)
{
    return QStringLiteral("#%1").arg(participantId);
}

Status PersonalDataService::canErase(qint64 participantId, const QDate& today) const
{
    try {
        const auto person = ParticipantRepository(m_db).find(participantId);
        if (!person) {
            return Error{tr("The person no longer exists.")};
        }
        if (ProjectParticipants(m_db).find(participantId) == nullptr) {
            return {}; // never started support: nothing the funder may ask to see
        }
        const QDate keep = keepDocumentsUntil(m_db);
        if (!keep.isValid()) {
            return Error{tr("%1 is a participant of the project (support received since %2). A participant's "
                            "documents must be kept until the date of the archiving obligation, and the project has "
                            "none set: set \"Keep documents until\" in the project settings.")
                             .arg(person->displayName(), shown::date(person->participationStart))};
        }
        if (today <= keep) {
            return Error{tr("%1 is a participant of the project (support received since %2): the project's "
                            "documents must be kept until %3, so the person's data cannot be erased before then.")
                             .arg(person->displayName(), shown::date(person->participationStart), shown::date(keep))};
        }
        return {};
    } catch (const StorageError& e) {
        return Error{e.message(), e.code()};
    }
}

Result<QStringList> PersonalDataService::erasureContents(qint64 participantId) const
{
    try {
        const auto person = ParticipantRepository(m_db).find(participantId);
        if (!person) {
            return Error{tr("The person no longer exists.")};
        }
        QStringList lines{tr("the personal record of %1 (name, PESEL, address, contacts, recruitment, notes)")
                              .arg(person->displayName())};
        for (const PersonRows& rows : personRows) {
            Statement st = m_db.prepare(rows.count);
            st.bind(1, participantId);
            const int n = st.step() ? st.integer(0) : 0;
            if (n > 0) {
                lines << tr(rows.what, nullptr, n);
            }
        }
        return lines;
    } catch (const StorageError& e) {
        return Error{e.message(), e.code()};
    }
}

Status PersonalDataService::erase(qint64 participantId, const QDate& today)
{
    if (Status allowed = canErase(participantId, today); !allowed) {
        return allowed;
    }
    // The erasure is recorded as one row without personal data; the history of the person's
    // records holds their data (names, PESEL, addresses as they were) and goes with them.
    const ChangeScope scope(ChangeAction::Erasure);
    Status erased = serviceWrite(m_db, m_changes, Topic::Participants, [&] {
        QList<qint64> accounts;
        {
            Statement st = m_db.prepare("SELECT id FROM debt_account WHERE participant_id = ?1");
            st.bind(1, participantId);
            while (st.step()) {
                accounts.append(st.int64(0));
            }
        }
        for (const PersonRows& rows : personRows) {
            execFor(m_db, rows.erase, participantId);
        }
        ParticipantRepository(m_db).remove(participantId);
        execFor(m_db,
                "DELETE FROM change_log WHERE (owner_kind = 'participant' AND owner_id = ?1) "
                "OR (record_kind = 'participant' AND record_id = ?1)",
                participantId);
        for (const qint64 account : accounts) {
            execFor(m_db,
                    "DELETE FROM change_log WHERE (owner_kind = 'debt_account' AND owner_id = ?1) "
                    "OR (record_kind = 'debt_account' AND record_id = ?1)",
                    account);
        }
        ChangeLogRepository(m_db).recordSummary(ChangeAction::Erasure, QStringLiteral("participant"),
                                                QJsonObject{{QStringLiteral("participant"), participantId}});
    });
    if (erased) {
        compact(m_db);
    }
    return erased;
}

Status PersonalDataService::canAnonymise(const QDate& today) const
{
    try {
        const QDate keep = keepDocumentsUntil(m_db);
        if (!keep.isValid()) {
            return Error{tr("The project has no date until which its documents are kept: set \"Keep documents "
                            "until\" in the project settings first. The persons can be anonymised after that day.")};
        }
        if (today <= keep) {
            return Error{tr("The project's documents must be kept until %1: the persons can be anonymised after "
                            "that day.")
                             .arg(shown::date(keep))};
        }
        return {};
    } catch (const StorageError& e) {
        return Error{e.message(), e.code()};
    }
}

Result<int> PersonalDataService::anonymise(const QDate& today)
{
    if (Status allowed = canAnonymise(today); !allowed) {
        return allowed.error();
    }
    // Recorded as one row; the history's earlier values of the persons' records are emptied, as
    // they would keep what the anonymisation takes away.
    const ChangeScope scope(ChangeAction::Anonymisation);
    Result<int> done = serviceWrite(m_db, m_changes, Topic::Participants, [&]() -> int {
        // What the PESEL says (sex, birth date) is kept in its own columns before it goes: the
        // age at entry and the split by sex are counted from them.
        {
            Statement st = m_db.prepare("SELECT id, pesel FROM participant WHERE pesel IS NOT NULL AND no_pesel = 0 "
                                        "AND (sex IS NULL OR birth_date IS NULL)");
            QList<std::pair<qint64, QString>> missing;
            while (st.step()) {
                missing.append({st.int64(0), st.text(1)});
            }
            for (const auto& [id, digits] : missing) {
                if (const auto pesel = Pesel::parse(digits)) {
                    Statement fill = m_db.prepare("UPDATE participant SET sex = coalesce(sex, ?2), "
                                                  "birth_date = coalesce(birth_date, ?3) WHERE id = ?1");
                    fill.bind(1, id).bind(2, sexKey(pesel->sex()));
                    fill.bind(3, pesel->birthDate());
                    fill.exec();
                }
            }
        }
        // What was given stays given (the data-completeness rules count it), what was empty
        // stays empty; the content goes.
        m_db.exec("UPDATE participant SET "
                  "first_name = 'Osoba', last_name = '#' || id, "
                  "pesel = NULL, no_pesel = 1, "
                  "street = '', building = '', flat = '', "
                  "locality = CASE WHEN trim(locality) = '' THEN '' ELSE coalesce(nullif(gmina, ''), '-') END, "
                  "postal_code = CASE WHEN trim(postal_code) = '' THEN '' ELSE '00-000' END, "
                  "phone = CASE WHEN trim(phone) = '' THEN '' ELSE '-' END, "
                  "mobile = CASE WHEN trim(mobile) = '' THEN '' ELSE '-' END, "
                  "email = CASE WHEN trim(email) = '' THEN '' ELSE '-' END, "
                  "status_reason = '', notes = '', "
                  "dropout_reason = CASE WHEN trim(dropout_reason) = '' THEN '' ELSE '-' END");
        const int persons = int(m_db.changes());
        // Free text about people in their other records.
        m_db.exec("UPDATE consultation SET topic = '', outcome = '' WHERE participant_id IS NOT NULL");
        m_db.exec("UPDATE enrolment SET withdrawal_reason = CASE WHEN withdrawal_reason = '' THEN '' ELSE '-' END");
        m_db.exec("UPDATE debt_account SET flat = '', "
                  "account_number = CASE WHEN account_number = '' THEN '' ELSE '#' || id END");
        m_db.exec("UPDATE debt_entry SET note = ''");
        m_db.exec("UPDATE instalment_plan SET notes = ''");
        m_db.exec("UPDATE eviction_case SET signature = CASE WHEN signature = '' THEN '' ELSE '#' || id END, "
                  "notes = ''");
        m_db.exec("UPDATE eviction_stage SET notes = ''");
        m_db.exec("UPDATE nomination SET justification = '', "
                  "person_name = CASE WHEN person_name = '' THEN '' ELSE 'Osoba #n' || id END "
                  "WHERE participant_id IS NOT NULL OR person_name <> ''");
        m_db.exec("UPDATE event_attendee SET name = 'Gość #' || id WHERE role = 'guest' AND name <> ''");
        // Members who are not participants: one pseudonym per name, so that the same person in
        // two cooperatives stays one person.
        {
            QMap<QString, int> names;
            Statement st = m_db.prepare("SELECT DISTINCT person_name FROM membership WHERE person_name <> '' "
                                        "ORDER BY person_name");
            while (st.step()) {
                names.insert(st.text(0), int(names.size()) + 1);
            }
            for (auto it = names.cbegin(); it != names.cend(); ++it) {
                Statement set = m_db.prepare("UPDATE membership SET person_name = ?2 WHERE person_name = ?1");
                set.bind(1, it.key()).bind(2, QStringLiteral("Członek #%1").arg(it.value()));
                set.exec();
            }
        }
        // The locked reports keep their numbers; only the names of the people they list change.
        {
            Statement st =
                m_db.prepare("SELECT id, locked_report FROM reporting_period WHERE locked_report IS NOT NULL");
            QList<std::pair<qint64, QByteArray>> locked;
            while (st.step()) {
                locked.append({st.int64(0), st.text(1).toUtf8()});
            }
            for (const auto& [periodId, snapshot] : locked) {
                QJsonDocument document = QJsonDocument::fromJson(snapshot);
                QJsonObject root = document.object();
                QJsonArray quality = root.value(QStringLiteral("data_quality")).toArray();
                for (qsizetype i = 0; i < quality.size(); ++i) {
                    QJsonObject item = quality.at(i).toObject();
                    item.insert(QStringLiteral("first_name"), anonymousFirstName());
                    item.insert(QStringLiteral("last_name"),
                                anonymousLastName(item.value(QStringLiteral("id")).toInteger()));
                    quality.replace(i, item);
                }
                root.insert(QStringLiteral("data_quality"), quality);
                Statement set = m_db.prepare("UPDATE reporting_period SET locked_report = ?2 WHERE id = ?1");
                set.bind(1, periodId).bind(2, QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact)));
                set.exec();
            }
        }
        // Which record changed when, and by whom, stays; what its fields held does not (it may
        // be a name, a PESEL, an address or a note about the person).
        m_db.exec("UPDATE change_log SET changes = '{}' WHERE owner_kind IN ('participant', 'debt_account') "
                  "OR record_kind IN ('participant', 'membership', 'consultation', 'enrolment', 'debt_account', "
                  "'debt_entry', 'instalment_plan', 'eviction_case', 'eviction_stage', 'nomination', "
                  "'event_attendee', 'reporting_period')");
        ChangeLogRepository(m_db).recordSummary(ChangeAction::Anonymisation, QStringLiteral("participant"),
                                                QJsonObject{{QStringLiteral("persons"), persons}});
        return persons;
    });
    if (done) {
        compact(m_db);
    }
    return done;
}

} // namespace osiedle::core
