#include "core/domain/EvictionPath.h"

#include "core/common/DisplayFormat.h"

namespace osiedle::core {

namespace {

bool isExit(EvictionPosition stage)
{
    return stage == EvictionStage::Suspended || stage == EvictionStage::Withdrawn || stage == EvictionStage::Settled;
}

// The main-path stages that may follow `stage` (exits aside).
QList<EvictionStage> mainSuccessors(EvictionPosition stage)
{
    if (!stage) {
        return {EvictionStage::DemandLetter, EvictionStage::InstalmentAgreement};
    }
    switch (*stage) {
    case EvictionStage::DemandLetter:
        return {EvictionStage::InstalmentAgreement, EvictionStage::Lawsuit};
    case EvictionStage::InstalmentAgreement:
        return {EvictionStage::Lawsuit};
    case EvictionStage::Lawsuit:
        return {EvictionStage::Judgment};
    case EvictionStage::Judgment:
        return {EvictionStage::EvictionOrdered};
    case EvictionStage::EvictionOrdered:
        return {EvictionStage::Executed};
    default:
        return {};
    }
}

// The last main-path stage reached (a suspension keeps it).
EvictionPosition lastMainStage(const QList<EvictionStep>& steps)
{
    for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
        if (!isExit(it->stage)) {
            return it->stage;
        }
    }
    return std::nullopt;
}

} // namespace

QList<EvictionStage> EvictionPath::all()
{
    return allValues<EvictionStage>();
}

QString EvictionPath::key(EvictionStage stage)
{
    return core::key(stage);
}

std::optional<EvictionStage> EvictionPath::fromKey(const QString& key)
{
    return parseKey<EvictionStage>(key);
}

QString EvictionPath::name(EvictionPosition stage)
{
    return stage ? label(*stage) : tr("No proceedings");
}

EvictionPosition EvictionPath::current(const QList<EvictionStep>& steps)
{
    return steps.isEmpty() ? EvictionPosition() : EvictionPosition(steps.last().stage);
}

bool EvictionPath::isFinal(EvictionPosition stage)
{
    return stage == EvictionStage::Executed || stage == EvictionStage::Withdrawn || stage == EvictionStage::Settled;
}

QList<EvictionStage> EvictionPath::allowedNext(const QList<EvictionStep>& steps)
{
    const EvictionPosition now = current(steps);
    if (isFinal(now)) {
        return {};
    }
    QList<EvictionStage> next = mainSuccessors(lastMainStage(steps));
    if (now) {
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
    const EvictionPosition now = current(steps);
    if (!allowedNext(steps).contains(next)) {
        if (isFinal(now)) {
            return tr("The case has ended (%1): no stage can follow.").arg(name(now));
        }
        return tr("\"%1\" cannot follow \"%2\".").arg(name(next), name(now));
    }
    if (!steps.isEmpty() && date < steps.last().date) {
        return tr("\"%1\" on %2 would come before the previous stage (%3).")
            .arg(name(next), core::shown::date(date), core::shown::date(steps.last().date));
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
        .arg(core::shown::date(evictionDate));
}

} // namespace osiedle::core
