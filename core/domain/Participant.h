#pragma once

#include "core/domain/Age.h"
#include "core/domain/Enums.h"
#include "core/domain/Money.h"
#include "core/domain/Sex.h"

#include <QDate>
#include <QString>
#include <optional>

namespace osiedle::core {

/// A person supported by the project, with every field of the participant monitoring
/// (DOMAIN.md). A plain value; ParticipantService validates it and ParticipantRepository stores
/// it. `id` is 0 until stored. Sex and birth date follow from the PESEL when there is one.
struct Participant {
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString pesel; ///< 11 digits, empty only with noPesel
    bool noPesel = false;
    std::optional<Sex> sex;
    QDate birthDate;
    QString country = QStringLiteral("Polska");
    std::optional<Education> education;

    QString voivodeship;
    QString powiat;
    QString gmina;
    QString teryt; ///< 7-digit TERYT gmina code (empty when not known)
    std::optional<Area> area;
    QString locality;
    QString street;
    QString building;
    QString flat;
    QString postalCode;
    QString phone;
    QString mobile;
    QString email;

    std::optional<LabourStatus> labourStatus;
    QDate unemployedSince;
    std::optional<bool> disability;
    std::optional<bool> minority;
    std::optional<bool> migrant;

    std::optional<qint64> housingCoopId;
    std::optional<Referral> referral;
    std::optional<qint64> referralInstitutionId;
    Money arrearsAtEntry;
    bool evictionRisk = false;
    QDate recruitedOn;

    RecruitmentStatus status = RecruitmentStatus::Candidate;
    QDate statusOn;
    QString statusReason;
    QString unmetCriteria; ///< the eligibility criteria not met, one per line
    std::optional<int> score;
    QDate consentOn;
    /// The day the person withdrew the consent to data processing (invalid: not withdrawn).
    QDate consentWithdrawnOn;
    QDate declarationOn;

    /// The first support received (an attended session or a consultation); kept by the training
    /// and consultation services from what is recorded, never typed.
    QDate participationStart;
    /// A start date given by an import: kept only to be compared with the support recorded
    /// (a mismatch is shown in the report's data quality); it counts for nothing.
    QDate declaredStart;
    QDate participationEnd;
    std::optional<Completion> completion;
    QString dropoutReason;
    QString notes;

    /// "Nowak Anna" (surname first, as lists sort).
    QString displayName() const { return (lastName + QLatin1Char(' ') + firstName).trimmed(); }
    /// Age in whole years at the participation start; nullopt before the first support or
    /// without a birth date.
    std::optional<int> ageAtEntry() const { return ageOn(participationStart); }
    /// Age in whole years on a date; nullopt when either date is missing.
    std::optional<int> ageOn(const QDate& date) const
    {
        const int age = core::ageOn(birthDate, date);
        return age < 0 ? std::nullopt : std::optional<int>(age);
    }

    friend bool operator==(const Participant&, const Participant&) = default;
};

} // namespace osiedle::core
