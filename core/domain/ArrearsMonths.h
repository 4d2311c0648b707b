#pragma once

#include "core/domain/Money.h"

#include <optional>

namespace osiedle::core {

/// "Zaległość w miesiącach" as an SM accountant counts it: the number of FULL monthly charges
/// (pełne okresy płatności) that the arrears cover, i.e. floor(balance ÷ monthly charge).
/// This is the measure the law uses for the thresholds that matter to a tenant: three full
/// payment periods allow the landlord to terminate a tenancy (ustawa o ochronie praw lokatorów,
/// art. 11 ust. 2 pkt 2), six months allow a cooperative to end the tenant right.
/// So 2 999,99 zł owed at a 1 000 zł charge is 2 months, 3 000 zł is 3.
///
/// The monthly charge is the sum of the charge entries in the latest calendar month that has
/// one, up to the date asked (LedgerRepository::monthlyCharge). Without a known charge the
/// figure is unknown (std::nullopt); a balance of zero or less is 0 months.
std::optional<int> monthsInArrears(Money balance, Money monthlyCharge);

} // namespace osiedle::core
