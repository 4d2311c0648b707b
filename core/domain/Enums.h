#pragma once

#include "core/domain/Sex.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>
#include <span>

// The closed sets of values of the domain (DOMAIN.md). Each enum has a stored key, exactly the
// value the schema's CHECK constraint admits (core/storage/schema/*Schema.cpp), and a
// translated label for people. One table per enum (Enums.cpp) drives four generic functions:
//
//   key(Education::Higher)               -> "higher"           (what the file stores)
//   parseKey<Education>(u"higher")       -> Education::Higher  (nullopt for an unknown key)
//   label(Education::Higher)             -> "Higher (ISCED 5–6)", translated
//   allValues<Education>()               -> every value in display order (for combo boxes)

namespace osiedle::core {

/// Highest level of education completed, ISCED 0 … 5–6.
enum class Education { NoEducation, Primary, LowerSecondary, UpperSecondary, PostSecondary, Higher };

/// Labour-market status at entry; the "of whom" groups are separate values.
enum class LabourStatus { Unemployed, LongTermUnemployed, Inactive, InactiveInEducation, Employed };

/// Urban / rural area of residence (rural: TERYT gmina type 2 or 5).
enum class Area { Urban, Rural };

/// Where a candidate participant is in recruitment.
enum class RecruitmentStatus { Candidate, Eligible, NotEligible, Scored, Qualified, Reserve, Rejected, Resigned };

/// Who referred a candidate.
enum class Referral { HousingCoop, Ops, Pup, Self, Other };

/// How a participation ended.
enum class Completion { Completed, DroppedOut };

/// Recruitment status of a housing cooperative (SM).
enum class HousingCoopStatus { Applied, Qualified, Rejected, Withdrawn };

/// OPS (social welfare centre) or PUP (county labour office).
enum class InstitutionKind { Ops, Pup };

/// Kinds of support the project gives.
enum class SupportFormKind { Integration, Management, Vocational, Consultation, StudyTrip, Conference, Other };

/// One participant's mark at one session ("not yet marked" is the absence of a mark).
enum class AttendanceStatus { Present, Excused, Absent };

/// The subject of a consultation at the consultation point.
enum class ConsultationArea { Legal, Accounting, Administrative, Funding, Other };

/// The dated steps of founding a social cooperative (OSS), in their usual order.
enum class FoundingStep {
    FoundingGroup,
    BusinessIdea,
    StatuteDrafted,
    FoundingMeeting,
    KrsFiled,
    Registered,
    NipRegon,
    GrantApplied,
    GrantGranted,
    BridgingSupport,
    AgreementSigned,
    Inauguration,
};

/// The state of an OSS, derived from its founding steps, service point and dissolution date
/// (never stored; the key is for exports and settings).
enum class SocialCoopStatus { Founding, Registered, Operating, ServicePointOpen, Dissolved };

/// A person's role in an OSS.
enum class MembershipRole { Founder, Member, BoardPresident, BoardMember, SupervisoryBoard };

/// The contract under which an OSS member works.
enum class ContractType { Cooperative, Employment, CivilLaw };

/// The kind of work an SM commissions from an OSS.
enum class WorkOrderKind { Cleaning, Renovation, Greenery, Other };

/// Lifecycle of a work order: draft → ordered → in progress → completed → accepted → invoiced →
/// paid, or cancelled.
enum class WorkOrderStatus { Draft, Ordered, InProgress, Completed, Accepted, Invoiced, Paid, Cancelled };

/// Who bought a service point's service.
enum class ClientKind { Resident, Business, Institution };

/// The legal title to the flat a debt account belongs to.
enum class DebtAccountTitle { TenantRight, Ownership, Rental, Other };

/// The kind of a dated debt ledger entry.
enum class DebtEntryKind { Opening, Charge, Payment, WagePayment, HousingAllowance, WriteOff, Interest, Correction };

/// The state of an instalment plan.
enum class InstalmentPlanStatus { Active, Completed, Broken, Cancelled };

/// A stage of an eviction case ("none" is a case without stages).
enum class EvictionStage {
    DemandLetter,
    InstalmentAgreement,
    Lawsuit,
    Judgment,
    EvictionOrdered,
    Executed,
    Suspended,
    Withdrawn,
    Settled,
};

/// The kinds of project deliverables (products).
enum class DeliverableKind {
    Expertise,
    Brochure,
    MarketResearch,
    Guide,
    Film,
    Conference,
    Competition,
    StudyTrip,
    Other
};

enum class DeliverableStatus { Planned, InProgress, Done };

/// The study trip, the conference, or another event of the project.
enum class EventKind { StudyTrip, Conference, Other };

/// Who attended an event: a project participant, a member of staff, or an external guest.
enum class AttendeeRole { Participant, Staff, Guest };

/// Who a competition category is for: the best OSS, the SMs, the residents who helped most.
enum class CompetitionCategoryKind { SocialCoop, HousingCoop, Resident };

/// Product or result indicator.
enum class IndicatorKind { Product, Result };

/// The place of an organisation in the project's partnership: the leader, or a partner.
enum class PartnerRole { Leader, Partner };

/// What a person of the project office does; it decides who is offered to sign which document.
enum class StaffRole { Coordinator, Finance, Trainer, Adviser, Assistant, Other };

/// The age groups of the participant flow table (age at entry). Not stored; the key is for
/// exports.
enum class AgeGroup { From15To24, From25To54, From55To64, From65 };

/// One row of an enum's table: the value, its stored key and its untranslated label.
template <typename E> struct EnumEntry {
    E value;
    const char* key;
    const char* label; ///< English source text, translated in the "Enums" context
};

/// The table of one enum, in display order. Specialised for every enum above (and Sex).
template <typename E> std::span<const EnumEntry<E>> enumTable();

template <> std::span<const EnumEntry<Sex>> enumTable<Sex>();
template <> std::span<const EnumEntry<Education>> enumTable<Education>();
template <> std::span<const EnumEntry<LabourStatus>> enumTable<LabourStatus>();
template <> std::span<const EnumEntry<Area>> enumTable<Area>();
template <> std::span<const EnumEntry<RecruitmentStatus>> enumTable<RecruitmentStatus>();
template <> std::span<const EnumEntry<Referral>> enumTable<Referral>();
template <> std::span<const EnumEntry<Completion>> enumTable<Completion>();
template <> std::span<const EnumEntry<HousingCoopStatus>> enumTable<HousingCoopStatus>();
template <> std::span<const EnumEntry<InstitutionKind>> enumTable<InstitutionKind>();
template <> std::span<const EnumEntry<SupportFormKind>> enumTable<SupportFormKind>();
template <> std::span<const EnumEntry<AttendanceStatus>> enumTable<AttendanceStatus>();
template <> std::span<const EnumEntry<ConsultationArea>> enumTable<ConsultationArea>();
template <> std::span<const EnumEntry<FoundingStep>> enumTable<FoundingStep>();
template <> std::span<const EnumEntry<SocialCoopStatus>> enumTable<SocialCoopStatus>();
template <> std::span<const EnumEntry<MembershipRole>> enumTable<MembershipRole>();
template <> std::span<const EnumEntry<ContractType>> enumTable<ContractType>();
template <> std::span<const EnumEntry<WorkOrderKind>> enumTable<WorkOrderKind>();
template <> std::span<const EnumEntry<WorkOrderStatus>> enumTable<WorkOrderStatus>();
template <> std::span<const EnumEntry<ClientKind>> enumTable<ClientKind>();
template <> std::span<const EnumEntry<DebtAccountTitle>> enumTable<DebtAccountTitle>();
template <> std::span<const EnumEntry<DebtEntryKind>> enumTable<DebtEntryKind>();
template <> std::span<const EnumEntry<InstalmentPlanStatus>> enumTable<InstalmentPlanStatus>();
template <> std::span<const EnumEntry<EvictionStage>> enumTable<EvictionStage>();
template <> std::span<const EnumEntry<DeliverableKind>> enumTable<DeliverableKind>();
template <> std::span<const EnumEntry<DeliverableStatus>> enumTable<DeliverableStatus>();
template <> std::span<const EnumEntry<EventKind>> enumTable<EventKind>();
template <> std::span<const EnumEntry<AttendeeRole>> enumTable<AttendeeRole>();
template <> std::span<const EnumEntry<CompetitionCategoryKind>> enumTable<CompetitionCategoryKind>();
template <> std::span<const EnumEntry<IndicatorKind>> enumTable<IndicatorKind>();
template <> std::span<const EnumEntry<AgeGroup>> enumTable<AgeGroup>();
template <> std::span<const EnumEntry<PartnerRole>> enumTable<PartnerRole>();
template <> std::span<const EnumEntry<StaffRole>> enumTable<StaffRole>();

/// The stored key of a value ("long_term_unemployed"), as the schema's CHECK admits it.
template <typename E> QString key(E value)
{
    for (const EnumEntry<E>& entry : enumTable<E>()) {
        if (entry.value == value) {
            return QString::fromLatin1(entry.key);
        }
    }
    return {};
}

/// The value of a stored key; nullopt for a key the enum does not know (case-sensitive).
template <typename E> std::optional<E> parseKey(QStringView key)
{
    for (const EnumEntry<E>& entry : enumTable<E>()) {
        if (key == QLatin1String(entry.key)) {
            return entry.value;
        }
    }
    return std::nullopt;
}

/// The translated label of a value, for people ("Long-term unemployed").
template <typename E> QString label(E value)
{
    for (const EnumEntry<E>& entry : enumTable<E>()) {
        if (entry.value == value) {
            return QCoreApplication::translate("Enums", entry.label);
        }
    }
    return {};
}

/// The label of a value said of a person: in Polish it agrees with their sex ("Zakwalifikowana",
/// "Zakwalifikowany"; English has one form). The forms are translated as the label with the
/// disambiguation "said of a woman" / "said of a man" (listed in Enums.cpp); a value without
/// such forms, or an unknown sex, gives label(value).
template <typename E> QString label(E value, std::optional<Sex> sex)
{
    if (sex) {
        for (const EnumEntry<E>& entry : enumTable<E>()) {
            if (entry.value == value) {
                const QString said = QCoreApplication::translate(
                    "Enums", entry.label, *sex == Sex::Female ? "said of a woman" : "said of a man");
                if (said != QLatin1String(entry.label)) {
                    return said;
                }
            }
        }
    }
    return label(value);
}

/// Every value of the enum in display order.
template <typename E> QList<E> allValues()
{
    QList<E> values;
    for (const EnumEntry<E>& entry : enumTable<E>()) {
        values.append(entry.value);
    }
    return values;
}

/// Every stored key of the enum in display order.
template <typename E> QStringList allKeys()
{
    QStringList keys;
    for (const EnumEntry<E>& entry : enumTable<E>()) {
        keys.append(QString::fromLatin1(entry.key));
    }
    return keys;
}

} // namespace osiedle::core
