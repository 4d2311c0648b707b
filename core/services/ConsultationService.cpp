#include "core/services/ConsultationService.h"

#include "core/services/ChangeNotifier.h"
#include "core/services/TrainingErrors.h"
#include "core/services/TrainingProgress.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

namespace osiedle::core {

using training::storageError;

void ConsultationService::notify(bool participants)
{
    if (m_changes) {
        m_changes->notify(Topic::Consultations);
        if (participants) {
            m_changes->notify(Topic::Participants);
        }
    }
}

FieldErrors ConsultationService::validate(const Consultation& c)
{
    FieldErrors errors;
    if (!c.date.isValid()) {
        errors.append({QStringLiteral("date"), tr("Enter the date of the consultation.")});
    }
    if (!c.socialCoopId && !c.participantId) {
        errors.append({QStringLiteral("whom"), tr("Choose the social cooperative or the participant (or both).")});
    }
    if (c.minutes <= 0) {
        errors.append({QStringLiteral("minutes"), tr("The duration must be at least one minute.")});
    }
    if (c.followUpOn.isValid() && c.date.isValid() && c.followUpOn < c.date) {
        errors.append({QStringLiteral("followUp"), tr("The follow-up cannot be before the consultation.")});
    }
    return errors;
}

Result<qint64> ConsultationService::save(const Consultation& consultation)
{
    if (const FieldErrors errors = validate(consultation); !errors.isEmpty()) {
        return training::fieldErrorsAsError(errors);
    }
    try {
        ConsultationRepository log(m_db);
        TrainingProgress progress(m_db);
        Transaction tx(m_db);
        qint64 id = consultation.id;
        std::optional<qint64> oldParticipant;
        if (id == 0) {
            id = log.insert(consultation);
        } else {
            const auto old = log.find(id);
            if (!old) {
                return Error{tr("The consultation no longer exists.")};
            }
            oldParticipant = old->participantId;
            log.update(consultation);
        }
        bool participants = false;
        if (consultation.participantId) {
            participants = progress.updateParticipant(*consultation.participantId);
        }
        if (oldParticipant && oldParticipant != consultation.participantId) {
            participants = progress.updateParticipant(*oldParticipant) || participants;
        }
        tx.commit();
        notify(participants);
        return id;
    } catch (const StorageError& e) {
        return storageError(e);
    }
}

Status ConsultationService::remove(qint64 consultationId)
{
    try {
        ConsultationRepository log(m_db);
        Transaction tx(m_db);
        const auto old = log.find(consultationId);
        if (!old) {
            return Error{tr("The consultation no longer exists.")};
        }
        log.remove(consultationId);
        bool participants = false;
        if (old->participantId) {
            participants = TrainingProgress(m_db).updateParticipant(*old->participantId);
        }
        tx.commit();
        notify(participants);
        return {};
    } catch (const StorageError& e) {
        return storageError(e);
    }
}

Status ConsultationService::setFollowUpDone(qint64 consultationId, bool done)
{
    try {
        ConsultationRepository log(m_db);
        if (!log.find(consultationId)) {
            return Error{tr("The consultation no longer exists.")};
        }
        Transaction tx(m_db);
        log.setFollowUpDone(consultationId, done);
        tx.commit();
        notify(false);
        return {};
    } catch (const StorageError& e) {
        return storageError(e);
    }
}

} // namespace osiedle::core
