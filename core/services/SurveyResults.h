#pragma once

#include "core/common/Result.h"
#include "core/domain/Instrument.h"
#include "core/domain/SurveyRound.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace osiedle::core {

class Database;

/// A count over everybody (O), women (K) and men (M); a person whose sex is not known counts
/// only in the total.
struct SexCount {
    int total = 0;
    int women = 0;
    int men = 0;
};

/// A mean over the same groups (nullopt: nobody to average).
struct SexMean {
    std::optional<double> total;
    std::optional<double> women;
    std::optional<double> men;
};

/// A round's results on one scale.
struct ScaleSummary {
    SurveyScale scale;
    int minChange = 1;
    int minPoints = 0; ///< the score range the scale's items allow
    int maxPoints = 0;
    SexCount entryCount; ///< forms scored on the scale
    SexMean entryMean;   ///< their mean score
    SexCount exitCount;
    SexMean exitMean;
    SexCount paired;   ///< people scored in both rounds
    SexCount improved; ///< of them, those whose score rose by at least minChange
    /// Forms per score, minPoints..maxPoints (index 0 is minPoints).
    QList<int> entryDistribution;
    QList<int> exitDistribution;

    /// improved ÷ paired × 100 (nullopt without pairs).
    std::optional<double> improvedShare() const;
};

/// One person's scores on one scale (nullopt: no scored form in that round).
struct PersonScore {
    std::optional<int> entry;
    std::optional<int> exit;
    std::optional<int> change() const;
    bool improved = false;
};

struct PersonResult {
    Respondent who;
    bool entryForm = false; ///< answers entered in the entry round
    bool exitForm = false;
    QList<PersonScore> scores; ///< one per RoundResults::scales
};

/// Somebody whose change cannot be told, and why.
struct NotCounted {
    enum class Reason { OnlyEntry, OnlyExit, NoForms, Incomplete };
    Respondent who;
    Reason reason = Reason::OnlyEntry;
    QString detail; ///< for Incomplete: which scale and items, in words
};

/// The results of a round: with an exit or follow-up round, compared with its entry round.
struct RoundResults {
    SurveyRound round;
    std::optional<SurveyRound> entryRound; ///< set for exit and follow-up rounds
    Instrument instrument;
    QString groupName;
    QList<SurveyScale> scales;     ///< the scales the instrument measures
    QList<ScaleSummary> summaries; ///< one per scale
    QList<PersonResult> people;    ///< everyone of either round, by surname
    QList<NotCounted> notCounted;  ///< exit rounds only
};

/// Per exit round and scale, for the comparison of courses and OSS.
struct GroupResult {
    qint64 roundId = 0;
    QDate date;
    QString groupName;
    bool socialCoop = false; ///< the group is an OSS (else a course)
    QString instrumentName;
    QString scaleName;
    SexCount paired;
    SexCount improved;
};

/// The results of questionnaires and tests, scored by SurveyScoring. Everyone who answered is
/// shown here; the report's indicators count of them only the project's participants with
/// complete data, on the later of the exit date and their start (IndicatorRules). Read-only;
/// never throws.
class SurveyResults {
    Q_DECLARE_TR_FUNCTIONS(SurveyResults)

public:
    static Result<RoundResults> forRound(Database& db, qint64 roundId);
    /// Every exit round, per scale, latest first.
    static Result<QList<GroupResult>> byGroup(Database& db);
    static QString reasonText(const NotCounted& item);
};

} // namespace osiedle::core
