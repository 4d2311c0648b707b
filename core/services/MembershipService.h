#pragma once

#include "core/common/FieldError.h"
#include "core/common/Result.h"
#include "core/storage/EmploymentRepository.h"
#include "core/storage/MembershipRepository.h"

#include <QCoreApplication>

namespace osiedle::core {

class ChangeNotifier;
class Database;

/// A saved row and, when there is one, the warning the user should read (not a refusal).
struct SavedWithWarning {
    qint64 id = 0;
    QString warning;
};

/// Members of an OSS and the employment of participants. Writes validate, run one transaction
/// and announce Topic::SocialCoops. Adding or changing a member returns the member-share
/// warning when members from outside the eligible groups would exceed half of the members.
class MembershipService {
    Q_DECLARE_TR_FUNCTIONS(MembershipService)

public:
    MembershipService(Database& db, ChangeNotifier& changes);

    static FieldErrors validate(const Membership& m);
    static FieldErrors validate(const Employment& e);

    /// Inserts (keeping `m.id` when not 0, for undo).
    Result<SavedWithWarning> addMember(const Membership& m);
    Result<SavedWithWarning> updateMember(const Membership& m);
    Status removeMember(qint64 id);
    /// The member-share warning of the OSS on `date` (empty when all is well).
    QString memberShareWarning(qint64 socialCoopId, const QDate& date) const;

    Result<qint64> addEmployment(const Employment& e);
    Status updateEmployment(const Employment& e);
    Status removeEmployment(qint64 id);

private:
    Database& m_db;
    ChangeNotifier& m_changes;
    MembershipRepository m_members;
    EmploymentRepository m_employment;
};

} // namespace osiedle::core
