#include "core/services/MembershipService.h"

#include "core/domain/FoundingPath.h"
#include "core/services/ServiceWrite.h"
#include "core/services/SocialCoopService.h"

namespace osiedle::core {

MembershipService::MembershipService(Database& db, ChangeNotifier& changes)
    : m_db(db), m_changes(changes), m_members(db), m_employment(db)
{
}

FieldErrors MembershipService::validate(const Membership& m)
{
    FieldErrors errors;
    if (!m.participantId && m.personName.trimmed().isEmpty()) {
        errors.append({QStringLiteral("person"), tr("Choose a participant or type the member's name")});
    }
    if (!m.from.isValid()) {
        errors.append({QStringLiteral("from"), tr("The date the membership starts is missing")});
    }
    if (m.to && m.from.isValid() && *m.to < m.from) {
        errors.append({QStringLiteral("to"), tr("The membership cannot end before it starts")});
    }
    return errors;
}

FieldErrors MembershipService::validate(const Employment& e)
{
    FieldErrors errors;
    if (e.participantId == 0) {
        errors.append({QStringLiteral("participant"), tr("Choose the employed participant")});
    }
    if (!e.socialCoopId && e.employerName.trimmed().isEmpty()) {
        errors.append({QStringLiteral("employer"), tr("Name the employer")});
    }
    if (!e.start.isValid()) {
        errors.append({QStringLiteral("start"), tr("The start of the employment is missing")});
    }
    if (e.end && e.start.isValid() && *e.end < e.start) {
        errors.append({QStringLiteral("end"), tr("The employment cannot end before it starts")});
    }
    if (e.ftePermille < 1 || e.ftePermille > 1000) {
        errors.append({QStringLiteral("fte"), tr("Working time must be more than 0 and at most a full time")});
    }
    if (e.hourlyRate && e.hourlyRate->grosze() < 0) {
        errors.append({QStringLiteral("hourly_rate"), tr("The hourly rate cannot be negative")});
    }
    if (e.deductionKind && !e.deductionValue) {
        errors.append({QStringLiteral("deduction"), tr("Give the part of the wage that goes to the arrears")});
    }
    if (e.deductionValue && *e.deductionValue < 0) {
        errors.append({QStringLiteral("deduction"), tr("The deduction cannot be negative")});
    }
    if (e.deductionKind == WageDeduction::Percent && e.deductionValue && *e.deductionValue > 10000) {
        errors.append({QStringLiteral("deduction"), tr("The deduction cannot exceed 100 % of the wage")});
    }
    return errors;
}

QString MembershipService::memberShareWarning(qint64 socialCoopId, const QDate& date) const
{
    const MemberCount c = m_members.count(socialCoopId, date);
    return FoundingPath::memberShareWarning(c.members, c.outsideEligibleGroups);
}

Result<SavedWithWarning> MembershipService::addMember(const Membership& m)
{
    if (const auto errors = validate(m); !errors.isEmpty()) {
        return firstError(errors);
    }
    return serviceWrite(m_db, m_changes, Topic::SocialCoops, [&] {
        const qint64 id = m_members.insert(m);
        return SavedWithWarning{id, memberShareWarning(m.socialCoopId, m.from)};
    });
}

Result<SavedWithWarning> MembershipService::updateMember(const Membership& m)
{
    if (const auto errors = validate(m); !errors.isEmpty()) {
        return firstError(errors);
    }
    return serviceWrite(m_db, m_changes, Topic::SocialCoops, [&] {
        m_members.update(m);
        return SavedWithWarning{m.id, memberShareWarning(m.socialCoopId, m.from)};
    });
}

Status MembershipService::removeMember(qint64 id)
{
    return serviceWrite(m_db, m_changes, Topic::SocialCoops, [&] { m_members.remove(id); });
}

Result<qint64> MembershipService::addEmployment(const Employment& e)
{
    if (const auto errors = validate(e); !errors.isEmpty()) {
        return firstError(errors);
    }
    return serviceWrite(m_db, m_changes, Topic::SocialCoops, [&] { return m_employment.insert(e); });
}

Status MembershipService::updateEmployment(const Employment& e)
{
    if (const auto errors = validate(e); !errors.isEmpty()) {
        return firstError(errors);
    }
    return serviceWrite(m_db, m_changes, Topic::SocialCoops, [&] { m_employment.update(e); });
}

Status MembershipService::removeEmployment(qint64 id)
{
    return serviceWrite(m_db, m_changes, Topic::SocialCoops, [&] { m_employment.remove(id); });
}

} // namespace osiedle::core
