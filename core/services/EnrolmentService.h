#pragma once

#include "core/common/Result.h"
#include "core/storage/EnrolmentRepository.h"

#include <QCoreApplication>

namespace osiedle::core {

class Database;
class ChangeNotifier;

/// Enrolment of participants on courses and their withdrawal. Only qualified participants
/// can be enrolled; any other is refused with a message that says why. Never throws.
class EnrolmentService {
    Q_DECLARE_TR_FUNCTIONS(EnrolmentService)

public:
    EnrolmentService(Database& db, ChangeNotifier* changes = nullptr) : m_db(db), m_changes(changes) {}

    /// Why a participant cannot be enrolled ("Anna Nowak is on the reserve list, only
    /// qualified participants can be enrolled"), or an empty string when they can.
    static QString refusal(const ParticipantStanding& participant);

    Result<qint64> enrol(qint64 courseId, qint64 participantId, const QDate& on);
    Status withdraw(qint64 enrolmentId, const QDate& on, const QString& reason);
    /// Takes a withdrawal back (the participant is on the course again).
    Status cancelWithdrawal(qint64 enrolmentId);
    /// Removes an enrolment made by mistake: refused when the participant has attendance marks
    /// on the course or a certificate number (withdraw them instead).
    Status remove(qint64 enrolmentId);

private:
    void notify();

    Database& m_db;
    ChangeNotifier* m_changes;
};

} // namespace osiedle::core
