#pragma once

#include "core/domain/Enums.h"
#include "core/storage/PagedQuery.h"

#include <QDate>
#include <QString>
#include <optional>

namespace osiedle::core {

/// The read-only lists of the main sections: their SQL (ListSpec for PagedQuery), the sort
/// keys by index (the enums below) and a typed row read from each result.
namespace ListQueries {

// ---- Participants ----------------------------------------------------------------------

enum class ParticipantSort { Name, FirstName, Pesel, Sex, Age, HousingCoop, Status, Start, Incomplete };

struct ParticipantRow {
    qint64 id = 0;
    QString lastName;
    QString firstName;
    QString pesel; ///< empty for a person without PESEL
    std::optional<Sex> sex;
    std::optional<int> age; ///< at participation start, or today before it
    QString housingCoop;    ///< the SM's name, empty when none
    std::optional<RecruitmentStatus> status;
    QDate start;     ///< participation start (invalid before the first support)
    int missing = 0; ///< the participant_missing bit mask (0 = data complete)
};

/// What the participants list can be narrowed to; everyone by default.
struct ParticipantFilter {
    std::optional<qint64> housingCoopId; ///< tenants of this SM
    std::optional<RecruitmentStatus> status;
    std::optional<qint64> courseId; ///< enrolled on this course
    bool incompleteOnly = false;    ///< only those whose data is incomplete (participant_missing)

    bool operator==(const ParticipantFilter&) const = default;
};

ListSpec participants();
ParticipantRow readParticipant(const Statement& row);
/// The conditions of a ParticipantFilter over participants() (none for everyone).
QList<ListFilter> participantFilters(const ParticipantFilter& filter);

// ---- Housing cooperatives (SM) ---------------------------------------------------------

enum class HousingCoopSort { Name, Locality, Status, Flats, Participants };

struct HousingCoopRow {
    qint64 id = 0;
    QString name;
    QString locality;
    std::optional<HousingCoopStatus> status;
    std::optional<int> flats;
    int participants = 0;
};

ListSpec housingCoops();
HousingCoopRow readHousingCoop(const Statement& row);

// ---- Social cooperatives (OSS) ---------------------------------------------------------

enum class SocialCoopSort { Name, HousingCoop, Locality, Status, Members };

struct SocialCoopRow {
    qint64 id = 0;
    QString name;
    QString housingCoop;
    QString locality;
    /// Derived today from the founding steps, the service point and the dissolution date, by
    /// the rules of FoundingPath::stage.
    std::optional<SocialCoopStatus> status;
    int members = 0; ///< current members (no end date, or one not passed yet)
};

ListSpec socialCoops();
SocialCoopRow readSocialCoop(const Statement& row);

} // namespace ListQueries

} // namespace osiedle::core
