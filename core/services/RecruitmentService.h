#pragma once

#include "core/common/FieldError.h"
#include "core/common/Result.h"
#include "core/domain/Participant.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace osiedle::core {

class ChangeNotifier;
class Database;

/// The points each recruitment criterion adds to a candidate's score. Stored in the `setting`
/// table under "recruitment.weight.<criterion>"; the defaults favour arrears and eviction risk.
struct ScoreWeights {
    int arrears = 3;            ///< rent arrears at entry above zero
    int arrearsPer1000 = 1;     ///< and this for every full 1 000 zł of arrears, up to 5 times
    int evictionRisk = 3;       ///< at risk of eviction
    int longTermUnemployed = 2; ///< long-term unemployed at entry
    int disability = 1;         ///< with a disability
    int referral = 1;           ///< referred by an OPS or PUP

    friend bool operator==(const ScoreWeights&, const ScoreWeights&) = default;
};

/// One criterion of the score: its key (the setting "recruitment.weight.<key>" and the field
/// of validation messages), the member of ScoreWeights and what it means, in words.
struct ScoreCriterion {
    QString key;
    int ScoreWeights::*member;
    QString label;
};

/// The recruitment pipeline of participants:
///   candidate → eligible / not eligible (unmet criteria listed) → scored →
///   qualified / reserve / rejected (reason) → resigned (reason).
/// A not-eligible person can be assessed again after their data is corrected; someone on the
/// reserve list can be qualified or rejected later. Any other move is refused with a message
/// that says why. Each move is one transaction followed by notify(Participants). Never throws.
class RecruitmentService {
    Q_DECLARE_TR_FUNCTIONS(RecruitmentService)

public:
    RecruitmentService(Database& db, ChangeNotifier& changes);

    /// The eligibility criteria a record does not meet, in words (empty: eligible). Criteria:
    /// a tenant of an SM admitted to the project; in arrears or at risk of eviction; unemployed
    /// or inactive.
    QStringList unmetCriteria(const Participant& p) const;
    /// The score of a record under the given weights.
    static int score(const Participant& p, const ScoreWeights& weights);

    /// The criteria in the order an editor shows them.
    static QList<ScoreCriterion> scoreCriteria();
    /// The largest weight a criterion may have.
    static constexpr int maxWeight = 100;
    /// Problems of a set of weights, by criterion key: each between 0 and maxWeight, and at
    /// least one of them above 0 (an empty key).
    static FieldErrors validate(const ScoreWeights& weights);

    ScoreWeights scoreWeights() const;
    /// The stored scores of everyone scored or on the reserve list, by id.
    Result<QHash<qint64, int>> currentScores() const;
    /// Stores the weights and re-scores everyone scored or on the reserve list under them, in
    /// one transaction; returns how many were re-scored. Refused (nothing stored) when
    /// validate() finds a problem.
    Result<int> setScoreWeights(const ScoreWeights& weights);
    /// Stores the weights and puts back the scores given (what currentScores() returned before
    /// setScoreWeights): the undo of setScoreWeights.
    Status restoreScoreWeights(const ScoreWeights& weights, const QHash<qint64, int>& scores);

    /// candidate / not eligible → eligible or not eligible; returns the new status.
    Result<RecruitmentStatus> assess(qint64 id, const QDate& on);
    /// eligible → scored; returns the score.
    Result<int> scoreCandidate(qint64 id, const QDate& on);
    /// Every decision carries its date, which cannot be before the person's recruitment
    /// (application) date nor before their previous decision.
    /// scored / reserve → qualified.
    Status qualify(qint64 id, const QDate& on);
    /// scored → reserve.
    Status putOnReserve(qint64 id, const QDate& on);
    /// scored / reserve / eligible → rejected; a reason is required.
    Status reject(qint64 id, const QDate& on, const QString& reason);
    /// qualified / reserve → resigned; a reason is required.
    Status resign(qint64 id, const QDate& on, const QString& reason);
    /// Qualifies the person with the highest score on the reserve list (earliest recruited on a
    /// tie); returns their id. Error when the list is empty.
    Result<qint64> qualifyNextFromReserve(const QDate& on);

    /// Whether a move from one status to another is allowed.
    static bool allowed(RecruitmentStatus from, RecruitmentStatus to);

private:
    Result<Participant> load(qint64 id) const;
    Status move(qint64 id, RecruitmentStatus to, const QDate& on, const QString& reason,
                std::optional<QStringList> unmet = std::nullopt, std::optional<int> score = std::nullopt);

    Database& m_db;
    ChangeNotifier& m_changes;
};

} // namespace osiedle::core
