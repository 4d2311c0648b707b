#include "core/domain/FoundingPath.h"

#include <algorithm>
#include <utility>

namespace osiedle::core {

namespace {

using K = FoundingStepKind;

struct StepInfo {
    K kind;
    const char* key;
    const char* title;
};

// Checklist order; the titles are translated through FoundingPath::title().
constexpr StepInfo stepInfo[] = {
    {K::FoundingGroup, "founding_group", QT_TRANSLATE_NOOP("FoundingPath", "Founding group formed")},
    {K::BusinessIdea, "business_idea", QT_TRANSLATE_NOOP("FoundingPath", "Business idea")},
    {K::StatuteDrafted, "statute_drafted", QT_TRANSLATE_NOOP("FoundingPath", "Statute drafted")},
    {K::FoundingMeeting, "founding_meeting", QT_TRANSLATE_NOOP("FoundingPath", "Founding meeting")},
    {K::KrsFiled, "krs_filed", QT_TRANSLATE_NOOP("FoundingPath", "KRS application filed")},
    {K::Registered, "registered", QT_TRANSLATE_NOOP("FoundingPath", "Registered in KRS")},
    {K::NipRegon, "nip_regon", QT_TRANSLATE_NOOP("FoundingPath", "NIP and REGON received")},
    {K::GrantApplied, "grant_applied", QT_TRANSLATE_NOOP("FoundingPath", "Start-up grant applied for")},
    {K::GrantGranted, "grant_granted", QT_TRANSLATE_NOOP("FoundingPath", "Start-up grant granted")},
    {K::BridgingSupport, "bridging_support", QT_TRANSLATE_NOOP("FoundingPath", "Bridging support")},
    {K::AgreementSigned, "agreement_signed", QT_TRANSLATE_NOOP("FoundingPath", "Cooperation agreement signed")},
    {K::Inauguration, "inauguration", QT_TRANSLATE_NOOP("FoundingPath", "Inauguration")},
};

const StepInfo& info(K kind)
{
    return *std::find_if(std::begin(stepInfo), std::end(stepInfo), [kind](const StepInfo& i) { return i.kind == kind; });
}

QString shown(const QDate& date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}

} // namespace

FoundingPath::FoundingPath(QList<FoundingStep> steps) : m_steps(std::move(steps)) {}

QList<FoundingStepKind> FoundingPath::allSteps()
{
    QList<K> all;
    for (const auto& i : stepInfo) {
        all.append(i.kind);
    }
    return all;
}

QList<FoundingStepKind> FoundingPath::prerequisites(FoundingStepKind kind)
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

QList<FoundingStepKind> FoundingPath::dependents(FoundingStepKind kind)
{
    QList<K> result;
    for (const auto& i : stepInfo) {
        if (prerequisites(i.kind).contains(kind)) {
            result.append(i.kind);
        }
    }
    return result;
}

QString FoundingPath::key(FoundingStepKind kind)
{
    return QString::fromLatin1(info(kind).key);
}

std::optional<FoundingStepKind> FoundingPath::fromKey(const QString& key)
{
    for (const auto& i : stepInfo) {
        if (key == QLatin1String(i.key)) {
            return i.kind;
        }
    }
    return std::nullopt;
}

QString FoundingPath::title(FoundingStepKind kind)
{
    return tr(info(kind).title);
}

QString FoundingPath::stageKey(CoopStage stage)
{
    switch (stage) {
    case CoopStage::Founding:
        return QStringLiteral("founding");
    case CoopStage::Registered:
        return QStringLiteral("registered");
    case CoopStage::Operating:
        return QStringLiteral("operating");
    case CoopStage::ServicePointOpen:
        return QStringLiteral("service_point_open");
    case CoopStage::Dissolved:
        return QStringLiteral("dissolved");
    }
    return {};
}

QString FoundingPath::stageTitle(CoopStage stage)
{
    switch (stage) {
    case CoopStage::Founding:
        return tr("Founding");
    case CoopStage::Registered:
        return tr("Registered");
    case CoopStage::Operating:
        return tr("Operating");
    case CoopStage::ServicePointOpen:
        return tr("Service point open");
    case CoopStage::Dissolved:
        return tr("Dissolved");
    }
    return {};
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

std::optional<FoundingStep> FoundingPath::step(FoundingStepKind kind) const
{
    for (const auto& s : m_steps) {
        if (s.kind == kind) {
            return s;
        }
    }
    return std::nullopt;
}

QString FoundingPath::checkDate(FoundingStepKind kind, const QDate& date) const
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
                .arg(title(kind), shown(date), title(needed), shown(done->doneOn));
        }
    }
    for (K later : dependents(kind)) {
        const auto done = step(later);
        if (done && done->doneOn < date) {
            return tr("%1 (%2) cannot be dated before %3 (%4), which it needs")
                .arg(title(later), shown(done->doneOn), title(kind), shown(date));
        }
    }
    return {};
}

QString FoundingPath::checkRemoval(FoundingStepKind kind) const
{
    for (K later : dependents(kind)) {
        if (isDone(later)) {
            return tr("%1 cannot be removed: %2 needs it").arg(title(kind), title(later));
        }
    }
    return {};
}

CoopStage FoundingPath::stage(const QDate& asOf, const std::optional<QDate>& servicePointOpened,
                              const std::optional<QDate>& dissolvedOn) const
{
    if (dissolvedOn && dissolvedOn->isValid() && *dissolvedOn <= asOf) {
        return CoopStage::Dissolved;
    }
    const auto doneBy = [&](K kind) {
        const auto s = step(kind);
        return s && s->doneOn <= asOf;
    };
    if (!doneBy(K::Registered)) {
        return CoopStage::Founding;
    }
    if (!doneBy(K::AgreementSigned) && !doneBy(K::Inauguration)) {
        return CoopStage::Registered;
    }
    if (servicePointOpened && servicePointOpened->isValid() && *servicePointOpened <= asOf) {
        return CoopStage::ServicePointOpen;
    }
    return CoopStage::Operating;
}

} // namespace osiedle::core
