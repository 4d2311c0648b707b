#include "core/io/PolishEnumWords.h"

namespace osiedle::core {

template <> std::span<const EnumWord<Sex>> polishWords<Sex>()
{
    static constexpr EnumWord<Sex> words[] = {
        {"Kobieta", Sex::Female}, {"K", Sex::Female}, {"żeńska", Sex::Female},
        {"Mężczyzna", Sex::Male}, {"M", Sex::Male},   {"męska", Sex::Male},
    };
    return words;
}

template <> std::span<const EnumWord<Education>> polishWords<Education>()
{
    static constexpr EnumWord<Education> words[] = {
        {"Brak wykształcenia (ISCED 0)", Education::NoEducation},
        {"brak", Education::NoEducation},
        {"brak wykształcenia", Education::NoEducation},
        {"Podstawowe (ISCED 1)", Education::Primary},
        {"podstawowe", Education::Primary},
        {"Gimnazjalne (ISCED 2)", Education::LowerSecondary},
        {"gimnazjalne", Education::LowerSecondary},
        {"Ponadgimnazjalne (ISCED 3)", Education::UpperSecondary},
        {"ponadgimnazjalne", Education::UpperSecondary},
        {"średnie", Education::UpperSecondary},
        {"zasadnicze zawodowe", Education::UpperSecondary},
        {"Policealne (ISCED 4)", Education::PostSecondary},
        {"policealne", Education::PostSecondary},
        {"Wyższe (ISCED 5–6)", Education::Higher},
        {"wyższe", Education::Higher},
    };
    return words;
}

template <> std::span<const EnumWord<LabourStatus>> polishWords<LabourStatus>()
{
    static constexpr EnumWord<LabourStatus> words[] = {
        {"Osoba bezrobotna", LabourStatus::Unemployed},
        {"bezrobotna", LabourStatus::Unemployed},
        {"bezrobotny", LabourStatus::Unemployed},
        {"Osoba długotrwale bezrobotna", LabourStatus::LongTermUnemployed},
        {"długotrwale bezrobotna", LabourStatus::LongTermUnemployed},
        {"długotrwale bezrobotny", LabourStatus::LongTermUnemployed},
        {"Osoba nieaktywna zawodowo", LabourStatus::Inactive},
        {"nieaktywna zawodowo", LabourStatus::Inactive},
        {"nieaktywny zawodowo", LabourStatus::Inactive},
        {"bierna zawodowo", LabourStatus::Inactive},
        {"bierny zawodowo", LabourStatus::Inactive},
        {"Osoba nieaktywna zawodowo, ucząca się lub kształcąca", LabourStatus::InactiveInEducation},
        {"ucząca się", LabourStatus::InactiveInEducation},
        {"uczący się", LabourStatus::InactiveInEducation},
        {"Osoba zatrudniona", LabourStatus::Employed},
        {"zatrudniona", LabourStatus::Employed},
        {"zatrudniony", LabourStatus::Employed},
        {"pracująca", LabourStatus::Employed},
        {"pracujący", LabourStatus::Employed},
    };
    return words;
}

template <> std::span<const EnumWord<RecruitmentStatus>> polishWords<RecruitmentStatus>()
{
    static constexpr EnumWord<RecruitmentStatus> words[] = {
        {"Kandydat", RecruitmentStatus::Candidate},        {"kandydatka", RecruitmentStatus::Candidate},
        {"Spełnia kryteria", RecruitmentStatus::Eligible}, {"Nie spełnia kryteriów", RecruitmentStatus::NotEligible},
        {"Oceniony", RecruitmentStatus::Scored},           {"oceniona", RecruitmentStatus::Scored},
        {"Zakwalifikowany", RecruitmentStatus::Qualified}, {"zakwalifikowana", RecruitmentStatus::Qualified},
        {"Lista rezerwowa", RecruitmentStatus::Reserve},   {"rezerwowa", RecruitmentStatus::Reserve},
        {"Odrzucony", RecruitmentStatus::Rejected},        {"odrzucona", RecruitmentStatus::Rejected},
        {"Zrezygnował", RecruitmentStatus::Resigned},      {"zrezygnowała", RecruitmentStatus::Resigned},
        {"rezygnacja", RecruitmentStatus::Resigned},
    };
    return words;
}

template <> std::span<const EnumWord<Referral>> polishWords<Referral>()
{
    static constexpr EnumWord<Referral> words[] = {
        {"Spółdzielnia mieszkaniowa", Referral::HousingCoop},
        {"SM", Referral::HousingCoop},
        {"Ośrodek pomocy społecznej (OPS)", Referral::Ops},
        {"OPS", Referral::Ops},
        {"Powiatowy urząd pracy (PUP)", Referral::Pup},
        {"PUP", Referral::Pup},
        {"Z własnej inicjatywy", Referral::Self},
        {"własna inicjatywa", Referral::Self},
        {"Inne źródło zgłoszenia", Referral::Other},
        {"inne", Referral::Other},
    };
    return words;
}

template <> std::span<const EnumWord<Completion>> polishWords<Completion>()
{
    static constexpr EnumWord<Completion> words[] = {
        {"Udział zakończony zgodnie ze ścieżką", Completion::Completed},
        {"zgodnie ze ścieżką", Completion::Completed},
        {"zakończony zgodnie ze ścieżką", Completion::Completed},
        {"ukończył", Completion::Completed},
        {"ukończyła", Completion::Completed},
        {"Udział przerwany", Completion::DroppedOut},
        {"przerwany", Completion::DroppedOut},
        {"przerwał", Completion::DroppedOut},
        {"przerwała", Completion::DroppedOut},
    };
    return words;
}

} // namespace osiedle::core
