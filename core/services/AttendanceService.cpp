#include "core/services/AttendanceService.h"

#include "core/services/ChangeNotifier.h"
#include "core/services/TrainingErrors.h"
#include "core/services/TrainingProgress.h"
#include "core/storage/Database.h"
#include "core/storage/EnrolmentRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/Transaction.h"

namespace osiedle::core {

using training::storageError;

Result<MarkOutcome> AttendanceService::mark(qint64 sessionId, qint64 participantId,
                                            std::optional<AttendanceStatus> mark)
{
    return markMany(sessionId, {{participantId, mark}});
}

Result<MarkOutcome> AttendanceService::markMany(qint64 sessionId, const QList<MarkChange>& changes)
{
    try {
        const auto session = SessionRepository(m_db).find(sessionId);
        if (!session) {
            return Error{tr("The session no longer exists.")};
        }
        EnrolmentRepository enrolments(m_db);
        AttendanceRepository attendance(m_db);
        TrainingProgress progress(m_db);
        MarkOutcome outcome;
        Transaction tx(m_db);
        for (const MarkChange& change : changes) {
            if (!enrolments.find(session->courseId, change.participantId)) {
                const auto who = enrolments.participant(change.participantId);
                return Error{tr("%1 is not enrolled on this course.")
                                 .arg(who ? who->fullName() : tr("Participant %1").arg(change.participantId))};
            }
            if (change.mark) {
                attendance.set(sessionId, change.participantId, *change.mark);
            } else {
                attendance.clear(sessionId, change.participantId);
            }
            outcome.participationStartChanged = progress.updateParticipant(change.participantId) ||
                                                outcome.participationStartChanged;
            outcome.completionChanged =
                progress.updateEnrolment(session->courseId, change.participantId) || outcome.completionChanged;
        }
        tx.commit();
        if (m_changes) {
            m_changes->notify(Topic::Training);
            if (outcome.participationStartChanged) {
                m_changes->notify(Topic::Participants);
            }
        }
        return outcome;
    } catch (const StorageError& e) {
        return storageError(e);
    }
}

Result<QList<MarkChange>> AttendanceService::markAllPresent(qint64 sessionId)
{
    QList<MarkChange> previous;
    QList<MarkChange> changes;
    try {
        const auto session = SessionRepository(m_db).find(sessionId);
        if (!session) {
            return Error{tr("The session no longer exists.")};
        }
        AttendanceRepository attendance(m_db);
        for (const EnrolledParticipant& row : EnrolmentRepository(m_db).forCourse(session->courseId)) {
            const Enrolment& e = row.enrolment;
            if (e.withdrawn() && e.withdrawnOn < session->date) {
                continue;
            }
            const auto old = attendance.find(sessionId, e.participantId);
            if (old == AttendanceStatus::Present) {
                continue;
            }
            previous.append({e.participantId, old});
            changes.append({e.participantId, AttendanceStatus::Present});
        }
    } catch (const StorageError& e) {
        return storageError(e);
    }
    if (changes.isEmpty()) {
        return previous;
    }
    auto done = markMany(sessionId, changes);
    if (!done) {
        return done.error();
    }
    return previous;
}

} // namespace osiedle::core
