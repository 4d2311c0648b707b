#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace osiedle::core {

/// Which law decides the minimum size of a founding group (project.founding_rules).
enum class FoundingRules { Rules2009, Rules2018 };

/// A dated step of one OSS (a row of founding_step). Grants and bridging support carry an
/// amount, a source and (bridging support) a number of months.
struct FoundingStepEntry {
    qint64 id = 0;
    qint64 socialCoopId = 0;
    FoundingStep kind = FoundingStep::FoundingGroup;
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
    explicit FoundingPath(QList<FoundingStepEntry> steps);

    /// Every step in checklist order.
    static QList<FoundingStep> allSteps();
    /// The steps that `kind` needs directly.
    static QList<FoundingStep> prerequisites(FoundingStep kind);
    /// The steps that need `kind` directly.
    static QList<FoundingStep> dependents(FoundingStep kind);

    static QString key(FoundingStep kind);
    static std::optional<FoundingStep> fromKey(const QString& key);
    /// The name shown to the user ("KRS application filed").
    static QString title(FoundingStep kind);

    static QString stageKey(SocialCoopStatus stage);
    static QString stageTitle(SocialCoopStatus stage);

    static QString rulesKey(FoundingRules rules);
    static FoundingRules rulesFromKey(const QString& key);
    /// Smallest founding group of natural persons: 5 under the 2009 rules, 3 under 2018.
    static int minimumFounders(FoundingRules rules);
    /// Empty when `naturalPersons` founders are enough, else the reason in words.
    static QString foundingGroupProblem(FoundingRules rules, int naturalPersons);

    /// Members from outside the eligible groups may not exceed half of all members: the
    /// warning when they do (empty otherwise). Not a refusal.
    static QString memberShareWarning(int members, int outsideEligibleGroups);

    const QList<FoundingStepEntry>& steps() const { return m_steps; }
    std::optional<FoundingStepEntry> step(FoundingStep kind) const;
    bool isDone(FoundingStep kind) const { return step(kind).has_value(); }

    /// Empty when `kind` may be dated `date` given the other steps (its prerequisites done and
    /// not later, the steps that need it not earlier); otherwise a message naming both steps
    /// and their dates.
    QString checkDate(FoundingStep kind, const QDate& date) const;
    /// Empty when `kind` can be removed (no recorded step needs it), else why not.
    QString checkRemoval(FoundingStep kind) const;

    /// The stage on `asOf` (steps dated later do not count yet).
    SocialCoopStatus stage(const QDate& asOf, const std::optional<QDate>& servicePointOpened,
                    const std::optional<QDate>& dissolvedOn) const;

private:
    QList<FoundingStepEntry> m_steps;
};

} // namespace osiedle::core
