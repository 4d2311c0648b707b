#include "core/storage/EnrolmentRepository.h"

#include "core/common/TextFold.h"
#include "core/storage/Database.h"
#include "core/storage/TrainingText.h"

namespace osiedle::core {

namespace {

constexpr const char* enrolmentColumns =
    "e.id, e.course_id, e.participant_id, e.enrolled_on, e.withdrawn_on, e.withdrawal_reason, e.completed_on, "
    "e.certificate_number, e.certificate_issued_on";

Enrolment readEnrolment(const Statement& st)
{
    Enrolment e;
    e.id = st.int64(0);
    e.courseId = st.int64(1);
    e.participantId = st.int64(2);
    e.enrolledOn = st.date(3);
    e.withdrawnOn = st.date(4);
    e.withdrawalReason = st.text(5);
    e.completedOn = st.date(6);
    if (!st.isNull(7)) {
        e.certificateNumber = st.integer(7);
    }
    e.certificateIssuedOn = st.date(8);
    return e;
}

std::optional<Enrolment> findOne(Statement& st)
{
    std::optional<Enrolment> enrolment;
    if (st.step()) {
        enrolment = readEnrolment(st);
    }
    st.reset();
    return enrolment;
}

} // namespace

QList<EnrolledParticipant> EnrolmentRepository::forCourse(qint64 courseId) const
{
    Statement& st =
        m_db.cached(QByteArray("SELECT ") + enrolmentColumns +
                    ", p.first_name, p.last_name, coalesce(p.pesel, ''), coalesce(p.sex, '') FROM enrolment e "
                    "JOIN participant p ON p.id = e.participant_id WHERE e.course_id = ? "
                    "ORDER BY p.last_name COLLATE pl, p.first_name COLLATE pl, p.id");
    st.bind(1, courseId);
    QList<EnrolledParticipant> rows;
    while (st.step()) {
        rows.append({readEnrolment(st), st.text(9), st.text(10), st.text(11), sexFromKey(st.text(12))});
    }
    st.reset();
    return rows;
}

std::optional<Enrolment> EnrolmentRepository::find(qint64 id) const
{
    Statement& st = m_db.cached(QByteArray("SELECT ") + enrolmentColumns + " FROM enrolment e WHERE e.id = ?");
    st.bind(1, id);
    return findOne(st);
}

std::optional<Enrolment> EnrolmentRepository::find(qint64 courseId, qint64 participantId) const
{
    Statement& st = m_db.cached(QByteArray("SELECT ") + enrolmentColumns +
                                " FROM enrolment e WHERE e.course_id = ? AND e.participant_id = ?");
    st.bind(1, courseId);
    st.bind(2, participantId);
    return findOne(st);
}

qint64 EnrolmentRepository::insert(const Enrolment& e)
{
    Statement st = m_db.prepare("INSERT INTO enrolment (course_id, participant_id, enrolled_on, withdrawn_on, "
                                "withdrawal_reason) VALUES (?, ?, ?, ?, ?)");
    st.bind(1, e.courseId);
    st.bind(2, e.participantId);
    st.bind(3, e.enrolledOn);
    st.bind(4, e.withdrawnOn);
    st.bind(5, nonNullText(e.withdrawalReason));
    st.exec();
    return m_db.lastInsertId();
}

void EnrolmentRepository::setWithdrawal(qint64 id, const QDate& on, const QString& reason)
{
    Statement st = m_db.prepare("UPDATE enrolment SET withdrawn_on = ?, withdrawal_reason = ? WHERE id = ?");
    st.bind(1, on);
    st.bind(2, nonNullText(reason));
    st.bind(3, id);
    st.exec();
}

void EnrolmentRepository::setCompletion(qint64 id, const QDate& completedOn, std::optional<int> certificateNumber)
{
    Statement& st = m_db.cached("UPDATE enrolment SET completed_on = ?, certificate_number = ? WHERE id = ?");
    st.bind(1, completedOn);
    st.bind(2, certificateNumber);
    st.bind(3, id);
    st.exec();
}

void EnrolmentRepository::setCertificateIssued(qint64 id, const QDate& on)
{
    Statement st = m_db.prepare("UPDATE enrolment SET certificate_issued_on = ? WHERE id = ?");
    st.bind(1, on);
    st.bind(2, id);
    st.exec();
}

int EnrolmentRepository::maxCertificateNumber(qint64 courseId) const
{
    Statement& st = m_db.cached("SELECT coalesce(max(certificate_number), 0) FROM enrolment WHERE course_id = ?");
    st.bind(1, courseId);
    const int number = st.step() ? st.integer(0) : 0;
    st.reset();
    return number;
}

void EnrolmentRepository::remove(qint64 id)
{
    Statement st = m_db.prepare("DELETE FROM enrolment WHERE id = ?");
    st.bind(1, id);
    st.exec();
}

int EnrolmentRepository::markCount(qint64 courseId, qint64 participantId) const
{
    Statement st = m_db.prepare("SELECT count(*) FROM attendance a JOIN session s ON s.id = a.session_id "
                                "WHERE s.course_id = ? AND a.participant_id = ?");
    st.bind(1, courseId);
    st.bind(2, participantId);
    return st.step() ? st.integer(0) : 0;
}

std::optional<ParticipantStanding> EnrolmentRepository::participant(qint64 participantId) const
{
    Statement st = m_db.prepare("SELECT id, first_name, last_name, coalesce(pesel, ''), recruitment_status, "
                                "coalesce(sex, '') FROM participant WHERE id = ?");
    st.bind(1, participantId);
    if (!st.step()) {
        return std::nullopt;
    }
    return ParticipantStanding{st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), sexFromKey(st.text(5))};
}

QList<ParticipantStanding> EnrolmentRepository::enrolable(qint64 courseId, const QString& search, bool onlyQualified,
                                                          int limit) const
{
    Statement st = m_db.prepare(R"sql(
        SELECT p.id, p.first_name, p.last_name, coalesce(p.pesel, ''), p.recruitment_status,
               coalesce(p.sex, '')
        FROM participant p
        WHERE (?4 = 0 OR p.recruitment_status = 'qualified')
          AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.course_id = ?1 AND e.participant_id = p.id)
          AND (?2 = '' OR instr(fold(p.first_name || ' ' || p.last_name || ' ' || p.first_name || ' ' ||
                                     coalesce(p.pesel, '')), ?2) > 0)
        ORDER BY p.last_name COLLATE pl, p.first_name COLLATE pl, p.id
        LIMIT ?3)sql");
    st.bind(1, courseId);
    st.bind(2, nonNullText(foldForSearch(search.trimmed())));
    st.bind(3, limit);
    st.bind(4, onlyQualified);
    QList<ParticipantStanding> rows;
    while (st.step()) {
        rows.append({st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), sexFromKey(st.text(5))});
    }
    return rows;
}

} // namespace osiedle::core
