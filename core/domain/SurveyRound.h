#pragma once

#include "core/domain/Sex.h"
#include "core/domain/SurveyEnums.h"

#include <QDate>
#include <QString>
#include <optional>

namespace osiedle::core {

/// One giving of an instrument, on a date, to a course's or an OSS's participants. An exit or
/// follow-up round names the entry round its scores are compared with.
struct SurveyRound {
    qint64 id = 0;
    qint64 instrumentId = 0;
    RoundKind kind = RoundKind::Entry;
    QDate date;
    std::optional<qint64> courseId; ///< exactly one of courseId and socialCoopId
    std::optional<qint64> socialCoopId;
    /// The printed forms carry each respondent's code instead of the name.
    bool anonymous = false;
    std::optional<qint64> entryRoundId; ///< exit and follow-up rounds
    QString note;

    friend bool operator==(const SurveyRound&, const SurveyRound&) = default;
};

/// A person a round is given to.
struct Respondent {
    qint64 participantId = 0;
    QString code; ///< printed on anonymous forms; the same person keeps it from entry to exit
    QString firstName;
    QString lastName;
    QString pesel;
    std::optional<Sex> sex;

    /// "Surname First name", as lists sort people.
    QString sortName() const { return lastName + QLatin1Char(' ') + firstName; }
};

} // namespace osiedle::core
