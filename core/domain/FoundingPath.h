#pragma once

#include "core/domain/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace osiedle::core {

/// One step on the founding path of a social cooperative (stored as founding_step.step).
enum class FoundingStepKind {
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

/// Where an OSS stands, derived from its steps (never stored).
enum class CoopStage { Founding, Registered, Operating, ServicePointOpen, Dissolved };

/// Which law decides the minimum size of a founding group (project.founding_rules).
enum class FoundingRules { Rules2009, Rules2018 };

/// A dated step of one OSS (a row of founding_step). Grants and bridging support carry an
/// amount, a source and (bridging support) a number of months.
struct FoundingStep {
    qint64 id = 0;
    qint64 socialCoopId = 0;
    FoundingStepKind kind = FoundingStepKind::FoundingGroup;
    QDate doneOn;
    std::optional<Money> amount;
    QString source;
    std::optional<int> months;
    QString notes;
};

/// The founding path as a checklist, and the rules that tie its steps together.
///
/// The order in which steps need each other (a step may be recorded only once the steps it
/// needs are recorded, and never dated before any of them):
///
///     founding group → business idea → statute drafted → founding meeting → KRS filed
///         → registered → NIP/REGON
///     founding meeting → grant applied;  grant applied + registered → grant granted
///     registered → bridging support
///     registered → cooperation agreement signed → inauguration
///
/// A cooperative in organisation may apply for a start-up grant once its founding meeting has
/// adopted the statute, but the grant and the bridging support are paid only to a registered
/// cooperative; the SM signs its agreement only with a registered one.
///
/// Stage: founding until "registered" is recorded; registered; operating once the agreement is
/// signed (or the work inaugurated); service point open once the OSS is operating and its
/// service point has an opening date; dissolved whenever a dissolution date is set. Pure.
class FoundingPath {
    Q_DECLARE_TR_FUNCTIONS(FoundingPath)

public:
    FoundingPath() = default;
    explicit FoundingPath(QList<FoundingStep> steps);

    /// Every step in checklist order.
    static QList<FoundingStepKind> allSteps();
    /// The steps that `kind` needs directly.
    static QList<FoundingStepKind> prerequisites(FoundingStepKind kind);
    /// The steps that need `kind` directly.
    static QList<FoundingStepKind> dependents(FoundingStepKind kind);

    static QString key(FoundingStepKind kind);
    static std::optional<FoundingStepKind> fromKey(const QString& key);
    /// The name shown to the user ("KRS application filed").
    static QString title(FoundingStepKind kind);

    static QString stageKey(CoopStage stage);
    static QString stageTitle(CoopStage stage);

    static QString rulesKey(FoundingRules rules);
    static FoundingRules rulesFromKey(const QString& key);
    /// Smallest founding group of natural persons: 5 under the 2009 rules, 3 under 2018.
    static int minimumFounders(FoundingRules rules);
    /// Empty when `naturalPersons` founders are enough, else the reason in words.
    static QString foundingGroupProblem(FoundingRules rules, int naturalPersons);

    /// Members from outside the eligible groups may not exceed half of all members: the
    /// warning when they do (empty otherwise). Not a refusal.
    static QString memberShareWarning(int members, int outsideEligibleGroups);

    const QList<FoundingStep>& steps() const { return m_steps; }
    std::optional<FoundingStep> step(FoundingStepKind kind) const;
    bool isDone(FoundingStepKind kind) const { return step(kind).has_value(); }

    /// Empty when `kind` may be dated `date` given the other steps (its prerequisites done and
    /// not later, the steps that need it not earlier); otherwise a message naming both steps
    /// and their dates.
    QString checkDate(FoundingStepKind kind, const QDate& date) const;
    /// Empty when `kind` can be removed (no recorded step needs it), else why not.
    QString checkRemoval(FoundingStepKind kind) const;

    /// The stage on `asOf` (steps dated later do not count yet).
    CoopStage stage(const QDate& asOf, const std::optional<QDate>& servicePointOpened,
                    const std::optional<QDate>& dissolvedOn) const;

private:
    QList<FoundingStep> m_steps;
};

} // namespace osiedle::core
