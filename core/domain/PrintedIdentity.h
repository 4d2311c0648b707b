#pragma once

#include "core/domain/LogoStrip.h"

#include <QString>
#include <optional>

namespace osiedle::core {

/// What every printed page of the project carries at its top: the logo strip (when the office
/// has loaded one) and the line with the project's title and contract number.
struct PrintedIdentity {
    QString title;
    QString contractNumber;
    std::optional<LogoStrip> logo;
};

} // namespace osiedle::core
