#include "core/domain/DebtEntry.h"

#include "core/domain/DebtKeys.h"

namespace osiedle::core {

namespace {

constexpr DebtKeyTable<DebtEntryKind, 8> kKeys{{
    {DebtEntryKind::Opening, "opening"},
    {DebtEntryKind::Charge, "charge"},
    {DebtEntryKind::Payment, "payment"},
    {DebtEntryKind::WagePayment, "wage_payment"},
    {DebtEntryKind::HousingAllowance, "housing_allowance"},
    {DebtEntryKind::WriteOff, "write_off"},
    {DebtEntryKind::Interest, "interest"},
    {DebtEntryKind::Correction, "correction"},
}};

} // namespace

QList<DebtEntryKind> DebtEntryKinds::all()
{
    return debtKeyValues(kKeys);
}

QString DebtEntryKinds::key(DebtEntryKind kind)
{
    return debtKeyOf(kKeys, kind);
}

std::optional<DebtEntryKind> DebtEntryKinds::fromKey(const QString& key)
{
    return debtValueOf(kKeys, key);
}

QString DebtEntryKinds::name(DebtEntryKind kind)
{
    switch (kind) {
    case DebtEntryKind::Opening: return tr("Arrears at entry");
    case DebtEntryKind::Charge: return tr("Monthly charge");
    case DebtEntryKind::Payment: return tr("Payment");
    case DebtEntryKind::WagePayment: return tr("Payment from OSS wages");
    case DebtEntryKind::HousingAllowance: return tr("Housing allowance credited");
    case DebtEntryKind::WriteOff: return tr("Write-off");
    case DebtEntryKind::Interest: return tr("Interest");
    case DebtEntryKind::Correction: return tr("Correction");
    }
    return {};
}

int DebtEntryKinds::sign(DebtEntryKind kind)
{
    switch (kind) {
    case DebtEntryKind::Opening:
    case DebtEntryKind::Charge:
    case DebtEntryKind::Interest: return 1;
    case DebtEntryKind::Payment:
    case DebtEntryKind::WagePayment:
    case DebtEntryKind::HousingAllowance:
    case DebtEntryKind::WriteOff: return -1;
    case DebtEntryKind::Correction: return 0;
    }
    return 0;
}

bool DebtEntryKinds::repays(DebtEntryKind kind)
{
    return kind == DebtEntryKind::Payment || kind == DebtEntryKind::WagePayment ||
           kind == DebtEntryKind::HousingAllowance;
}

} // namespace osiedle::core
