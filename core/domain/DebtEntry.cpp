#include "core/domain/DebtEntry.h"

namespace osiedle::core {

QList<DebtEntryKind> DebtEntryKinds::all()
{
    return allValues<DebtEntryKind>();
}

QString DebtEntryKinds::key(DebtEntryKind kind)
{
    return core::key(kind);
}

std::optional<DebtEntryKind> DebtEntryKinds::fromKey(const QString& key)
{
    return parseKey<DebtEntryKind>(key);
}

QString DebtEntryKinds::name(DebtEntryKind kind)
{
    return label(kind);
}

int DebtEntryKinds::sign(DebtEntryKind kind)
{
    switch (kind) {
    case DebtEntryKind::Opening:
    case DebtEntryKind::Charge:
    case DebtEntryKind::Interest:
        return 1;
    case DebtEntryKind::Payment:
    case DebtEntryKind::WagePayment:
    case DebtEntryKind::HousingAllowance:
    case DebtEntryKind::WriteOff:
        return -1;
    case DebtEntryKind::Correction:
        return 0;
    }
    return 0;
}

bool DebtEntryKinds::repays(DebtEntryKind kind)
{
    return kind == DebtEntryKind::Payment || kind == DebtEntryKind::WagePayment ||
           kind == DebtEntryKind::HousingAllowance;
}

} // namespace osiedle::core
