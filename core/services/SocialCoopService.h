#pragma once

#include "core/common/FieldError.h"
#include "core/common/Result.h"
#include "core/domain/FoundingPath.h"
#include "core/storage/CooperationAgreementRepository.h"
#include "core/storage/FoundingStepRepository.h"
#include "core/storage/ServicePointRepository.h"
#include "core/storage/SocialCoopRepository.h"

#include <QCoreApplication>

#include <optional>

namespace osiedle::core {

class ChangeNotifier;
class Database;

/// The operations on a social cooperative itself: its record, its founding steps, its
/// cooperation agreement with the SM, its service point and sales. Each write validates, runs
/// one transaction and announces Topic::SocialCoops. Errors come back as Error/FieldErrors.
///
/// The agreement is the source of the last two founding steps: saving or removing agreements
/// sets "cooperation agreement signed" to the first signing date and "inauguration" to the first
/// inauguration date, refused when the founding path does not allow those dates.
class SocialCoopService {
    Q_DECLARE_TR_FUNCTIONS(SocialCoopService)

public:
    SocialCoopService(Database& db, ChangeNotifier& changes);

    static FieldErrors validate(const SocialCoop& coop);
    static FieldErrors validate(const CooperationAgreement& agreement);
    static FieldErrors validate(const ServiceSale& sale);

    Result<qint64> addCoop(const SocialCoop& coop);
    Status updateCoop(const SocialCoop& coop);
    /// Removes an OSS with its steps, members and service point; refused (by the file's
    /// constraints) while orders, agreements or employment refer to it.
    Status removeCoop(qint64 id);

    FoundingPath path(qint64 socialCoopId) const;
    SocialCoopStatus stage(qint64 socialCoopId, const QDate& asOf) const;
    /// Records (or re-dates) a step; `coopChange` is saved in the same transaction (the KRS
    /// number with "registered", NIP and REGON with "NIP and REGON received"). The founding
    /// group needs enough founders listed (see FoundingPath::foundingGroupProblem).
    Result<qint64> saveStep(const FoundingStepEntry& step, const std::optional<SocialCoop>& coopChange = std::nullopt);
    Status removeStep(qint64 socialCoopId, FoundingStep kind);

    Result<qint64> addAgreement(const CooperationAgreement& agreement);
    Status updateAgreement(const CooperationAgreement& agreement);
    Status removeAgreement(qint64 id);

    Status saveServicePoint(const ServicePoint& point);
    Status removeServicePoint(qint64 socialCoopId);

    Result<qint64> addSale(const ServiceSale& sale);
    Status updateSale(const ServiceSale& sale);
    Status removeSale(qint64 id);

private:
    /// Brings the agreement steps in line with the agreements of the OSS; an Error when the
    /// founding path refuses the dates.
    Status syncAgreementSteps(qint64 socialCoopId);

    Database& m_db;
    ChangeNotifier& m_changes;
    SocialCoopRepository m_coops;
    FoundingStepRepository m_steps;
    CooperationAgreementRepository m_agreements;
    ServicePointRepository m_points;
};

/// The first error of a list as one Error ("field: message" is not needed: messages name it).
inline Error firstError(const FieldErrors& errors)
{
    return Error{errors.first().message};
}

} // namespace osiedle::core
