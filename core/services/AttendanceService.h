#pragma once

#include "core/common/Result.h"
#include "core/storage/AttendanceRepository.h"

#include <QCoreApplication>

namespace osiedle::core {

class Database;
class ChangeNotifier;

/// A participant's mark on a session; nullopt means "not yet marked".
struct MarkChange {
    qint64 participantId = 0;
    std::optional<AttendanceStatus> mark;
};

/// What a mark changed beside itself.
struct MarkOutcome {
    bool participationStartChanged = false;
    bool completionChanged = false;
};

/// Records attendance. Every change is saved at once in its own small transaction, and then
/// the participant's participation start and the enrolment's completion and certificate
/// number are brought up to date in the same transaction. Never throws.
class AttendanceService {
    Q_DECLARE_TR_FUNCTIONS(AttendanceService)

public:
    AttendanceService(Database& db, ChangeNotifier* changes = nullptr) : m_db(db), m_changes(changes) {}

    /// Sets (or with nullopt clears) one mark. Refused when the participant is not enrolled on
    /// the session's course.
    Result<MarkOutcome> mark(qint64 sessionId, qint64 participantId, std::optional<AttendanceStatus> mark);
    /// Sets several marks of one session in one transaction (e.g. undoing "all present").
    Result<MarkOutcome> markMany(qint64 sessionId, const QList<MarkChange>& changes);
    /// Marks present everyone enrolled (and not withdrawn before the session) who is not
    /// present yet. Returns the previous marks of those it changed, to undo it.
    Result<QList<MarkChange>> markAllPresent(qint64 sessionId);

private:
    Database& m_db;
    ChangeNotifier* m_changes;
};

} // namespace osiedle::core
