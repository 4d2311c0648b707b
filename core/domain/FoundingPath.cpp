#include "core/domain/FoundingPath.h"

#include "core/common/DisplayFormat.h"

#include <utility>

namespace osiedle::core {

namespace {

using K = FoundingStep;

} // namespace

FoundingPath::FoundingPath(QList<FoundingStepEntry> steps) : m_steps(std::move(steps)) {}

QList<FoundingStep> FoundingPath::allSteps()
{
    return allValues<FoundingStep>();
}

QList<FoundingStep> FoundingPath::prerequisites(FoundingStep kind)
{
    switch (kind) {
    case K::FoundingGroup:
        return {};
    case K::BusinessIdea:
        return {K::FoundingGroup};
    case K::StatuteDrafted:
        return {K::BusinessIdea};
    case K::FoundingMeeting:
        return {K::StatuteDrafted};
    case K::KrsFiled:
        return {K::FoundingMeeting};
    case K::Registered:
        return {K::KrsFiled};
    case K::NipRegon:
        return {K::Registered};
    case K::GrantApplied:
        return {K::FoundingMeeting};
    case K::GrantGranted:
        return {K::GrantApplied, K::Registered};
    case K::BridgingSupport:
        return {K::Registered};
    case K::AgreementSigned:
        return {K::Registered};
    case K::Inauguration:
        return {K::AgreementSigned};
    }
    return {};
}

QList<FoundingStep> FoundingPath::dependents(FoundingStep kind)
{
    QList<K> result;
    for (K other : allSteps()) {
        if (prerequisites(other).contains(kind)) {
            result.append(other);
        }
    }
    return result;
}

QString FoundingPath::key(FoundingStep kind)
{
    return core::key(kind);
}

std::optional<FoundingStep> FoundingPath::fromKey(const QString& key)
{
    return parseKey<FoundingStep>(key);
}

QString FoundingPath::title(FoundingStep kind)
{
    return label(kind);
}

QString FoundingPath::stageKey(SocialCoopStatus stage)
{
    return core::key(stage);
}

QString FoundingPath::stageTitle(SocialCoopStatus stage)
{
    return label(stage);
}

QString FoundingPath::rulesKey(FoundingRules rules)
{
    return rules == FoundingRules::Rules2018 ? QStringLiteral("2018") : QStringLiteral("2009");
}

FoundingRules FoundingPath::rulesFromKey(const QString& key)
{
    return key == QLatin1String("2018") ? FoundingRules::Rules2018 : FoundingRules::Rules2009;
}

int FoundingPath::minimumFounders(FoundingRules rules)
{
    return rules == FoundingRules::Rules2018 ? 3 : 5;
}

QString FoundingPath::foundingGroupProblem(FoundingRules rules, int naturalPersons)
{
    const int minimum = minimumFounders(rules);
    if (naturalPersons >= minimum) {
        return {};
    }
    return tr("A founding group needs at least %1 natural persons under the %2 rules; %3 listed as founders")
        .arg(minimum)
        .arg(rulesKey(rules))
        .arg(naturalPersons);
}

QString FoundingPath::memberShareWarning(int members, int outsideEligibleGroups)
{
    if (members <= 0 || outsideEligibleGroups * 2 <= members) {
        return {};
    }
    return tr("%1 of %2 members are from outside the eligible groups: they may not exceed half of the members")
        .arg(outsideEligibleGroups)
        .arg(members);
}

std::optional<FoundingStepEntry> FoundingPath::step(FoundingStep kind) const
{
    for (const auto& s : m_steps) {
        if (s.kind == kind) {
            return s;
        }
    }
    return std::nullopt;
}

QString FoundingPath::checkDate(FoundingStep kind, const QDate& date) const
{
    if (!date.isValid()) {
        return tr("%1: the date is missing").arg(title(kind));
    }
    for (K needed : prerequisites(kind)) {
        const auto done = step(needed);
        if (!done) {
            return tr("%1 needs %2 first").arg(title(kind), title(needed));
        }
        if (done->doneOn > date) {
            return tr("%1 (%2) cannot be dated before %3 (%4), which it needs")
                .arg(title(kind), shown::date(date), title(needed), shown::date(done->doneOn));
        }
    }
    for (K later : dependents(kind)) {
        const auto done = step(later);
        if (done && done->doneOn < date) {
            return tr("%1 (%2) cannot be dated before %3 (%4), which it needs")
                .arg(title(later), shown::date(done->doneOn), title(kind), shown::date(date));
        }
    }
    return {};
}

QString FoundingPath::checkRemoval(FoundingStep kind) const
{
    for (K later : dependents(kind)) {
        if (isDone(later)) {
            return tr("%1 cannot be removed: %2 needs it").arg(title(kind), title(later));
        }
    }
    return {};
}

SocialCoopStatus FoundingPath::stage(const QDate& asOf, const std::optional<QDate>& servicePointOpened,
                                     const std::optional<QDate>& dissolvedOn) const
{
    if (dissolvedOn && dissolvedOn->isValid() && *dissolvedOn <= asOf) {
        return SocialCoopStatus::Dissolved;
    }
    const auto doneBy = [&](K kind) {
        const auto s = step(kind);
        return s && s->doneOn <= asOf;
    };
    if (!doneBy(K::Registered)) {
        return SocialCoopStatus::Founding;
    }
    if (!doneBy(K::AgreementSigned) && !doneBy(K::Inauguration)) {
        return SocialCoopStatus::Registered;
    }
    if (servicePointOpened && servicePointOpened->isValid() && *servicePointOpened <= asOf) {
        return SocialCoopStatus::ServicePointOpen;
    }
    return SocialCoopStatus::Operating;
}

} // namespace osiedle::core
