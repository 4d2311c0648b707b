#include "core/domain/Enums.h"

// The tables: stored key (must equal the schema's CHECK values, tests/core/EnumsTest.cpp
// inserts every key) and the English label, translated in the "Enums" context. Labels are
// unique across tables wherever their Polish translation differs.

namespace osiedle::core {

template <> std::span<const EnumEntry<Sex>> enumTable<Sex>()
{
    static constexpr EnumEntry<Sex> table[] = {
        {Sex::Female, "F", QT_TRANSLATE_NOOP("Enums", "Woman")},
        {Sex::Male, "M", QT_TRANSLATE_NOOP("Enums", "Man")},
    };
    return table;
}

template <> std::span<const EnumEntry<Education>> enumTable<Education>()
{
    static constexpr EnumEntry<Education> table[] = {
        {Education::NoEducation, "none", QT_TRANSLATE_NOOP("Enums", "No education (ISCED 0)")},
        {Education::Primary, "primary", QT_TRANSLATE_NOOP("Enums", "Primary (ISCED 1)")},
        {Education::LowerSecondary, "lower_secondary", QT_TRANSLATE_NOOP("Enums", "Lower secondary (ISCED 2)")},
        {Education::UpperSecondary, "upper_secondary", QT_TRANSLATE_NOOP("Enums", "Upper secondary (ISCED 3)")},
        {Education::PostSecondary, "post_secondary", QT_TRANSLATE_NOOP("Enums", "Post-secondary (ISCED 4)")},
        {Education::Higher, "higher", QT_TRANSLATE_NOOP("Enums", "Higher (ISCED 5–6)")},
    };
    return table;
}

template <> std::span<const EnumEntry<LabourStatus>> enumTable<LabourStatus>()
{
    static constexpr EnumEntry<LabourStatus> table[] = {
        {LabourStatus::Unemployed, "unemployed", QT_TRANSLATE_NOOP("Enums", "Unemployed")},
        {LabourStatus::LongTermUnemployed, "long_term_unemployed", QT_TRANSLATE_NOOP("Enums", "Long-term unemployed")},
        {LabourStatus::Inactive, "inactive", QT_TRANSLATE_NOOP("Enums", "Inactive")},
        {LabourStatus::InactiveInEducation, "inactive_in_education",
         QT_TRANSLATE_NOOP("Enums", "Inactive, in education or training")},
        {LabourStatus::Employed, "employed", QT_TRANSLATE_NOOP("Enums", "Employed")},
    };
    return table;
}

template <> std::span<const EnumEntry<Area>> enumTable<Area>()
{
    static constexpr EnumEntry<Area> table[] = {
        {Area::Urban, "urban", QT_TRANSLATE_NOOP("Enums", "Urban area")},
        {Area::Rural, "rural", QT_TRANSLATE_NOOP("Enums", "Rural area")},
    };
    return table;
}

template <> std::span<const EnumEntry<RecruitmentStatus>> enumTable<RecruitmentStatus>()
{
    static constexpr EnumEntry<RecruitmentStatus> table[] = {
        {RecruitmentStatus::Candidate, "candidate", QT_TRANSLATE_NOOP("Enums", "Candidate")},
        {RecruitmentStatus::Eligible, "eligible", QT_TRANSLATE_NOOP("Enums", "Eligible")},
        {RecruitmentStatus::NotEligible, "not_eligible", QT_TRANSLATE_NOOP("Enums", "Not eligible")},
        {RecruitmentStatus::Scored, "scored", QT_TRANSLATE_NOOP("Enums", "Scored")},
        {RecruitmentStatus::Qualified, "qualified", QT_TRANSLATE_NOOP("Enums", "Qualified")},
        {RecruitmentStatus::Reserve, "reserve", QT_TRANSLATE_NOOP("Enums", "Reserve list")},
        {RecruitmentStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("Enums", "Rejected")},
        {RecruitmentStatus::Resigned, "resigned", QT_TRANSLATE_NOOP("Enums", "Resigned")},
    };
    return table;
}

// The Polish forms of the recruitment statuses said of a woman and of a man (label(value, sex)
// asks for them; listed here so that they are translated).
[[maybe_unused]] static const char* const genderedStatusForms[][2] = {
    QT_TRANSLATE_NOOP3("Enums", "Candidate", "said of a woman"),
    QT_TRANSLATE_NOOP3("Enums", "Candidate", "said of a man"),
    QT_TRANSLATE_NOOP3("Enums", "Scored", "said of a woman"),
    QT_TRANSLATE_NOOP3("Enums", "Scored", "said of a man"),
    QT_TRANSLATE_NOOP3("Enums", "Qualified", "said of a woman"),
    QT_TRANSLATE_NOOP3("Enums", "Qualified", "said of a man"),
    QT_TRANSLATE_NOOP3("Enums", "Rejected", "said of a woman"),
    QT_TRANSLATE_NOOP3("Enums", "Rejected", "said of a man"),
    QT_TRANSLATE_NOOP3("Enums", "Resigned", "said of a woman"),
    QT_TRANSLATE_NOOP3("Enums", "Resigned", "said of a man"),
};

template <> std::span<const EnumEntry<Referral>> enumTable<Referral>()
{
    static constexpr EnumEntry<Referral> table[] = {
        {Referral::HousingCoop, "housing_coop", QT_TRANSLATE_NOOP("Enums", "Housing cooperative")},
        {Referral::Ops, "ops", QT_TRANSLATE_NOOP("Enums", "Social welfare centre (OPS)")},
        {Referral::Pup, "pup", QT_TRANSLATE_NOOP("Enums", "County labour office (PUP)")},
        {Referral::Self, "self", QT_TRANSLATE_NOOP("Enums", "Own initiative")},
        {Referral::Other, "other", QT_TRANSLATE_NOOP("Enums", "Other referral")},
    };
    return table;
}

template <> std::span<const EnumEntry<Completion>> enumTable<Completion>()
{
    static constexpr EnumEntry<Completion> table[] = {
        {Completion::Completed, "completed", QT_TRANSLATE_NOOP("Enums", "Completed as planned")},
        {Completion::DroppedOut, "dropped_out", QT_TRANSLATE_NOOP("Enums", "Dropped out")},
    };
    return table;
}

template <> std::span<const EnumEntry<HousingCoopStatus>> enumTable<HousingCoopStatus>()
{
    static constexpr EnumEntry<HousingCoopStatus> table[] = {
        {HousingCoopStatus::Applied, "applied", QT_TRANSLATE_NOOP("Enums", "Applied")},
        {HousingCoopStatus::Qualified, "qualified", QT_TRANSLATE_NOOP("Enums", "Admitted to the project")},
        {HousingCoopStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("Enums", "Not admitted")},
        {HousingCoopStatus::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("Enums", "Withdrawn")},
    };
    return table;
}

template <> std::span<const EnumEntry<InstitutionKind>> enumTable<InstitutionKind>()
{
    static constexpr EnumEntry<InstitutionKind> table[] = {
        {InstitutionKind::Ops, "ops", QT_TRANSLATE_NOOP("Enums", "Social welfare centre (OPS)")},
        {InstitutionKind::Pup, "pup", QT_TRANSLATE_NOOP("Enums", "County labour office (PUP)")},
    };
    return table;
}

template <> std::span<const EnumEntry<SupportFormKind>> enumTable<SupportFormKind>()
{
    static constexpr EnumEntry<SupportFormKind> table[] = {
        {SupportFormKind::Integration, "integration", QT_TRANSLATE_NOOP("Enums", "Integration-motivation classes")},
        {SupportFormKind::Management, "management", QT_TRANSLATE_NOOP("Enums", "Management training")},
        {SupportFormKind::Vocational, "vocational", QT_TRANSLATE_NOOP("Enums", "Vocational course")},
        {SupportFormKind::Consultation, "consultation", QT_TRANSLATE_NOOP("Enums", "Consultations")},
        {SupportFormKind::StudyTrip, "study_trip", QT_TRANSLATE_NOOP("Enums", "Study trip")},
        {SupportFormKind::Conference, "conference", QT_TRANSLATE_NOOP("Enums", "Conference")},
        {SupportFormKind::Other, "other", QT_TRANSLATE_NOOP("Enums", "Other support")},
    };
    return table;
}

template <> std::span<const EnumEntry<AttendanceStatus>> enumTable<AttendanceStatus>()
{
    static constexpr EnumEntry<AttendanceStatus> table[] = {
        {AttendanceStatus::Present, "present", QT_TRANSLATE_NOOP("Enums", "Present")},
        {AttendanceStatus::Excused, "excused", QT_TRANSLATE_NOOP("Enums", "Excused absence")},
        {AttendanceStatus::Absent, "absent", QT_TRANSLATE_NOOP("Enums", "Absent")},
    };
    return table;
}

template <> std::span<const EnumEntry<ConsultationArea>> enumTable<ConsultationArea>()
{
    static constexpr EnumEntry<ConsultationArea> table[] = {
        {ConsultationArea::Legal, "legal", QT_TRANSLATE_NOOP("Enums", "Legal advice")},
        {ConsultationArea::Accounting, "accounting", QT_TRANSLATE_NOOP("Enums", "Accounting advice")},
        {ConsultationArea::Administrative, "administrative", QT_TRANSLATE_NOOP("Enums", "Administrative advice")},
        {ConsultationArea::Funding, "funding", QT_TRANSLATE_NOOP("Enums", "Funding advice")},
        {ConsultationArea::Other, "other", QT_TRANSLATE_NOOP("Enums", "Other advice")},
    };
    return table;
}

template <> std::span<const EnumEntry<FoundingStep>> enumTable<FoundingStep>()
{
    static constexpr EnumEntry<FoundingStep> table[] = {
        {FoundingStep::FoundingGroup, "founding_group", QT_TRANSLATE_NOOP("Enums", "Founding group formed")},
        {FoundingStep::BusinessIdea, "business_idea", QT_TRANSLATE_NOOP("Enums", "Business idea prepared")},
        {FoundingStep::StatuteDrafted, "statute_drafted", QT_TRANSLATE_NOOP("Enums", "Statute drafted")},
        {FoundingStep::FoundingMeeting, "founding_meeting", QT_TRANSLATE_NOOP("Enums", "Founding meeting held")},
        {FoundingStep::KrsFiled, "krs_filed", QT_TRANSLATE_NOOP("Enums", "Application filed with the KRS")},
        {FoundingStep::Registered, "registered", QT_TRANSLATE_NOOP("Enums", "Registered in the KRS")},
        {FoundingStep::NipRegon, "nip_regon", QT_TRANSLATE_NOOP("Enums", "NIP and REGON obtained")},
        {FoundingStep::GrantApplied, "grant_applied", QT_TRANSLATE_NOOP("Enums", "Start-up grant applied for")},
        {FoundingStep::GrantGranted, "grant_granted", QT_TRANSLATE_NOOP("Enums", "Start-up grant awarded")},
        {FoundingStep::BridgingSupport, "bridging_support", QT_TRANSLATE_NOOP("Enums", "Bridging support awarded")},
        {FoundingStep::AgreementSigned, "agreement_signed",
         QT_TRANSLATE_NOOP("Enums", "Cooperation agreement with the SM signed")},
        {FoundingStep::Inauguration, "inauguration", QT_TRANSLATE_NOOP("Enums", "Work inaugurated")},
    };
    return table;
}

template <> std::span<const EnumEntry<SocialCoopStatus>> enumTable<SocialCoopStatus>()
{
    static constexpr EnumEntry<SocialCoopStatus> table[] = {
        {SocialCoopStatus::Founding, "founding", QT_TRANSLATE_NOOP("Enums", "Being founded")},
        {SocialCoopStatus::Registered, "registered", QT_TRANSLATE_NOOP("Enums", "Registered")},
        {SocialCoopStatus::Operating, "operating", QT_TRANSLATE_NOOP("Enums", "Operating")},
        {SocialCoopStatus::ServicePointOpen, "service_point_open", QT_TRANSLATE_NOOP("Enums", "Service point open")},
        {SocialCoopStatus::Dissolved, "dissolved", QT_TRANSLATE_NOOP("Enums", "Dissolved")},
    };
    return table;
}

template <> std::span<const EnumEntry<MembershipRole>> enumTable<MembershipRole>()
{
    static constexpr EnumEntry<MembershipRole> table[] = {
        {MembershipRole::Founder, "founder", QT_TRANSLATE_NOOP("Enums", "Founder")},
        {MembershipRole::Member, "member", QT_TRANSLATE_NOOP("Enums", "Member")},
        {MembershipRole::BoardPresident, "board_president", QT_TRANSLATE_NOOP("Enums", "President of the board")},
        {MembershipRole::BoardMember, "board_member", QT_TRANSLATE_NOOP("Enums", "Board member")},
        {MembershipRole::SupervisoryBoard, "supervisory_board", QT_TRANSLATE_NOOP("Enums", "Supervisory board member")},
    };
    return table;
}

template <> std::span<const EnumEntry<ContractType>> enumTable<ContractType>()
{
    static constexpr EnumEntry<ContractType> table[] = {
        {ContractType::Cooperative, "cooperative", QT_TRANSLATE_NOOP("Enums", "Cooperative employment contract")},
        {ContractType::Employment, "employment", QT_TRANSLATE_NOOP("Enums", "Employment contract")},
        {ContractType::CivilLaw, "civil_law", QT_TRANSLATE_NOOP("Enums", "Civil-law contract")},
    };
    return table;
}

template <> std::span<const EnumEntry<WorkOrderKind>> enumTable<WorkOrderKind>()
{
    static constexpr EnumEntry<WorkOrderKind> table[] = {
        {WorkOrderKind::Cleaning, "cleaning", QT_TRANSLATE_NOOP("Enums", "Cleaning")},
        {WorkOrderKind::Renovation, "renovation", QT_TRANSLATE_NOOP("Enums", "Renovation and building")},
        {WorkOrderKind::Greenery, "greenery", QT_TRANSLATE_NOOP("Enums", "Greenery")},
        {WorkOrderKind::Other, "other", QT_TRANSLATE_NOOP("Enums", "Other work")},
    };
    return table;
}

template <> std::span<const EnumEntry<WorkOrderStatus>> enumTable<WorkOrderStatus>()
{
    static constexpr EnumEntry<WorkOrderStatus> table[] = {
        {WorkOrderStatus::Draft, "draft", QT_TRANSLATE_NOOP("Enums", "Draft")},
        {WorkOrderStatus::Ordered, "ordered", QT_TRANSLATE_NOOP("Enums", "Ordered")},
        {WorkOrderStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("Enums", "In progress")},
        {WorkOrderStatus::Completed, "completed", QT_TRANSLATE_NOOP("Enums", "Work completed")},
        {WorkOrderStatus::Accepted, "accepted", QT_TRANSLATE_NOOP("Enums", "Accepted by the SM")},
        {WorkOrderStatus::Invoiced, "invoiced", QT_TRANSLATE_NOOP("Enums", "Invoiced")},
        {WorkOrderStatus::Paid, "paid", QT_TRANSLATE_NOOP("Enums", "Paid")},
        {WorkOrderStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Enums", "Cancelled")},
    };
    return table;
}

template <> std::span<const EnumEntry<ClientKind>> enumTable<ClientKind>()
{
    static constexpr EnumEntry<ClientKind> table[] = {
        {ClientKind::Resident, "resident", QT_TRANSLATE_NOOP("Enums", "Resident")},
        {ClientKind::Business, "business", QT_TRANSLATE_NOOP("Enums", "Business")},
        {ClientKind::Institution, "institution", QT_TRANSLATE_NOOP("Enums", "Institution")},
    };
    return table;
}

template <> std::span<const EnumEntry<DebtAccountTitle>> enumTable<DebtAccountTitle>()
{
    static constexpr EnumEntry<DebtAccountTitle> table[] = {
        {DebtAccountTitle::TenantRight, "tenant_right", QT_TRANSLATE_NOOP("Enums", "Cooperative tenant right")},
        {DebtAccountTitle::Ownership, "ownership", QT_TRANSLATE_NOOP("Enums", "Ownership")},
        {DebtAccountTitle::Rental, "rental", QT_TRANSLATE_NOOP("Enums", "Rental")},
        {DebtAccountTitle::Other, "other", QT_TRANSLATE_NOOP("Enums", "Other title")},
    };
    return table;
}

template <> std::span<const EnumEntry<DebtEntryKind>> enumTable<DebtEntryKind>()
{
    static constexpr EnumEntry<DebtEntryKind> table[] = {
        {DebtEntryKind::Opening, "opening", QT_TRANSLATE_NOOP("Enums", "Arrears at entry")},
        {DebtEntryKind::Charge, "charge", QT_TRANSLATE_NOOP("Enums", "Charge")},
        {DebtEntryKind::Payment, "payment", QT_TRANSLATE_NOOP("Enums", "Payment")},
        {DebtEntryKind::WagePayment, "wage_payment", QT_TRANSLATE_NOOP("Enums", "Payment from OSS wages")},
        {DebtEntryKind::HousingAllowance, "housing_allowance", QT_TRANSLATE_NOOP("Enums", "Housing allowance")},
        {DebtEntryKind::WriteOff, "write_off", QT_TRANSLATE_NOOP("Enums", "Write-off")},
        {DebtEntryKind::Interest, "interest", QT_TRANSLATE_NOOP("Enums", "Interest")},
        {DebtEntryKind::Correction, "correction", QT_TRANSLATE_NOOP("Enums", "Correction")},
    };
    return table;
}

template <> std::span<const EnumEntry<InstalmentPlanStatus>> enumTable<InstalmentPlanStatus>()
{
    static constexpr EnumEntry<InstalmentPlanStatus> table[] = {
        {InstalmentPlanStatus::Active, "active", QT_TRANSLATE_NOOP("Enums", "Active")},
        {InstalmentPlanStatus::Completed, "completed", QT_TRANSLATE_NOOP("Enums", "Repaid in full")},
        {InstalmentPlanStatus::Broken, "broken", QT_TRANSLATE_NOOP("Enums", "Broken")},
        {InstalmentPlanStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Enums", "Terminated")},
    };
    return table;
}

template <> std::span<const EnumEntry<EvictionStage>> enumTable<EvictionStage>()
{
    static constexpr EnumEntry<EvictionStage> table[] = {
        {EvictionStage::DemandLetter, "demand_letter", QT_TRANSLATE_NOOP("Enums", "Demand letter")},
        {EvictionStage::InstalmentAgreement, "instalment_agreement",
         QT_TRANSLATE_NOOP("Enums", "Instalment agreement")},
        {EvictionStage::Lawsuit, "lawsuit", QT_TRANSLATE_NOOP("Enums", "Lawsuit / payment order")},
        {EvictionStage::Judgment, "judgment", QT_TRANSLATE_NOOP("Enums", "Judgment")},
        {EvictionStage::EvictionOrdered, "eviction_ordered", QT_TRANSLATE_NOOP("Enums", "Eviction ordered")},
        {EvictionStage::Executed, "executed", QT_TRANSLATE_NOOP("Enums", "Eviction executed")},
        {EvictionStage::Suspended, "suspended", QT_TRANSLATE_NOOP("Enums", "Suspended")},
        {EvictionStage::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("Enums", "Case withdrawn")},
        {EvictionStage::Settled, "settled", QT_TRANSLATE_NOOP("Enums", "Settled")},
    };
    return table;
}

template <> std::span<const EnumEntry<DeliverableKind>> enumTable<DeliverableKind>()
{
    static constexpr EnumEntry<DeliverableKind> table[] = {
        {DeliverableKind::Expertise, "expertise", QT_TRANSLATE_NOOP("Enums", "Expertise")},
        {DeliverableKind::Brochure, "brochure", QT_TRANSLATE_NOOP("Enums", "Brochure")},
        {DeliverableKind::MarketResearch, "market_research", QT_TRANSLATE_NOOP("Enums", "Market research")},
        {DeliverableKind::Guide, "guide", QT_TRANSLATE_NOOP("Enums", "Guide")},
        {DeliverableKind::Film, "film", QT_TRANSLATE_NOOP("Enums", "Film")},
        {DeliverableKind::Conference, "conference", QT_TRANSLATE_NOOP("Enums", "Conference")},
        {DeliverableKind::Competition, "competition", QT_TRANSLATE_NOOP("Enums", "Competition")},
        {DeliverableKind::StudyTrip, "study_trip", QT_TRANSLATE_NOOP("Enums", "Study trip")},
        {DeliverableKind::Other, "other", QT_TRANSLATE_NOOP("Enums", "Other product")},
    };
    return table;
}

template <> std::span<const EnumEntry<DeliverableStatus>> enumTable<DeliverableStatus>()
{
    static constexpr EnumEntry<DeliverableStatus> table[] = {
        {DeliverableStatus::Planned, "planned", QT_TRANSLATE_NOOP("Enums", "Planned")},
        {DeliverableStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("Enums", "In progress")},
        {DeliverableStatus::Done, "done", QT_TRANSLATE_NOOP("Enums", "Done")},
    };
    return table;
}

template <> std::span<const EnumEntry<EventKind>> enumTable<EventKind>()
{
    static constexpr EnumEntry<EventKind> table[] = {
        {EventKind::StudyTrip, "study_trip", QT_TRANSLATE_NOOP("Enums", "Study trip")},
        {EventKind::Conference, "conference", QT_TRANSLATE_NOOP("Enums", "Conference")},
        {EventKind::Other, "other", QT_TRANSLATE_NOOP("Enums", "Other event")},
    };
    return table;
}

template <> std::span<const EnumEntry<AttendeeRole>> enumTable<AttendeeRole>()
{
    static constexpr EnumEntry<AttendeeRole> table[] = {
        {AttendeeRole::Participant, "participant", QT_TRANSLATE_NOOP("Enums", "Project participant")},
        {AttendeeRole::Staff, "staff", QT_TRANSLATE_NOOP("Enums", "Staff")},
        {AttendeeRole::Guest, "guest", QT_TRANSLATE_NOOP("Enums", "External guest")},
    };
    return table;
}

template <> std::span<const EnumEntry<CompetitionCategoryKind>> enumTable<CompetitionCategoryKind>()
{
    static constexpr EnumEntry<CompetitionCategoryKind> table[] = {
        {CompetitionCategoryKind::SocialCoop, "social_coop", QT_TRANSLATE_NOOP("Enums", "Social cooperatives (OSS)")},
        {CompetitionCategoryKind::HousingCoop, "housing_coop", QT_TRANSLATE_NOOP("Enums", "Housing cooperatives (SM)")},
        {CompetitionCategoryKind::Resident, "resident", QT_TRANSLATE_NOOP("Enums", "Residents")},
    };
    return table;
}

template <> std::span<const EnumEntry<IndicatorKind>> enumTable<IndicatorKind>()
{
    static constexpr EnumEntry<IndicatorKind> table[] = {
        {IndicatorKind::Product, "product", QT_TRANSLATE_NOOP("Enums", "Product")},
        {IndicatorKind::Result, "result", QT_TRANSLATE_NOOP("Enums", "Result")},
    };
    return table;
}

template <> std::span<const EnumEntry<AgeGroup>> enumTable<AgeGroup>()
{
    static constexpr EnumEntry<AgeGroup> table[] = {
        {AgeGroup::From15To24, "15-24", QT_TRANSLATE_NOOP("Enums", "15–24 years")},
        {AgeGroup::From25To54, "25-54", QT_TRANSLATE_NOOP("Enums", "25–54 years")},
        {AgeGroup::From55To64, "55-64", QT_TRANSLATE_NOOP("Enums", "55–64 years")},
        {AgeGroup::From65, "65+", QT_TRANSLATE_NOOP("Enums", "65 years and over")},
    };
    return table;
}

template <> std::span<const EnumEntry<PartnerRole>> enumTable<PartnerRole>()
{
    static constexpr EnumEntry<PartnerRole> table[] = {
        {PartnerRole::Leader, "leader", QT_TRANSLATE_NOOP("Enums", "Project leader")},
        {PartnerRole::Partner, "partner", QT_TRANSLATE_NOOP("Enums", "Partner")},
    };
    return table;
}

template <> std::span<const EnumEntry<StaffRole>> enumTable<StaffRole>()
{
    static constexpr EnumEntry<StaffRole> table[] = {
        {StaffRole::Coordinator, "coordinator", QT_TRANSLATE_NOOP("Enums", "Project coordinator")},
        {StaffRole::Finance, "finance", QT_TRANSLATE_NOOP("Enums", "Finance officer")},
        {StaffRole::Trainer, "trainer", QT_TRANSLATE_NOOP("Enums", "Trainer")},
        {StaffRole::Adviser, "adviser", QT_TRANSLATE_NOOP("Enums", "Adviser")},
        {StaffRole::Assistant, "assistant", QT_TRANSLATE_NOOP("Enums", "Project assistant")},
        {StaffRole::Other, "other", QT_TRANSLATE_NOOP("Enums", "Other role")},
    };
    return table;
}

} // namespace osiedle::core
