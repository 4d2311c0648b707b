#include "core/storage/ParticipantRepository.h"

#include "core/storage/ColumnValues.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

namespace osiedle::core {

namespace {

// The columns in the order read() expects and bindAll() binds (id excluded).
constexpr const char* fieldColumns =
    "first_name, last_name, pesel, no_pesel, sex, birth_date, country, education, voivodeship, powiat, gmina, "
    "teryt, area, locality, street, building, flat, postal_code, phone, mobile, email, labour_status, "
    "unemployed_since, disability, minority, migrant, housing_coop_id, referral, referral_institution_id, "
    "arrears_at_entry, eviction_risk, recruited_on, recruitment_status, status_on, status_reason, unmet_criteria, "
    "score, consent_on, declaration_on, declared_start, participation_end, completion, dropout_reason, notes, "
    "consent_withdrawn_on";
constexpr int fieldCount = 45;
// Read after the fields: kept by the services from the support recorded, never written here.
constexpr const char* derivedColumns = ", participation_start";

Participant read(const Statement& st)
{
    Participant p;
    int c = 0;
    p.id = st.int64(c++);
    p.firstName = st.text(c++);
    p.lastName = st.text(c++);
    p.pesel = st.text(c++);
    p.noPesel = st.boolean(c++);
    p.sex = st.isNull(c) ? std::nullopt : sexFromKey(st.text(c));
    ++c;
    p.birthDate = st.date(c++);
    p.country = st.text(c++);
    p.education = readKey<Education>(st, c++);
    p.voivodeship = st.text(c++);
    p.powiat = st.text(c++);
    p.gmina = st.text(c++);
    p.teryt = st.text(c++);
    p.area = readKey<Area>(st, c++);
    p.locality = st.text(c++);
    p.street = st.text(c++);
    p.building = st.text(c++);
    p.flat = st.text(c++);
    p.postalCode = st.text(c++);
    p.phone = st.text(c++);
    p.mobile = st.text(c++);
    p.email = st.text(c++);
    p.labourStatus = readKey<LabourStatus>(st, c++);
    p.unemployedSince = st.date(c++);
    p.disability = optionalBool(st, c++);
    p.minority = optionalBool(st, c++);
    p.migrant = optionalBool(st, c++);
    p.housingCoopId = optionalId(st, c++);
    p.referral = readKey<Referral>(st, c++);
    p.referralInstitutionId = optionalId(st, c++);
    p.arrearsAtEntry = Money::fromGrosze(st.int64(c++));
    p.evictionRisk = st.boolean(c++);
    p.recruitedOn = st.date(c++);
    p.status = parseKey<RecruitmentStatus>(st.text(c++)).value_or(RecruitmentStatus::Candidate);
    p.statusOn = st.date(c++);
    p.statusReason = st.text(c++);
    p.unmetCriteria = st.text(c++);
    p.score = st.isNull(c) ? std::nullopt : std::optional<int>(st.integer(c));
    ++c;
    p.consentOn = st.date(c++);
    p.declarationOn = st.date(c++);
    p.declaredStart = st.date(c++);
    p.participationEnd = st.date(c++);
    p.completion = readKey<Completion>(st, c++);
    p.dropoutReason = st.text(c++);
    p.notes = st.text(c++);
    p.consentWithdrawnOn = st.date(c++);
    p.participationStart = st.date(c++);
    return p;
}

// Binds the fields at 1..fieldCount.
void bindAll(Statement& st, const Participant& p)
{
    int i = 1;
    st.bind(i++, notNull(p.firstName));
    st.bind(i++, notNull(p.lastName));
    st.bind(i++, nullIfEmpty(p.pesel));
    st.bind(i++, p.noPesel);
    st.bind(i++, p.sex ? std::optional<QString>(sexKey(*p.sex)) : std::nullopt);
    st.bind(i++, p.birthDate);
    st.bind(i++, notNull(p.country));
    st.bind(i++, optionalKey(p.education));
    st.bind(i++, notNull(p.voivodeship));
    st.bind(i++, notNull(p.powiat));
    st.bind(i++, notNull(p.gmina));
    st.bind(i++, nullIfEmpty(p.teryt));
    st.bind(i++, optionalKey(p.area));
    st.bind(i++, notNull(p.locality));
    st.bind(i++, notNull(p.street));
    st.bind(i++, notNull(p.building));
    st.bind(i++, notNull(p.flat));
    st.bind(i++, notNull(p.postalCode));
    st.bind(i++, notNull(p.phone));
    st.bind(i++, notNull(p.mobile));
    st.bind(i++, notNull(p.email));
    st.bind(i++, optionalKey(p.labourStatus));
    st.bind(i++, p.unemployedSince);
    st.bind(i++, p.disability);
    st.bind(i++, p.minority);
    st.bind(i++, p.migrant);
    st.bind(i++, p.housingCoopId);
    st.bind(i++, optionalKey(p.referral));
    st.bind(i++, p.referralInstitutionId);
    st.bind(i++, p.arrearsAtEntry.grosze());
    st.bind(i++, p.evictionRisk);
    st.bind(i++, p.recruitedOn);
    st.bind(i++, key(p.status));
    st.bind(i++, p.statusOn);
    st.bind(i++, notNull(p.statusReason));
    st.bind(i++, notNull(p.unmetCriteria));
    st.bind(i++, p.score ? std::optional<qint64>(*p.score) : std::nullopt);
    st.bind(i++, p.consentOn);
    st.bind(i++, p.declarationOn);
    st.bind(i++, p.declaredStart);
    st.bind(i++, p.participationEnd);
    st.bind(i++, optionalKey(p.completion));
    st.bind(i++, notNull(p.dropoutReason));
    st.bind(i++, notNull(p.notes));
    st.bind(i++, p.consentWithdrawnOn);
    Q_ASSERT(i == fieldCount + 1);
}

QByteArray selectSql(const char* where)
{
    return QByteArray("SELECT id, ") + fieldColumns + derivedColumns + " FROM participant " + where;
}

QByteArray placeholders(int n)
{
    QByteArray out;
    for (int i = 0; i < n; ++i) {
        out += i == 0 ? "?" : ", ?";
    }
    return out;
}

} // namespace

std::optional<Participant> ParticipantRepository::find(qint64 id) const
{
    Statement& st = m_db.cached(selectSql("WHERE id = ?"));
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    Participant p = read(st);
    st.reset();
    return p;
}

std::optional<Participant> ParticipantRepository::findByPesel(const QString& pesel) const
{
    Statement& st = m_db.cached(selectSql("WHERE pesel = ?"));
    st.bind(1, pesel);
    if (!st.step()) {
        return std::nullopt;
    }
    Participant p = read(st);
    st.reset();
    return p;
}

qint64 ParticipantRepository::insert(const Participant& p)
{
    Statement& st = m_db.cached(QByteArray("INSERT INTO participant (") + fieldColumns + ", id) VALUES (" +
                                placeholders(fieldCount + 1) + ")");
    bindAll(st, p);
    st.bind(fieldCount + 1, p.id > 0 ? std::optional<qint64>(p.id) : std::nullopt);
    st.exec();
    return m_db.lastInsertId();
}

void ParticipantRepository::update(const Participant& p)
{
    QByteArray sql("UPDATE participant SET ");
    const QList<QByteArray> names = QByteArray(fieldColumns).split(',');
    for (int i = 0; i < names.size(); ++i) {
        sql += (i ? ", " : "") + names.at(i).trimmed() + " = ?";
    }
    sql += " WHERE id = ?";
    Statement& st = m_db.cached(sql);
    bindAll(st, p);
    st.bind(fieldCount + 1, p.id);
    st.exec();
}

void ParticipantRepository::remove(qint64 id)
{
    Statement& st = m_db.cached("DELETE FROM participant WHERE id = ?");
    st.bind(1, id);
    st.exec();
}

QStringList ParticipantRepository::usages(qint64 id) const
{
    static const UseQuery uses[] = {
        {"SELECT count(*) FROM enrolment WHERE participant_id = ?",
         QT_TRANSLATE_NOOP("ParticipantRepository", "%n course enrolment(s)")},
        {"SELECT count(*) FROM attendance WHERE participant_id = ?",
         QT_TRANSLATE_NOOP("ParticipantRepository", "%n attendance mark(s)")},
        {"SELECT count(*) FROM consultation WHERE participant_id = ?",
         QT_TRANSLATE_NOOP("ParticipantRepository", "%n consultation(s)")},
        {"SELECT count(*) FROM membership WHERE participant_id = ?",
         QT_TRANSLATE_NOOP("ParticipantRepository", "%n social cooperative membership(s)")},
        {"SELECT count(*) FROM employment WHERE participant_id = ?",
         QT_TRANSLATE_NOOP("ParticipantRepository", "%n employment record(s)")},
        {"SELECT count(*) FROM work_hours WHERE participant_id = ?",
         QT_TRANSLATE_NOOP("ParticipantRepository", "%n day(s) of work logged")},
        {"SELECT count(*) FROM debt_account WHERE participant_id = ?",
         QT_TRANSLATE_NOOP("ParticipantRepository", "%n debt account(s)")},
        {"SELECT count(*) FROM eviction_case WHERE participant_id = ?",
         QT_TRANSLATE_NOOP("ParticipantRepository", "%n eviction case(s)")},
        {"SELECT count(*) FROM nomination WHERE participant_id = ?",
         QT_TRANSLATE_NOOP("ParticipantRepository", "%n competition nomination(s)")},
        {"SELECT count(*) FROM event_attendee WHERE participant_id = ?",
         QT_TRANSLATE_NOOP("ParticipantRepository", "%n event attendance(s)")},
        {"SELECT count(*) FROM survey_respondent WHERE participant_id = ?",
         QT_TRANSLATE_NOOP("ParticipantRepository", "%n questionnaire form(s)")},
    };
    return describeUses(m_db, id, uses, "ParticipantRepository");
}

int ParticipantRepository::missingMask(qint64 id) const
{
    Statement& st = m_db.cached("SELECT missing FROM participant_missing WHERE participant_id = ?");
    st.bind(1, id);
    const int mask = st.step() ? st.integer(0) : 0;
    st.reset();
    return mask;
}

QList<ParticipantListRow> ParticipantRepository::listWhere(const QByteArray& where, const QByteArray& order,
                                                           std::optional<QString> statusKey) const
{
    Statement st = m_db.prepare(
        "SELECT p.id, p.last_name, p.first_name, coalesce(p.pesel, ''), p.sex, p.recruitment_status, p.score, "
        "coalesce(h.name, ''), p.recruited_on, p.participation_start, m.missing "
        "FROM participant p LEFT JOIN housing_coop h ON h.id = p.housing_coop_id "
        "JOIN participant_missing m ON m.participant_id = p.id " +
        where + " ORDER BY " + order);
    if (statusKey) {
        st.bind(1, *statusKey);
    }
    QList<ParticipantListRow> rows;
    while (st.step()) {
        ParticipantListRow r;
        r.id = st.int64(0);
        r.lastName = st.text(1);
        r.firstName = st.text(2);
        r.pesel = st.text(3);
        r.sex = st.isNull(4) ? std::nullopt : sexFromKey(st.text(4));
        r.status = parseKey<RecruitmentStatus>(st.text(5)).value_or(RecruitmentStatus::Candidate);
        r.score = st.isNull(6) ? std::nullopt : std::optional<int>(st.integer(6));
        r.housingCoopName = st.text(7);
        r.recruitedOn = st.date(8);
        r.participationStart = st.date(9);
        r.missing = st.integer(10);
        rows.append(r);
    }
    return rows;
}

QList<ParticipantListRow> ParticipantRepository::listByStatus(RecruitmentStatus status) const
{
    const QByteArray order = status == RecruitmentStatus::Reserve || status == RecruitmentStatus::Scored
                                 ? "p.score IS NULL, p.score DESC, p.recruited_on, p.id"
                                 : "p.last_name COLLATE pl, p.first_name COLLATE pl, p.id";
    return listWhere("WHERE p.recruitment_status = ?", order, key(status));
}

QList<ParticipantListRow> ParticipantRepository::listAll() const
{
    return listWhere("", "p.last_name COLLATE pl, p.first_name COLLATE pl, p.id", std::nullopt);
}

QList<Participant> ParticipantRepository::exportRecords(const QDate& from, const QDate& to) const
{
    const bool period = from.isValid() && to.isValid();
    Statement st = m_db.prepare(selectSql(period ? "WHERE participation_start BETWEEN ? AND ? " : "") +
                                "ORDER BY last_name COLLATE pl, first_name COLLATE pl, id");
    if (period) {
        st.bind(1, from);
        st.bind(2, to);
    }
    QList<Participant> out;
    while (st.step()) {
        out.append(read(st));
    }
    return out;
}

QHash<qint64, QStringList> ParticipantRepository::supportReceived() const
{
    Statement st = m_db.prepare(
        "SELECT a.participant_id, f.name FROM attendance a JOIN session s ON s.id = a.session_id "
        "JOIN course c ON c.id = s.course_id JOIN support_form f ON f.id = c.support_form_id "
        "WHERE a.status = 'present' GROUP BY a.participant_id, f.id "
        "UNION SELECT k.participant_id, f.name FROM consultation k JOIN support_form f ON f.kind = 'consultation' "
        "WHERE k.participant_id IS NOT NULL GROUP BY k.participant_id "
        "ORDER BY 1, 2");
    QHash<qint64, QStringList> out;
    while (st.step()) {
        out[st.int64(0)].append(st.text(1));
    }
    return out;
}

QHash<QString, QString> ParticipantRepository::existingPesels(const QStringList& pesels) const
{
    QHash<QString, QString> found;
    Statement& st = m_db.cached("SELECT last_name || ' ' || first_name FROM participant WHERE pesel = ?");
    for (const QString& pesel : pesels) {
        st.bind(1, pesel);
        if (st.step()) {
            found.insert(pesel, st.text(0));
        }
        st.reset();
    }
    return found;
}

void ParticipantRepository::setStatus(qint64 id, RecruitmentStatus status, const QDate& on, const QString& reason,
                                      const QString& unmetCriteria, std::optional<int> score)
{
    Statement& st = m_db.cached("UPDATE participant SET recruitment_status = ?, status_on = ?, status_reason = ?, "
                                "unmet_criteria = ?, score = ? WHERE id = ?");
    st.bind(1, key(status));
    st.bind(2, on);
    st.bind(3, notNull(reason));
    st.bind(4, notNull(unmetCriteria));
    st.bind(5, score ? std::optional<qint64>(*score) : std::nullopt);
    st.bind(6, id);
    st.exec();
}

void ParticipantRepository::setScore(qint64 id, int score)
{
    Statement& st = m_db.cached("UPDATE participant SET score = ? WHERE id = ?");
    st.bind(1, score);
    st.bind(2, id);
    st.exec();
}

OptionalMonitoringData ParticipantRepository::optionalData() const
{
    Statement st =
        m_db.prepare("SELECT collect_disability, collect_minority, collect_migrant FROM project WHERE id = 1");
    OptionalMonitoringData collected;
    if (st.step()) {
        collected.disability = st.boolean(0);
        collected.minority = st.boolean(1);
        collected.migrant = st.boolean(2);
    }
    return collected;
}

bool ParticipantRepository::setOptionalData(const OptionalMonitoringData& collected)
{
    Statement st = m_db.prepare(
        "UPDATE project SET collect_disability = ?, collect_minority = ?, collect_migrant = ? WHERE id = 1");
    st.bind(1, collected.disability);
    st.bind(2, collected.minority);
    st.bind(3, collected.migrant);
    st.exec();
    return m_db.changes() > 0;
}

} // namespace osiedle::core
