#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Sex.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <optional>
#include <vector>

namespace osiedle::core {

class Database;

/// A participant as the indicators see them (DOMAIN.md, "Who and when, precisely"): a person
/// who received support within the project, from the day of their first such support.
struct ProjectParticipant {
    qint64 id = 0;
    QString firstName;
    QString lastName;
    std::optional<Sex> sex;
    int missing = 0; ///< the bits of the participant_missing view; 0 = mandatory data complete
    /// The participation start: the first attended session or consultation on or after the
    /// project start. Always valid (a person without one is not a participant).
    QDate start;
    QDate end; ///< the participation end as recorded (invalid while taking part)
    std::optional<Completion> completion;
    QDate birthDate;
    std::optional<LabourStatus> labourStatus; ///< as the recruitment form says
    QDate unemployedSince;
    std::optional<Education> education;
    std::optional<Area> area;

    /// Counted by the indicators: mandatory data complete (which includes the sex).
    bool counted() const { return missing == 0 && sex.has_value(); }
    bool woman() const { return sex == Sex::Female; }
    /// The day an event of this person dated `day` counts on: the later of the two.
    QDate countsOn(const QDate& day) const { return std::max(day, start); }
    /// The day the participation ended, for counting (the later of the end and the start);
    /// invalid while taking part.
    QDate endedOn() const { return end.isValid() ? countsOn(end) : QDate(); }
    /// Labour-market status at entry: long-term unemployment follows from the date the person
    /// became unemployed when it is known (over 12 months, over 6 under 25, on the start day);
    /// otherwise the recruitment form's status.
    std::optional<LabourStatus> statusAtEntry() const;
    /// Full years on the participation start; -1 without a birth date.
    int ageAtEntry() const;
};

/// Everybody who is a participant of the project, read once per report. The project start
/// bounds what counts: support before it makes nobody a participant. Read-only; throws
/// StorageError.
class ProjectParticipants {
public:
    explicit ProjectParticipants(Database& db);

    /// The project's first day; invalid when the project has no start date (then nothing is
    /// before the project).
    const QDate& projectStart() const { return m_projectStart; }
    /// The earliest day that counts: the project start, or a day before any real date.
    QDate countsFrom() const;

    const std::vector<ProjectParticipant>& all() const { return m_people; }
    /// nullptr when the person is not a participant.
    const ProjectParticipant* find(qint64 id) const;

private:
    QDate m_projectStart;
    std::vector<ProjectParticipant> m_people;
    QHash<qint64, std::size_t> m_index;
};

} // namespace osiedle::core
