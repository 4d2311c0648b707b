#include "core/domain/ArrearsMonths.h"

namespace osiedle::core {

std::optional<int> monthsInArrears(Money balance, Money monthlyCharge)
{
    if (balance.grosze() <= 0) {
        return 0;
    }
    if (monthlyCharge.grosze() <= 0) {
        return std::nullopt;
    }
    return static_cast<int>(balance.grosze() / monthlyCharge.grosze());
}

} // namespace osiedle::core
