#include "core/services/EnrolmentService.h"

#include "core/common/DisplayFormat.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/TrainingErrors.h"
#include "core/storage/CourseRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

namespace osiedle::core {

using training::storageError;

void EnrolmentService::notify()
{
    if (m_changes) {
        m_changes->notify(Topic::Training);
    }
}

QString EnrolmentService::refusal(const ParticipantStanding& p)
{
    const QString name = p.fullName().trimmed();
    const QString& s = p.recruitmentStatus;
    if (s == QLatin1String("qualified")) {
        return {};
    }
    if (s == QLatin1String("reserve")) {
        return tr("%1 is on the reserve list, only qualified participants can be enrolled").arg(name);
    }
    if (s == QLatin1String("rejected")) {
        return tr("%1 was rejected in recruitment, only qualified participants can be enrolled").arg(name);
    }
    if (s == QLatin1String("resigned")) {
        return tr("%1 has resigned from the project, only qualified participants can be enrolled").arg(name);
    }
    if (s == QLatin1String("not_eligible")) {
        return tr("%1 does not meet the eligibility criteria, only qualified participants can be enrolled").arg(name);
    }
    return tr("%1 has not been qualified yet, only qualified participants can be enrolled").arg(name);
}

Result<qint64> EnrolmentService::enrol(qint64 courseId, qint64 participantId, const QDate& on)
{
    if (!on.isValid()) {
        return Error{tr("Enter the date of enrolment.")};
    }
    try {
        EnrolmentRepository enrolments(m_db);
        const auto participant = enrolments.participant(participantId);
        if (!participant) {
            return Error{tr("The participant no longer exists.")};
        }
        if (const QString why = refusal(*participant); !why.isEmpty()) {
            return Error{why};
        }
        const auto course = CourseRepository(m_db).find(courseId);
        if (!course) {
            return Error{tr("The course no longer exists.")};
        }
        if (enrolments.find(courseId, participantId)) {
            return Error{tr("%1 is already enrolled on %2.").arg(participant->fullName(), course->name)};
        }
        Transaction tx(m_db);
        const qint64 id = enrolments.insert(Enrolment{0, courseId, participantId, on, {}, {}, {}, {}, {}});
        tx.commit();
        notify();
        return id;
    } catch (const StorageError& e) {
        return storageError(e);
    }
}

Status EnrolmentService::withdraw(qint64 enrolmentId, const QDate& on, const QString& reason)
{
    if (!on.isValid()) {
        return Error{tr("Enter the date of withdrawal.")};
    }
    if (reason.trimmed().isEmpty()) {
        return Error{tr("Enter the reason for withdrawal.")};
    }
    try {
        EnrolmentRepository enrolments(m_db);
        const auto enrolment = enrolments.find(enrolmentId);
        if (!enrolment) {
            return Error{tr("The enrolment no longer exists.")};
        }
        if (on < enrolment->enrolledOn) {
            return Error{tr("The withdrawal cannot be dated before the enrolment (%1).")
                             .arg(core::shown::date(enrolment->enrolledOn))};
        }
        Transaction tx(m_db);
        enrolments.setWithdrawal(enrolmentId, on, reason.trimmed());
        tx.commit();
        notify();
        return {};
    } catch (const StorageError& e) {
        return storageError(e);
    }
}

Status EnrolmentService::cancelWithdrawal(qint64 enrolmentId)
{
    try {
        EnrolmentRepository enrolments(m_db);
        if (!enrolments.find(enrolmentId)) {
            return Error{tr("The enrolment no longer exists.")};
        }
        Transaction tx(m_db);
        enrolments.setWithdrawal(enrolmentId, {}, {});
        tx.commit();
        notify();
        return {};
    } catch (const StorageError& e) {
        return storageError(e);
    }
}

Status EnrolmentService::remove(qint64 enrolmentId)
{
    try {
        EnrolmentRepository enrolments(m_db);
        const auto enrolment = enrolments.find(enrolmentId);
        if (!enrolment) {
            return Error{tr("The enrolment no longer exists.")};
        }
        if (enrolment->certificateNumber) {
            return Error{tr("This enrolment holds certificate no. %1 and cannot be removed; withdraw the participant "
                            "instead.")
                             .arg(*enrolment->certificateNumber)};
        }
        if (enrolments.markCount(enrolment->courseId, enrolment->participantId) > 0) {
            return Error{tr("The participant already has attendance marks on this course; withdraw them instead.")};
        }
        Transaction tx(m_db);
        enrolments.remove(enrolmentId);
        tx.commit();
        notify();
        return {};
    } catch (const StorageError& e) {
        return storageError(e);
    }
}

} // namespace osiedle::core
