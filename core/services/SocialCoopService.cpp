#include "core/services/SocialCoopService.h"

#include "core/services/ServiceWrite.h"
#include "core/storage/MembershipRepository.h"

#include "core/domain/KrsNumber.h"
#include "core/domain/Nip.h"
#include "core/domain/Regon.h"

namespace osiedle::core {

namespace {

/// The identifiers as stored: digits only (validate() has accepted them).
SocialCoop normalized(SocialCoop coop)
{
    if (const auto krs = KrsNumber::parse(coop.krs)) {
        coop.krs = krs->digits();
    }
    if (const auto nip = Nip::parse(coop.nip)) {
        coop.nip = nip->digits();
    }
    if (const auto regon = Regon::parse(coop.regon)) {
        coop.regon = regon->digits();
    }
    return coop;
}

} // namespace

SocialCoopService::SocialCoopService(Database& db, ChangeNotifier& changes)
    : m_db(db), m_changes(changes), m_coops(db), m_steps(db), m_agreements(db), m_points(db)
{
}

FieldErrors SocialCoopService::validate(const SocialCoop& coop)
{
    FieldErrors errors;
    if (coop.name.trimmed().isEmpty()) {
        errors.append({QStringLiteral("name"), tr("The name of the cooperative is missing")});
    }
    if (!coop.krs.isEmpty()) {
        if (const auto krs = KrsNumber::parse(coop.krs); !krs) {
            errors.append({QStringLiteral("krs"), krs.error().message});
        }
    }
    if (!coop.nip.isEmpty()) {
        if (const auto nip = Nip::parse(coop.nip); !nip) {
            errors.append({QStringLiteral("nip"), nip.error().message});
        }
    }
    if (!coop.regon.isEmpty()) {
        if (const auto regon = Regon::parse(coop.regon); !regon) {
            errors.append({QStringLiteral("regon"), regon.error().message});
        }
    }
    return errors;
}

FieldErrors SocialCoopService::validate(const CooperationAgreement& a)
{
    FieldErrors errors;
    if (a.housingCoopId == 0) {
        errors.append({QStringLiteral("housing_coop"), tr("Choose the housing cooperative (SM) of the agreement")});
    }
    if (!a.signedOn.isValid()) {
        errors.append({QStringLiteral("signed_on"), tr("The signing date of the agreement is missing")});
    }
    if (a.validFrom && a.validTo && *a.validTo < *a.validFrom) {
        errors.append({QStringLiteral("valid_to"), tr("The agreement cannot end before it starts")});
    }
    if (a.inauguratedOn && a.signedOn.isValid() && *a.inauguratedOn < a.signedOn) {
        errors.append({QStringLiteral("inaugurated_on"), tr("The inauguration cannot be dated before the signing")});
    }
    return errors;
}

FieldErrors SocialCoopService::validate(const ServiceSale& sale)
{
    FieldErrors errors;
    if (!sale.date.isValid()) {
        errors.append({QStringLiteral("date"), tr("The date of the sale is missing")});
    }
    if (sale.service.trimmed().isEmpty()) {
        errors.append({QStringLiteral("service"), tr("Say which service was sold")});
    }
    if (sale.amount.grosze() < 0) {
        errors.append({QStringLiteral("amount"), tr("The amount cannot be negative")});
    }
    return errors;
}

Result<qint64> SocialCoopService::addCoop(const SocialCoop& coop)
{
    if (const auto errors = validate(coop); !errors.isEmpty()) {
        return firstError(errors);
    }
    return serviceWrite(m_db, m_changes, Topic::SocialCoops, [&] { return m_coops.insert(normalized(coop)); });
}

Status SocialCoopService::updateCoop(const SocialCoop& coop)
{
    if (const auto errors = validate(coop); !errors.isEmpty()) {
        return firstError(errors);
    }
    return serviceWrite(m_db, m_changes, Topic::SocialCoops, [&] { m_coops.update(normalized(coop)); });
}

Status SocialCoopService::removeCoop(qint64 id)
{
    return serviceWrite(m_db, m_changes, Topic::SocialCoops, [&] { m_coops.remove(id); });
}

FoundingPath SocialCoopService::path(qint64 socialCoopId) const
{
    return FoundingPath(m_steps.forCoop(socialCoopId));
}

SocialCoopStatus SocialCoopService::stage(qint64 socialCoopId, const QDate& asOf) const
{
    const auto coop = m_coops.find(socialCoopId);
    const auto point = m_points.find(socialCoopId);
    return path(socialCoopId)
        .stage(asOf, point ? std::optional<QDate>(point->openedOn) : std::nullopt, coop ? coop->dissolvedOn : std::nullopt);
}

Result<qint64> SocialCoopService::saveStep(const FoundingStepEntry& step, const std::optional<SocialCoop>& coopChange)
{
    if (coopChange) {
        if (const auto errors = validate(*coopChange); !errors.isEmpty()) {
            return firstError(errors);
        }
    }
    if (step.amount && step.amount->grosze() < 0) {
        return Error{tr("%1: the amount cannot be negative").arg(FoundingPath::title(step.kind))};
    }
    return serviceWriteChecked(m_db, m_changes, Topic::SocialCoops, [&]() -> Result<qint64> {
        const FoundingPath current = path(step.socialCoopId);
        if (const QString problem = current.checkDate(step.kind, step.doneOn); !problem.isEmpty()) {
            return Error{problem};
        }
        if (step.kind == FoundingStep::FoundingGroup) {
            const int founders = MembershipRepository(m_db).naturalFounders(step.socialCoopId);
            const QString problem = FoundingPath::foundingGroupProblem(m_coops.foundingRules(), founders);
            if (!problem.isEmpty()) {
                return Error{problem};
            }
        }
        if (coopChange) {
            m_coops.update(normalized(*coopChange));
        }
        return m_steps.save(step);
    });
}

Status SocialCoopService::removeStep(qint64 socialCoopId, FoundingStep kind)
{
    return serviceWriteChecked(m_db, m_changes, Topic::SocialCoops, [&]() -> Status {
        if (const QString problem = path(socialCoopId).checkRemoval(kind); !problem.isEmpty()) {
            return Error{problem};
        }
        m_steps.remove(socialCoopId, kind);
        return {};
    });
}

Status SocialCoopService::syncAgreementSteps(qint64 socialCoopId)
{
    std::optional<QDate> signedOn;
    std::optional<QDate> inauguratedOn;
    for (const auto& a : m_agreements.forCoop(socialCoopId)) {
        if (!signedOn || a.signedOn < *signedOn) {
            signedOn = a.signedOn;
        }
        if (a.inauguratedOn && (!inauguratedOn || *a.inauguratedOn < *inauguratedOn)) {
            inauguratedOn = a.inauguratedOn;
        }
    }
    // remove first (inauguration before the signing it needs), then set in path order
    if (!inauguratedOn) {
        m_steps.remove(socialCoopId, FoundingStep::Inauguration);
    }
    if (!signedOn) {
        m_steps.remove(socialCoopId, FoundingStep::AgreementSigned);
        return {};
    }
    const auto setStep = [&](FoundingStep kind, const QDate& date) -> Status {
        FoundingPath current = path(socialCoopId);
        QList<FoundingStepEntry> others;
        for (const auto& s : current.steps()) {
            if (s.kind != FoundingStep::Inauguration || kind == FoundingStep::Inauguration) {
                others.append(s);
            }
        }
        // when the signing moves, the old inauguration is re-checked right after
        if (const QString problem = FoundingPath(others).checkDate(kind, date); !problem.isEmpty()) {
            return Error{problem};
        }
        FoundingStepEntry step = current.step(kind).value_or(FoundingStepEntry{});
        step.socialCoopId = socialCoopId;
        step.kind = kind;
        step.doneOn = date;
        m_steps.save(step);
        return {};
    };
    if (Status s = setStep(FoundingStep::AgreementSigned, *signedOn); !s) {
        return s;
    }
    if (inauguratedOn) {
        return setStep(FoundingStep::Inauguration, *inauguratedOn);
    }
    return {};
}

Result<qint64> SocialCoopService::addAgreement(const CooperationAgreement& agreement)
{
    if (const auto errors = validate(agreement); !errors.isEmpty()) {
        return firstError(errors);
    }
    return serviceWriteChecked(m_db, m_changes, Topic::SocialCoops, [&]() -> Result<qint64> {
        const qint64 id = m_agreements.insert(agreement);
        if (Status s = syncAgreementSteps(agreement.socialCoopId); !s) {
            return s.error();
        }
        return id;
    });
}

Status SocialCoopService::updateAgreement(const CooperationAgreement& agreement)
{
    if (const auto errors = validate(agreement); !errors.isEmpty()) {
        return firstError(errors);
    }
    return serviceWriteChecked(m_db, m_changes, Topic::SocialCoops, [&]() -> Status {
        m_agreements.update(agreement);
        return syncAgreementSteps(agreement.socialCoopId);
    });
}

Status SocialCoopService::removeAgreement(qint64 id)
{
    return serviceWriteChecked(m_db, m_changes, Topic::SocialCoops, [&]() -> Status {
        const auto agreement = m_agreements.find(id);
        if (!agreement) {
            return {};
        }
        m_agreements.remove(id);
        return syncAgreementSteps(agreement->socialCoopId);
    });
}

Status SocialCoopService::saveServicePoint(const ServicePoint& point)
{
    if (!point.openedOn.isValid()) {
        return Error{tr("The opening date of the service point is missing")};
    }
    return serviceWrite(m_db, m_changes, Topic::SocialCoops, [&] { m_points.save(point); });
}

Status SocialCoopService::removeServicePoint(qint64 socialCoopId)
{
    return serviceWrite(m_db, m_changes, Topic::SocialCoops, [&] { m_points.remove(socialCoopId); });
}

Result<qint64> SocialCoopService::addSale(const ServiceSale& sale)
{
    if (const auto errors = validate(sale); !errors.isEmpty()) {
        return firstError(errors);
    }
    return serviceWrite(m_db, m_changes, Topic::SocialCoops, [&] { return m_points.insertSale(sale); });
}

Status SocialCoopService::updateSale(const ServiceSale& sale)
{
    if (const auto errors = validate(sale); !errors.isEmpty()) {
        return firstError(errors);
    }
    return serviceWrite(m_db, m_changes, Topic::SocialCoops, [&] { m_points.updateSale(sale); });
}

Status SocialCoopService::removeSale(qint64 id)
{
    return serviceWrite(m_db, m_changes, Topic::SocialCoops, [&] { m_points.removeSale(id); });
}

} // namespace osiedle::core
