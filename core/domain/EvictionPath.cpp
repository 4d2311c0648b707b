#include "core/domain/EvictionPath.h"

#include "core/domain/DebtKeys.h"

namespace osiedle::core {

namespace {

constexpr DebtKeyTable<EvictionStage, 9> kKeys{{
    {EvictionStage::DemandLetter, "demand_letter"},
    {EvictionStage::InstalmentAgreement, "instalment_agreement"},
    {EvictionStage::Lawsuit, "lawsuit"},
    {EvictionStage::Judgment, "judgment"},
    {EvictionStage::EvictionOrdered, "eviction_ordered"},
    {EvictionStage::Executed, "executed"},
    {EvictionStage::Suspended, "suspended"},
    {EvictionStage::Withdrawn, "withdrawn"},
    {EvictionStage::Settled, "settled"},
}};

bool isExit(EvictionStage stage)
{
    return stage == EvictionStage::Suspended || stage == EvictionStage::Withdrawn || stage == EvictionStage::Settled;
}

// The main-path stages that may follow `stage` (exits aside).
QList<EvictionStage> mainSuccessors(EvictionStage stage)
{
    switch (stage) {
    case EvictionStage::None: return {EvictionStage::DemandLetter, EvictionStage::InstalmentAgreement};
    case EvictionStage::DemandLetter: return {EvictionStage::InstalmentAgreement, EvictionStage::Lawsuit};
    case EvictionStage::InstalmentAgreement: return {EvictionStage::Lawsuit};
    case EvictionStage::Lawsuit: return {EvictionStage::Judgment};
    case EvictionStage::Judgment: return {EvictionStage::EvictionOrdered};
    case EvictionStage::EvictionOrdered: return {EvictionStage::Executed};
    default: return {};
    }
}

// The last main-path stage reached (a suspension keeps it).
EvictionStage lastMainStage(const QList<EvictionStep>& steps)
{
    for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
        if (!isExit(it->stage)) {
            return it->stage;
        }
    }
    return EvictionStage::None;
}

} // namespace

QList<EvictionStage> EvictionPath::all()
{
    return debtKeyValues(kKeys);
}

QString EvictionPath::key(EvictionStage stage)
{
    return debtKeyOf(kKeys, stage);
}

std::optional<EvictionStage> EvictionPath::fromKey(const QString& key)
{
    return debtValueOf(kKeys, key);
}

QString EvictionPath::name(EvictionStage stage)
{
    switch (stage) {
    case EvictionStage::None: return tr("No proceedings");
    case EvictionStage::DemandLetter: return tr("Demand letter");
    case EvictionStage::InstalmentAgreement: return tr("Instalment agreement");
    case EvictionStage::Lawsuit: return tr("Lawsuit / payment order");
    case EvictionStage::Judgment: return tr("Judgment");
    case EvictionStage::EvictionOrdered: return tr("Eviction ordered");
    case EvictionStage::Executed: return tr("Eviction executed");
    case EvictionStage::Suspended: return tr("Suspended");
    case EvictionStage::Withdrawn: return tr("Withdrawn");
    case EvictionStage::Settled: return tr("Settled");
    }
    return {};
}

EvictionStage EvictionPath::current(const QList<EvictionStep>& steps)
{
    return steps.isEmpty() ? EvictionStage::None : steps.last().stage;
}

bool EvictionPath::isFinal(EvictionStage stage)
{
    return stage == EvictionStage::Executed || stage == EvictionStage::Withdrawn || stage == EvictionStage::Settled;
}

QList<EvictionStage> EvictionPath::allowedNext(const QList<EvictionStep>& steps)
{
    const EvictionStage now = current(steps);
    if (isFinal(now)) {
        return {};
    }
    QList<EvictionStage> next = mainSuccessors(lastMainStage(steps));
    if (now != EvictionStage::None) {
        if (now != EvictionStage::Suspended) {
            next.append(EvictionStage::Suspended);
        }
        next.append(EvictionStage::Withdrawn);
        next.append(EvictionStage::Settled);
    }
    return next;
}

QString EvictionPath::refusal(const QList<EvictionStep>& steps, EvictionStage next, const QDate& date,
                              std::optional<bool> socialFlatRight)
{
    if (!date.isValid()) {
        return tr("The date of the stage is missing.");
    }
    const EvictionStage now = current(steps);
    if (!allowedNext(steps).contains(next)) {
        if (isFinal(now)) {
            return tr("The case has ended (%1): no stage can follow.").arg(name(now));
        }
        return tr("\"%1\" cannot follow \"%2\".").arg(name(next), name(now));
    }
    if (!steps.isEmpty() && date < steps.last().date) {
        return tr("\"%1\" on %2 would come before the previous stage (%3).")
            .arg(name(next), date.toString(QStringLiteral("dd.MM.yyyy")),
                 steps.last().date.toString(QStringLiteral("dd.MM.yyyy")));
    }
    if (next == EvictionStage::EvictionOrdered && !socialFlatRight.has_value()) {
        return tr("Say whether the judgment grants the right to a social flat.");
    }
    if (next == EvictionStage::Executed && inWinterProtection(date) && socialFlatRight != true) {
        return tr("An eviction cannot be executed between 1 November and 31 March (winter protection).");
    }
    return {};
}

bool EvictionPath::inWinterProtection(const QDate& date)
{
    return date.isValid() && (date.month() >= 11 || date.month() <= 3);
}

QString EvictionPath::winterNotice(const QDate& evictionDate)
{
    if (!inWinterProtection(evictionDate)) {
        return {};
    }
    return tr("%1 falls in the winter protection (1 November – 31 March): the eviction cannot be executed then.")
        .arg(evictionDate.toString(QStringLiteral("dd.MM.yyyy")));
}

} // namespace osiedle::core
