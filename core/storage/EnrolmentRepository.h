#pragma once

#include "core/domain/Sex.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace osiedle::core {

class Database;

/// A participant's place on a course. `completedOn` and `certificateNumber` are maintained
/// by the attendance services, never typed.
struct Enrolment {
    qint64 id = 0;
    qint64 courseId = 0;
    qint64 participantId = 0;
    QDate enrolledOn;
    QDate withdrawnOn; ///< invalid while enrolled
    QString withdrawalReason;
    QDate completedOn; ///< the date of the session at which the threshold was reached
    std::optional<int> certificateNumber;
    QDate certificateIssuedOn;

    bool withdrawn() const { return withdrawnOn.isValid(); }
    bool completed() const { return completedOn.isValid(); }
};

/// An enrolment with the participant's name, for lists, grids and printed documents.
struct EnrolledParticipant {
    Enrolment enrolment;
    QString firstName;
    QString lastName;
    QString pesel;
    std::optional<Sex> sex; ///< for the phrases that agree with it ("ukończyła" / "ukończył")

    QString fullName() const { return firstName + QLatin1Char(' ') + lastName; }
    /// "Nowak Anna", the order of lists.
    QString sortName() const { return lastName + QLatin1Char(' ') + firstName; }
};

/// What enrolment needs to know of a participant.
struct ParticipantStanding {
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString pesel;
    QString recruitmentStatus; ///< the stored key: 'qualified', 'reserve', …
    std::optional<Sex> sex;

    QString fullName() const { return firstName + QLatin1Char(' ') + lastName; }
};

/// All SQL about enrolments. Throws StorageError.
class EnrolmentRepository {
public:
    explicit EnrolmentRepository(Database& db) : m_db(db) {}

    /// The enrolments of a course with names, by surname and first name (Polish order).
    QList<EnrolledParticipant> forCourse(qint64 courseId) const;
    std::optional<Enrolment> find(qint64 id) const;
    std::optional<Enrolment> find(qint64 courseId, qint64 participantId) const;
    qint64 insert(const Enrolment& enrolment);
    void setWithdrawal(qint64 id, const QDate& on, const QString& reason);
    void setCompletion(qint64 id, const QDate& completedOn, std::optional<int> certificateNumber);
    void setCertificateIssued(qint64 id, const QDate& on);
    /// The highest certificate number ever given on a course (0 when none). Numbers stay on
    /// their enrolment for good, so this is the highest ever used.
    int maxCertificateNumber(qint64 courseId) const;
    void remove(qint64 id);
    /// Marks a participant has on the sessions of a course.
    int markCount(qint64 courseId, qint64 participantId) const;

    std::optional<ParticipantStanding> participant(qint64 participantId) const;
    /// Participants not yet on a course, matching the search text (folded; name or PESEL), at
    /// most `limit`: only the qualified ones (who may be enrolled), or everyone.
    QList<ParticipantStanding> enrolable(qint64 courseId, const QString& search, bool onlyQualified = true,
                                         int limit = 200) const;

private:
    Database& m_db;
};

} // namespace osiedle::core
